package org.essaykit.pipeline;

import org.essaykit.testing.TestSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each concept page shows its neighbourhood: the concepts and posts linking to it or linked from it. */
class ConceptLocalGraphTest {

    @TempDir
    Path dir;

    private static TestSite site(Path dir) {
        return TestSite.in(dir)
                .write("content/concepts/alpha.md", "---\ntitle: Alpha\n---\n\nAlpha builds on [[Beta]].\n")
                .write("content/concepts/beta.md", "---\ntitle: Beta\n---\n\nA base.\n")
                .write("content/concepts/lonely.md", "---\ntitle: Lonely\n---\n\nNothing links here.\n")
                .write("content/posts/one.md", "---\ntitle: One\ndate: 2024-01-01\n---\n\nOn [[Alpha]].\n")
                .write("content/posts/two.md", "---\ntitle: Two & more\ndate: 2024-01-02\n---\n\n"
                        + "[[Alpha]] and [[Beta]].\n")
                .write("content/about.md", "---\ntitle: About\n---\n\nPages are not in the graph: [[Alpha]].\n");
    }

    @Test
    void aConceptPageLinksEveryNeighbourAndShowsItselfUnlinked() {
        TestSite site = site(dir);
        site.buildClean();
        String alpha = site.read("concepts/alpha/index.html");
        String svg = alpha.substring(alpha.indexOf("<svg class=\"local-graph\""), alpha.indexOf("</svg>"));
        assertEquals(new TreeSet<>(List.of("/concepts/beta/", "/posts/one/", "/posts/two/")),
                new TreeSet<>(hrefs(alpha)),
                "the concept it links to and the posts linking to it; no page, not itself");
        assertTrue(svg.contains("aria-labelledby=\"local-graph-title\"><title id=\"local-graph-title\">"
                + "Concepts and posts linked with Alpha</title>"), svg);
        assertTrue(svg.contains("<g class=\"concept current\"><title>Alpha</title>"), svg);
        assertTrue(svg.contains("<title>Two &amp; more</title>"), "each node is named for screen readers: " + svg);
        assertTrue(svg.contains("width=\"480\" height=\"360\""), "its size is known before it loads: " + svg);
        assertTrue(alpha.contains("<figcaption>3 of 3</figcaption>"), alpha);

        String beta = site.read("concepts/beta/index.html");
        assertEquals(new TreeSet<>(List.of("/concepts/alpha/", "/posts/two/")), new TreeSet<>(hrefs(beta)),
                "linked from");
        assertFalse(site.read("concepts/lonely/index.html").contains("<svg"), "no neighbours, no picture");
    }

    @Test
    void aConceptWithManyNeighboursDrawsTheBestLinkedAndCountsTheRest() {
        TestSite site = TestSite.in(dir)
                .write("content/concepts/hub.md", "---\ntitle: Hub\n---\n\nLinked from everywhere.\n")
                .write("content/concepts/side.md", "---\ntitle: Side\n---\n\nLinked from a few.\n");
        for (int i = 0; i < 30; i++) {
            // The first five posts also link to Side, so they are the best-linked of Hub's neighbours.
            site.write("content/posts/p" + i + ".md", "---\ntitle: P" + i + "\ndate: 2024-01-" + (10 + i % 20)
                    + "\n---\n\n[[Hub]]" + (i < 5 ? " and [[Side]]" : "") + ".\n");
        }
        site.buildClean();
        String hub = site.read("concepts/hub/index.html");
        assertTrue(hub.contains("<figcaption>16 of 30</figcaption>"), hub);
        List<String> drawn = hrefs(hub);
        assertEquals(16, drawn.size());
        for (int i = 0; i < 5; i++) {
            assertTrue(drawn.contains("/posts/p" + i + "/"), "best-linked first: " + drawn);
        }
    }

    @Test
    void theSamePagesComeOutOfTwoBuildsByteForByte() {
        TestSite first = site(dir.resolve("a"));
        TestSite second = site(dir.resolve("b"));
        first.buildClean();
        second.buildClean();
        for (String page : List.of("graph/index.html", "concepts/alpha/index.html", "concepts/beta/index.html")) {
            assertEquals(first.read(page), second.read(page), page);
        }
    }

    /** The links of the first picture (SVG) of a page. */
    private static List<String> hrefs(String html) {
        return Jsoup.parse(html).selectFirst("svg").select("a").eachAttr("href");
    }
}
