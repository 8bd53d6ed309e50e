package org.essaykit.cli;

import org.essaykit.build.BuildResult;
import org.essaykit.build.BuildRequest;
import org.essaykit.build.Pipeline;
import org.essaykit.content.LoadOptions;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScaffoldCommandsTest {

    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        CommandLine cli = EssaykitCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void newPostWritesFrontMatterWithTodaysDateAndRefusesToOverwrite() throws Exception {
        TestSite site = TestSite.in(dir);
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "new", "post", "Mesa-optimizers: a primer", "--tags", "alignment, inner",
                "--draft", "--source", site.root().toString()), err.toString());
        Path post = site.root().resolve("content/posts/mesa-optimizers-a-primer.md");
        String text = Files.readString(post);
        assertTrue(text.startsWith("---\ntitle: \"Mesa-optimizers: a primer\"\ndate: " + LocalDate.now()
                + "\ntags: [\"alignment\", \"inner\"]\ndraft: true\n"), text);

        Files.writeString(post, text + "My words.\n");
        assertEquals(1, run(err, "new", "post", "Mesa-optimizers: a primer", "--source", site.root().toString()));
        assertTrue(err.toString().contains("already exists"), err.toString());
        assertTrue(Files.readString(post).endsWith("My words.\n"), "the existing post is untouched");

        BuildResult drafts = Pipeline.build(new BuildRequest(site.root(), site.out(),
                new LoadOptions(true, false, java.time.Instant.now().plusSeconds(86_400))));
        assertTrue(drafts.succeeded(), TestSite.formatted(drafts));
    }

    @Test
    void initCreatesASiteThatBuildsWithoutErrors() throws Exception {
        Path site = dir.resolve("new-site");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "init", site.toString(), "--title", "Fresh"), err.toString());
        assertTrue(Files.isRegularFile(site.resolve(".github/workflows/pages.yml")));
        assertTrue(Files.isRegularFile(site.resolve("templates/post.html")));
        BuildResult result = Pipeline.build(new BuildRequest(site, site.resolve("site"),
                LoadOptions.published(java.time.Instant.now().plusSeconds(86_400))));
        assertEquals("", TestSite.formatted(result));
        assertTrue(Files.readString(site.resolve("site/index.html")).contains("Hello, world"));

        assertEquals(2, run(err, "init", site.toString()), "refuses a folder that is not empty");
    }
}
