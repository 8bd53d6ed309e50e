package org.essaykit.pipeline;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The code styles and copy button cost a request only on pages that show highlighted code; figures are styled everywhere. */
class CodeAssetsTest {

    @TempDir
    Path dir;

    @Test
    void onlyAPageWithACodeBlockLinksCodeCssAndCodeJs() {
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nurl: https://example.org\n")
                .write("content/posts/code.md", "---\ntitle: Code\ndate: 2024-01-02\n---\n\n```python\nprint(1)\n```\n")
                .write("content/posts/prose.md", "---\ntitle: Prose\ndate: 2024-01-01\n---\n\n![A plot](p.svg \"Caption\")\n\n"
                        + "Words and `inline code`, no block.\n")
                .write("content/posts/prose/p.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates"));
        site.buildClean();
        String code = site.read("posts/code/index.html");
        assertTrue(code.contains("/assets/code.css\"") && code.contains("/assets/code.js\""), code);
        for (String page : new String[] {"posts/prose/index.html", "index.html", "archive/index.html"}) {
            String html = site.read(page);
            assertFalse(html.contains("code.css") || html.contains("code.js"), page);
        }
        assertTrue(site.read("assets/style.css").contains("figure.figure figcaption"), "figures styled on every page");
        assertTrue(site.read("posts/prose/index.html").contains("<figcaption>"));
    }
}
