package org.essaykit.check;

import org.essaykit.content.ContentLoader;
import org.essaykit.content.Document;
import org.essaykit.content.LoadOptions;
import org.essaykit.content.SiteSource;
import org.essaykit.diag.Diagnostics;
import org.essaykit.markdown.MarkdownEngine;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A broken link is reported where it was written: the Markdown line, or the template that made it. */
class SourceMappingTest {

    @TempDir
    Path dir;

    @Test
    void reportsMarkdownLinksAtTheirLineAndTemplateLinksByTemplate() throws IOException {
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nurl: https://example.org\nbaseurl: /repo\n"
                        + "navigation:\n  - title: Gone\n    url: /gone/\n")
                .write("content/posts/a.md", "---\ntitle: A\n---\nSee [a missing page](/repo/nowhere/) and"
                        + " [b](../b/).\n\nThen [again](/repo/nowhere/), and ![an image](/repo/missing.png).\n")
                .write("content/posts/b.md", "---\ntitle: B\n---\nBack to [a](../a/#no-such-heading).\n")
                .write("content/missing.png", "");
        site.buildClean();
        // A missing image stops the build, so the image is removed after it, as a broken deploy would lose it.
        Files.delete(site.out().resolve("missing.png"));

        CheckReport report = LinkChecker.check(SiteTree.of(site.out()),
                CheckOptions.offline("https://example.org", "/repo"), sourceMaps(site.root()));
        StringWriter text = new StringWriter();
        ReportFormat.TEXT.write(report, "site", text);

        assertEquals("""
                content/posts/a.md
                  content/posts/a.md:4:5: error: broken link `/repo/nowhere/` in a href: nothing is published at /repo/nowhere/
                      in site/posts/a/index.html:9:17
                  content/posts/a.md:6:6: error: broken link `/repo/nowhere/` in a href: nothing is published at /repo/nowhere/
                      in site/posts/a/index.html:10:18
                  content/posts/a.md:6:35: error: broken link `/repo/missing.png` in img src: nothing is published at /repo/missing.png
                      in site/posts/a/index.html:10:59
                content/posts/b.md
                  content/posts/b.md:4:9: error: broken fragment `../a/#no-such-heading` in a href: posts/a/index.html has no id (or <a name>) `no-such-heading`
                      in site/posts/b/index.html:9:21
                      hint: fragments are case-sensitive; heading ids change when the heading text does
                site/404.html
                  site/404.html:5:15: error: broken link `/repo/gone/` in a href: nothing is published at /repo/gone/
                site/archive/index.html
                  site/archive/index.html:5:15: error: broken link `/repo/gone/` in a href: nothing is published at /repo/gone/
                site/index.html
                  site/index.html:5:15: error: broken link `/repo/gone/` in a href: nothing is published at /repo/gone/
                site/search/index.html
                  site/search/index.html:5:15: error: broken link `/repo/gone/` in a href: nothing is published at /repo/gone/
                site/tags/index.html
                  site/tags/index.html:5:15: error: broken link `/repo/gone/` in a href: nothing is published at /repo/gone/
                template post
                  site/posts/a/index.html:5:15: error: broken link `/repo/gone/` in a href: nothing is published at /repo/gone/
                      produced by template post
                  site/posts/b/index.html:5:15: error: broken link `/repo/gone/` in a href: nothing is published at /repo/gone/
                      produced by template post
                11 errors, 0 warnings, 0 notes in 8 files (33 links checked)
                """, text.toString());
    }

    /** What the build knows: each post's output path, template and the links its Markdown produced. */
    private static List<SourceMap> sourceMaps(Path root) {
        SiteSource source = ContentLoader.load(root, LoadOptions.published(TestSite.NOW), new Diagnostics());
        MarkdownEngine markdown = new MarkdownEngine(source.config().headingIds());
        return source.documents().stream().map(doc -> map(doc, markdown)).toList();
    }

    private static SourceMap map(Document doc, MarkdownEngine markdown) {
        String output = "posts/" + doc.source().getFileName().toString().replace(".md", "") + "/index.html";
        return new SourceMap(output, doc.source(), "post", markdown.render(doc).links());
    }
}
