package org.essaykit.valid;

import org.essaykit.testing.HtmlChecker;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With our own templates, a site too large to draw whole: the graph page says what the picture leaves out, the
 * concept pages show their own neighbourhood, and both pass the Nu HTML Checker.
 */
class LargeGraphPageTest {

    @TempDir
    Path dir;

    @Test
    void theGraphPageSaysWhatItLeavesOutAndEveryGraphPageIsValid() {
        TestSite site = TestSite.in(dir);
        TestSite.copyTree(Path.of("templates").toAbsolutePath(), dir.resolve("templates"));
        site.write("content/concepts/common.md", "---\ntitle: Common idea\n---\n\nLinked from every post.\n")
                .write("content/concepts/rare.md", "---\ntitle: Rare idea\n---\n\nLinked from one post.\n");
        for (int i = 0; i < 100; i++) {
            site.write("content/posts/p" + i + ".md", "---\ntitle: Post " + i + "\ndate: 2024-01-01\n---\n\n"
                    + "[[Common idea]]" + (i == 99 ? " and [[Rare idea]]" : "") + ".\n");
        }
        site.buildClean();
        String graph = site.read("graph/index.html");
        assertTrue(graph.contains("the picture shows all 2 concepts and the 80 most linked of 100 posts"), graph);
        assertTrue(graph.contains(
                "<li><a href=\"/concepts/common/\">Common idea</a>: 80 of 100 linked posts drawn</li>"), graph);
        // Post 99 links to both concepts, so it is among the most linked and drawn: Rare idea leaves nothing out.
        assertTrue(!graph.contains(">Rare idea</a>:"), graph);
        String common = site.read("concepts/common/index.html");
        assertTrue(common.contains("The 16 most linked of 100 concepts and posts that link to Common idea"), common);

        HtmlChecker checker = new HtmlChecker();
        for (String page : List.of("graph/index.html", "concepts/common/index.html", "concepts/rare/index.html")) {
            List<HtmlChecker.Message> errors = checker.check(page, site.out().resolve(page)).stream()
                    .filter(m -> m.severity() == HtmlChecker.Severity.ERROR).toList();
            assertEquals(List.of(), errors, page);
        }
    }
}
