package org.essaykit.content;

import org.essaykit.pipeline.BuildResult;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The crash reproducers of issue 13 for the YAML readers and UTF-8, each with the diagnostic a user reads. */
class HostileYamlTest {

    @TempDir
    Path dir;

    private String errors(TestSite site) {
        BuildResult result = site.build();
        assertFalse(result.succeeded());
        return TestSite.formatted(result);
    }

    @Test
    void aRecursiveAliasIsAnErrorAtTheAlias() {
        TestSite site = TestSite.in(dir).write("content/posts/a.md", "---\ntitle: &a [*a]\n---\n");
        assertEquals("""
                content/posts/a.md:2:12: error: the alias `*a` is inside the value `&a` it names, which would contain itself without end
                    hint: copy the values you need instead of the alias""", errors(site));
    }

    @Test
    void aRecursiveMergeKeyIsTheSameError() {
        TestSite site = TestSite.in(dir).write("content/site.yaml", "title: T\na: &a\n  <<: *a\n");
        assertEquals("""
                content/site.yaml:3:7: error: the alias `*a` is inside the value `&a` it names, which would contain itself without end
                    hint: copy the values you need instead of the alias""", errors(site));
    }

    @Test
    void deepNestingStopsAtTheLimitNamingIt() {
        TestSite site = TestSite.in(dir).write("content/data/d.json", "[".repeat(10_000));
        assertEquals("""
                content/data/d.json:1:101: error: lists and mappings nested more than 100 deep (the yaml-depth limit (100))
                    hint: nest less deeply; if this is intended, raise the limit: JAVA_TOOL_OPTIONS=-Dessaykit.limit.yaml-depth=N essaykit build""",
                errors(site));
    }

    @Test
    void anAliasBombStopsAtTheLimitNamingIt() {
        StringBuilder yaml = new StringBuilder("title: T\na0: &a0 [x, y]\n");
        for (int i = 1; i <= 24; i++) {
            yaml.append('a').append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        TestSite site = TestSite.in(dir).write("content/site.yaml", yaml.toString());
        assertEquals("""
                content/site.yaml:16:18: error: the aliases of this file copy more than 100000 values (the yaml-alias-values limit (100000))
                    hint: write the values out, or use fewer aliases of large values; if this is intended, raise the limit: JAVA_TOOL_OPTIONS=-Dessaykit.limit.yaml-alias-values=N essaykit build""",
                errors(site));
    }

    @Test
    void anEscapeCutShortAtTheEndIsAnErrorNotACrash() {
        TestSite site = TestSite.in(dir).write("content/site.yaml", "title: T\nx: \"\\u");
        assertEquals("""
                content/site.yaml:2:2: error: invalid YAML: cannot read the text after this point
                    hint: look for an unfinished quoted string or escape: `\\u` needs four hex digits, `\\x` two""",
                errors(site));
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumnWithoutAFalseMissingTitle() throws IOException {
        TestSite site = TestSite.in(dir);
        Files.write(dir.resolve("content/site.yaml"), new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', 'T', '\n',
                'x', ':', ' ', 'a', (byte) 0x80, '\n'});
        assertEquals("""
                content/site.yaml:2:5: error: the file is not UTF-8 text: byte 0x80 at byte offset 13 cannot start or continue a character
                    hint: save the file as UTF-8 (most editors: "Save with encoding"), or fix the character there""",
                errors(site));
    }
}
