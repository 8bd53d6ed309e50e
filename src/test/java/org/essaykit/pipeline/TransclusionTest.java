package org.essaykit.pipeline;

import org.essaykit.diag.Diagnostic;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ![[page]]}, {@code ![[page#heading]]} and {@code ![[concept]]} through the whole build: the embedding
 * pages of {@code src/test/resources/sites/transclusion} against golden bodies (reviewed by hand; rerun with
 * {@code -Dessaykit.updateGoldens=true} after an intended change), and the errors with their exact positions.
 */
class TransclusionTest {

    private static final Path FIXTURE = Path.of("src/test/resources/sites/transclusion");

    @TempDir
    Path dir;

    private static String body(String page) {
        int start = page.indexOf("<div class=\"essay-body\">");
        return page.substring(start, page.indexOf("\n  </div>\n", start)) + "\n";
    }

    /** The fixture with our theme and these files added ({@code path, text, ...}), built; fails on any error. */
    private TestSite built(String... pathsAndTexts) {
        TestSite site = TestSite.fixture(FIXTURE, dir);
        TestSite.copyTree(Path.of("templates"), dir.resolve("templates"));
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            site.write(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        site.buildClean();
        return site;
    }

    @ParameterizedTest
    @ValueSource(strings = {"host", "middle"})
    void anEmbeddingPageShowsTheContentAsReviewed(String post) throws IOException {
        String out = body(built().read("posts/" + post + "/index.html"));
        Path expected = FIXTURE.resolve("expected/" + post + ".html");
        if (Boolean.getBoolean("essaykit.updateGoldens") || !Files.exists(expected)) {
            Files.writeString(expected, out, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected), out);
    }

    /** The host shows the leaf's section through the middle post, which embeds it. */
    @Test
    void anEmbedOfAnEmbeddingPageCarriesWhatThatPageEmbeds() {
        String host = built().read("posts/host/index.html");
        assertTrue(host.contains("The leaf's point"), host);
        assertFalse(host.contains("embed-pending"), host);
    }

    /** The feed shows the embedded notes once, at the end of the box, as it does the post's own. */
    @Test
    void theFeedShowsEmbeddedContentWithoutItsSidenotes() {
        String feed = built().read("feed.xml");
        String host = feed.substring(feed.indexOf("<title>Host</title>"));
        assertTrue(host.contains("Hubinger et al. (2019), section 1."), host);
        assertFalse(host.contains("sidenote"), host);
    }

    /** The Nu HTML Checker finds nothing wrong with an embedding page: ids stay unique, notes stay lists. */
    @Test
    void anEmbeddingPageIsValidHtml() {
        TestSite site = built();
        org.essaykit.testing.HtmlChecker checker = new org.essaykit.testing.HtmlChecker();
        for (String page : List.of("posts/host/index.html", "posts/middle/index.html")) {
            List<org.essaykit.testing.HtmlChecker.Message> errors = checker.check(page, site.out().resolve(page)).stream()
                    .filter(m -> m.severity() == org.essaykit.testing.HtmlChecker.Severity.ERROR).toList();
            assertEquals(List.of(), errors);
        }
    }

    /**
     * Citations carry along: the entries the section cites come under it, and each citation keeps leading to its entry
     * on the cited page, whose preview data has it. (The fixture writes the citation renderer's markup as raw HTML.)
     */
    @Test
    void theEntriesASectionCitesComeWithIt() {
        String page = built("content/posts/shows-claim.md", "---\ntitle: Shows a claim\n---\n\n![[cited#claim]]\n")
                .read("posts/shows-claim/index.html");
        assertTrue(page.contains("<a class=\"citation\" href=\"/repo/posts/cited/#ref-hubinger2019\">"), page);
        assertTrue(page.contains("<div class=\"references csl-bib-body\"><div class=\"csl-entry\" id=\"cited-ref-hubinger2019\">"
                + "Hubinger, Evan, et al. 2019."), page);
        assertFalse(page.contains("Not cited in the claim"), page);
    }

    /** A page showing code or a simulation it does not have itself still loads their styles and scripts. */
    @Test
    void anEmbeddingPageLoadsWhatTheContentNeeds() {
        String page = built("content/posts/code.md", "---\ntitle: Code\n---\n\n## Listing\n\n```java\nint x = 1;\n```\n\n"
                        + "```sim evolution\n```\n",
                "content/posts/shows-code.md", "---\ntitle: Shows code\n---\n\n![[code]]\n").read("posts/shows-code/index.html");
        assertTrue(page.contains("/repo/assets/code.css"), page);
        assertTrue(page.contains("/repo/assets/sim/loader.js"), page);
    }

    @Test
    void theEmbeddedPageCountsTheHostAmongItsBacklinks() {
        TestSite site = built();
        String concept = site.read("concepts/mesa-optimizer/index.html");
        String backlinks = concept.substring(concept.indexOf("class=\"backlinks\""));
        assertTrue(backlinks.contains("<a href=\"/repo/posts/host/\">Host</a><p class=\"backlink-context\">Embedded:"
                + " Mesa-optimizer #definition</p>"), backlinks);
        String leaf = site.read("posts/leaf/index.html");
        assertTrue(leaf.substring(leaf.indexOf("class=\"backlinks\"")).contains("<a href=\"/repo/posts/middle/\">Middle</a>"));
    }

    private List<String> errors(String... pathsAndTexts) {
        TestSite site = TestSite.fixture(FIXTURE, dir);
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            site.write(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return site.build().diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.format().replace('\\', '/')).toList();
    }

    @Test
    void aCycleIsAnErrorAtTheEmbedThatClosesIt() {
        List<String> errors = errors("content/posts/leaf.md", "---\ntitle: Leaf\n---\n\n## The point\n\nBack up:\n\n![[host]]\n");
        assertEquals(List.of("content/posts/leaf.md:9:1: error: `![[host]]` closes a cycle of embeds: content/posts/leaf.md"
                + " -> content/posts/host.md -> content/posts/middle.md -> content/posts/leaf.md"
                + System.lineSeparator() + "    hint: a page cannot show a page that shows it; link to one of them instead"
                + " of embedding it"), errors);
    }

    @Test
    void aPageEmbeddingItselfIsAnError() {
        List<String> errors = errors("content/posts/leaf.md", "---\ntitle: Leaf\n---\n\n## The point\n\nText.\n\n  ![[#the-point]]\n");
        assertEquals(List.of("content/posts/leaf.md:9:3: error: `![[#the-point]]` embeds the page it is on"
                + System.lineSeparator() + "    hint: a page cannot show itself; link to the part with `[[#the-point]]`"), errors);
    }

    @Test
    void aMissingPageIsAnErrorWithTheClosestName() {
        List<String> errors = errors("content/posts/other.md", "---\ntitle: Other\n---\n\nIntro.\n\n![[mesa-optimiser]]\n");
        assertEquals(List.of("content/posts/other.md:7:1: error: no page is called `mesa-optimiser` (in ![[mesa-optimiser]])"
                + System.lineSeparator() + "    hint: did you mean ![[Mesa-optimizer]]?"), errors);
    }

    @Test
    void aMissingHeadingIsAnErrorWithTheClosestHeading() {
        List<String> errors = errors("content/posts/other.md", "---\ntitle: Other\n---\n\n![[mesa-optimizer#defintion]]\n");
        assertEquals(List.of("content/posts/other.md:5:1: error: link to `![[mesa-optimizer#defintion]]`, but"
                + " content/concepts/mesa-optimizer.md has no heading with the id `defintion`"
                + System.lineSeparator() + "    hint: did you mean #definition?"), errors);
    }

    @Test
    void anEmbedInsideASentenceIsAnError() {
        List<String> errors = errors("content/posts/other.md", "---\ntitle: Other\n---\n\nAs defined in ![[leaf]], we go on.\n");
        assertEquals(List.of("content/posts/other.md:5:15: error: `![[leaf]]` shows another page's content, so it must"
                + " stand on a line of its own" + System.lineSeparator() + "    hint: put it on a line of its own, between"
                + " blank lines, or write `[[leaf]]` for a link"), errors);
    }

    /**
     * A chain of 2,000 pages, each embedding the next (shown three levels deep, then a link), and a page embedding one
     * section 2,000 times.
     */
    @Test
    @Timeout(60)
    void longChainsAndManyEmbedsBuildInTime() {
        TestSite site = TestSite.in(dir);
        int n = 2000;
        for (int i = 0; i < n; i++) {
            site.write("content/posts/chain-" + i + ".md", "---\ntitle: Chain " + i + "\n---\n\nLink " + i + ".\n\n"
                    + (i + 1 < n ? "![[chain-" + (i + 1) + "]]\n" : ""));
        }
        site.write("content/posts/many.md", "---\ntitle: Many\n---\n\n" + "![[leaf-page#point]]\n\n".repeat(n));
        site.write("content/posts/leaf-page.md", "---\ntitle: Leaf page\n---\n\n## Point\n\nThe point.\n");
        site.buildClean();
        String first = site.read("posts/chain-0/index.html");
        assertTrue(first.contains("Link 3."), "the first page shows three levels");
        assertFalse(first.contains("Link 4."), "and no more");
        assertTrue(first.contains("<a href=\"/posts/chain-4/\">Embedded: Chain 4</a>"), "the fourth is a link");
        String many = site.read("posts/many/index.html");
        assertTrue(many.contains("id=\"leaf-page-point-2000\""), "each copy's heading id is unique");
    }
}
