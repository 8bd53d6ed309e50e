package org.essaykit.comments;

import org.essaykit.pipeline.BuildResult;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A refused URL in a thread is left out of the page, its words kept, and named as a warning where it is written. */
class UnsafeThreadUrlTest {

    @TempDir
    Path dir;

    private TestSite site(String thread) {
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\n")
                .write("content/posts/a.md", "---\ntitle: A\n---\nBody\n")
                .write("content/posts/a.comments.yaml", thread);
        // Our theme, which shows the thread.
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates"));
        return site;
    }

    @Test
    void aScriptSourceIsLeftOutWithAWarningAtTheField() {
        TestSite site = site("- id: c1\n  source: \" Java\\tScript://%0aalert(1)\"\n  body: hello\n");
        BuildResult result = site.buildClean();
        assertEquals("""
                content/posts/a.comments.yaml:2:11: warning: comment `c1`: `javascript:` URL left out of the page: `Java\\x09Script://%0aalert(1)`
                    hint: only http, https and mailto links and relative links are kept in untrusted content; the text stays, without its link""",
                TestSite.formatted(result));
        String page = site.read("posts/a/index.html");
        assertFalse(page.contains("comment-source"), "no `original` link");
        assertFalse(page.toLowerCase(java.util.Locale.ROOT).contains("script:"), page);
    }

    @Test
    void aScriptLinkInABlockBodyIsNamedAtItsOwnLineAndColumn() {
        TestSite site = site("""
                - id: c1
                  source: https://forum.example/c1
                  body: |
                    First line.

                    See [the trick](vbscript:msgbox) and ![pic](data:image/svg+xml,x).
                """);
        BuildResult result = site.buildClean();
        assertEquals("""
                content/posts/a.comments.yaml:6:9: warning: comment `c1`: `vbscript:` URL left out of the page: `vbscript:msgbox`
                    hint: only http, https and mailto links and relative links are kept in untrusted content; the text stays, without its link
                content/posts/a.comments.yaml:6:42: warning: comment `c1`: `data:` URL left out of the page: `data:image/svg+xml,x`
                    hint: only http, https and mailto links and relative links are kept in untrusted content; the text stays, without its link""",
                TestSite.formatted(result));
        String page = site.read("posts/a/index.html");
        assertTrue(page.contains("See <a rel=\"nofollow ugc noopener\">the trick</a> and pic."), page);
        assertFalse(page.contains("vbscript") || page.contains("data:image"), page);
        assertTrue(page.contains("href=\"https://forum.example/c1\""), "an http source is kept");
    }

    @Test
    void anImportedPageUrlThatIsNoHttpLinkIsLeftOutWithANote() throws Exception {
        ImportedThread thread = Importers.lessWrong("""
                {"data": {"comments": {"results": [
                  {"_id": "a", "postedAt": "2023-01-01T00:00:00Z", "pageUrl": "  JAVASCRIPT:alert(1)",
                   "contents": {"markdown": "hi"}, "user": {"displayName": "Eve"}}]}}}""");
        assertEquals(null, thread.comments().get(0).source());
        assertTrue(thread.notes().contains("comment a: pageUrl `JAVASCRIPT:alert(1)` is not an http(s) link: left out"),
                thread.notes().toString());
    }
}
