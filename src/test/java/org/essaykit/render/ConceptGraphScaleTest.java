package org.essaykit.render;

import org.essaykit.content.ContentLoader;
import org.essaykit.content.LoadOptions;
import org.essaykit.content.SiteIndex;
import org.essaykit.content.SiteSource;
import org.essaykit.diag.Diagnostics;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.markdown.MarkdownEngine;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A knowledge base of 10,000 posts and 20 concepts, planned in memory: the graph page draws every concept and the
 * 80 best-linked posts and counts, per concept, the posts it leaves out; each concept page gets a small picture of
 * its best-linked neighbours. Post {@code i} links to concepts {@code i % 20} and {@code 7i % 20}, and posts from
 * 100 on link to post {@code i % 80}, so posts 0 to 79 are the best-linked.
 */
class ConceptGraphScaleTest {

    private static final int POSTS = 10_000;
    private static final int CONCEPTS = 20;

    @TempDir
    static Path dir;

    private static Map<String, PlannedPage> pages;

    @BeforeAll
    static void planTheSite() {
        TestSite site = TestSite.in(dir);
        for (int c = 0; c < CONCEPTS; c++) {
            site.write("content/concepts/c" + c + ".md", "---\ntitle: Concept " + c + "\n---\n\nAn idea.\n");
        }
        for (int i = 0; i < POSTS; i++) {
            String toPost = i >= 100 ? " and [the base post](p" + (i % 80) + ".md)" : "";
            // Dated so that the site's order (newest first) is post 0, 1, 2...: ties among the best-linked go that way.
            site.write("content/posts/p" + i + ".md", "---\ntitle: Post " + i + "\ndate: "
                    + java.time.LocalDate.of(2020, 1, 1).minusDays(i) + "\n---\n\nSee [[Concept " + i % CONCEPTS
                    + "]], [[Concept " + 7 * i % CONCEPTS + "]]" + toPost + ".\n");
        }
        Diagnostics diagnostics = new Diagnostics();
        SiteSource source = ContentLoader.load(site.root(), LoadOptions.published(TestSite.NOW), diagnostics);
        SiteIndex index = SiteIndex.of(source);
        MarkdownEngine markdown = new MarkdownEngine(source.config().headingIds());
        List<RenderedDocument> rendered = source.documents().parallelStream()
                .map(doc -> new RenderedDocument(doc, markdown.render(doc, index))).toList();
        SiteGraph graph = SiteGraph.build(source, index, rendered, Map.of(), diagnostics);
        List<PlannedPage> planned = new PagePlanner(new Templates(source.root(), source.config()))
                .plan(graph, diagnostics).pages();
        assertEquals(List.of(), diagnostics.sorted());
        pages = new java.util.HashMap<>();
        planned.forEach(page -> pages.put(page.url(), page));
    }

    /** How many posts link with concept {@code c}, among posts {@code from..to-1}. */
    private static int postsLinking(int c, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            count += i % CONCEPTS == c || 7 * i % CONCEPTS == c ? 1 : 0;
        }
        return count;
    }

    @Test
    void theGraphPageDrawsEveryConceptAndTheEightyBestLinkedPostsAndCountsTheRest() {
        GraphViews.SitePicture picture = (GraphViews.SitePicture) pages.get("/graph/").model().get("picture");
        assertEquals(CONCEPTS, picture.concepts());
        assertEquals(CONCEPTS, picture.conceptsDrawn());
        assertEquals(POSTS, picture.posts());
        assertEquals(80, picture.postsDrawn());

        // The first of the page's two pictures (wide, then upright for a phone) of the same nodes.
        String svg = picture.svg().toString().substring(0, picture.svg().toString().indexOf("<svg class=\"concept-graph concept-graph-narrow"));
        TreeSet<String> drawn = new TreeSet<>(hrefs(svg));
        TreeSet<String> expected = new TreeSet<>();
        for (int c = 0; c < CONCEPTS; c++) {
            expected.add("/concepts/c" + c + "/");
        }
        for (int i = 0; i < 80; i++) {
            expected.add("/posts/p" + i + "/");
        }
        assertEquals(expected, drawn, "every concept and the 80 most linked posts");
        assertEquals(100, hrefs(svg).size(), "each drawn once");

        List<String> leftOut = new ArrayList<>();
        picture.leftOut().forEach(c -> leftOut.add(c.title() + ": " + c.posts() + ", " + c.drawn() + " drawn"));
        List<String> want = new ArrayList<>();
        for (int c = 0; c < CONCEPTS; c++) {
            want.add("Concept " + c + ": " + postsLinking(c, 0, POSTS) + ", " + postsLinking(c, 0, 80) + " drawn");
        }
        assertEquals(new TreeSet<>(want), new TreeSet<>(leftOut));
        for (int k = 1; k < picture.leftOut().size(); k++) {
            GraphViews.LeftOut before = picture.leftOut().get(k - 1);
            GraphViews.LeftOut after = picture.leftOut().get(k);
            assertTrue(before.posts() - before.drawn() >= after.posts() - after.drawn(), "most left out first");
        }
    }

    @Test
    void eachConceptPageDrawsItsBestLinkedNeighboursInAFewKilobytes() {
        GraphViews.LocalPicture local = (GraphViews.LocalPicture) pages.get("/concepts/c3/").model().get("localGraph");
        assertNotNull(local);
        assertEquals(postsLinking(3, 0, POSTS), local.neighbours());
        assertEquals(ConceptGraph.MAX_NEIGHBOURS, local.drawn());
        String svg = local.svg().toString();
        // First the posts of 0..79 linking with concept 3 (linked from a hundred posts each), then, in the site's
        // order, those with three links (two concepts, one post): from 100 on, unless both concepts are the same.
        List<String> want = new ArrayList<>();
        for (int i = 0; i < POSTS && want.size() < ConceptGraph.MAX_NEIGHBOURS; i++) {
            boolean linksThree = i % CONCEPTS == 3 || 7 * i % CONCEPTS == 3;
            if (linksThree && (i < 80 || i >= 100 && i % CONCEPTS != 7 * i % CONCEPTS)) {
                want.add("/posts/p" + i + "/");
            }
        }
        assertEquals(new TreeSet<>(want), new TreeSet<>(hrefs(svg)));
        assertTrue(svg.contains("<g class=\"concept current\"><title>Concept 3</title>"),
                "the concept itself, unlinked");
        assertTrue(svg.length() < 8_000, "a few kilobytes: " + svg.length());
    }

    private static List<String> hrefs(String svg) {
        List<String> hrefs = new ArrayList<>();
        Matcher m = Pattern.compile("<a href=\"([^\"]+)\"").matcher(svg);
        while (m.find()) {
            hrefs.add(m.group(1));
        }
        return hrefs;
    }
}
