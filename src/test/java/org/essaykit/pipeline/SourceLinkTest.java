package org.essaykit.pipeline;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Links written to source files become page URLs; links that lead nowhere are errors at the link. */
class SourceLinkTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.in(dir)
                .write("content/site.yaml", "title: T\nurl: https://example.org\nbaseurl: /repo\n")
                .write("content/posts/first.md", "---\ntitle: First\n---\n\n## Deep double descent and recent work\n\n"
                        + "Text.[^n]\n\n[^n]: A note.\n")
                .write("content/guide/index.md", "---\ntitle: Guide\n---\n\n<a id=\"raw-anchor\"></a>Guide.\n");
    }

    @Test
    void rewritesLinksToSourceFilesIntoPageUrlsWithTheBasePath() {
        TestSite site = site().write("content/posts/second.md", "---\ntitle: Second\n---\n\n"
                + "See [first](first.md), [its section](first.md#deep-double-descent-and-recent-work), "
                + "[the guide](../guide/index.md#raw-anchor), [its note](first.md#fn-n) and [here](#top).\n");
        site.buildClean();
        String html = site.read("posts/second/index.html");
        assertTrue(html.contains("<a href=\"/repo/posts/first/\">first</a>"), html);
        assertTrue(html.contains("<a href=\"/repo/posts/first/#deep-double-descent-and-recent-work\">"), html);
        assertTrue(html.contains("<a href=\"/repo/guide/#raw-anchor\">the guide</a>"), html);
        assertTrue(html.contains("<a href=\"/repo/posts/first/#fn-n\">"), html);
    }

    @Test
    void reportsALinkToAMissingFileWithASuggestion() {
        TestSite site = site().write("content/posts/second.md", "---\ntitle: Second\n---\n\nSee [first](frist.md).\n");
        assertEquals("""
                content/posts/second.md:5:5: error: link to `frist.md`, but content/posts/frist.md is not a page of this build
                    hint: did you mean content/posts/first.md? Paths are relative to the linking file; drafts and future posts are left out unless you pass --drafts or --future""",
                TestSite.formatted(site.build()));
        assertFalse(site.exists("index.html"));
    }

    @Test
    void reportsAMissingHeadingWithTheClosestId() {
        TestSite site = site().write("content/posts/second.md", "---\ntitle: Second\n---\n\n"
                + "Intro.\n\n- See [it](first.md#deep-double-descent-and-recent-wrok).\n");
        assertEquals("""
                content/posts/second.md:7:7: error: link to `first.md#deep-double-descent-and-recent-wrok`, but content/posts/first.md has no heading with the id `deep-double-descent-and-recent-wrok`
                    hint: did you mean #deep-double-descent-and-recent-work?""", TestSite.formatted(site.build()));
    }

    @Test
    void checksLinksToPlacesOnTheSamePage() {
        TestSite site = site().write("content/posts/second.md", "---\ntitle: Second\n---\n\n## Our part\n\n"
                + "Back to [our part](#our-part), [nowhere](#no-such-place).\n");
        assertEquals("""
                content/posts/second.md:7:32: error: link to `#no-such-place`, but content/posts/second.md has no heading with the id `no-such-place`
                    hint: its headings are: our-part""", TestSite.formatted(site.build()));
    }

    @Test
    void leavesOtherLinksAloneButGivesRootRelativeOnesTheBasePath() {
        TestSite site = site().write("content/posts/second.md", "---\ntitle: Second\n---\n\n"
                + "[web](https://example.com/x.md) [root](/posts/first/) [file](paper.pdf) [mail](mailto:a@b.c)\n");
        site.buildClean();
        String html = site.read("posts/second/index.html");
        assertTrue(html.contains("href=\"https://example.com/x.md\""), html);
        assertTrue(html.contains("href=\"/repo/posts/first/\""), html);
        assertTrue(html.contains("href=\"paper.pdf\""), html);
    }

    private TestSite withConcept() {
        return site().write("content/concepts/mesa-optimizer.md",
                "---\ntitle: Mesa-optimizer\naliases: [mesa-optimizers, learned optimizer]\n---\n\n## Origin\n\nText.\n");
    }

    @Test
    void resolvesWikilinksByTitleAliasAndSlugWithLabelsAndHeadings() {
        TestSite site = withConcept().write("content/posts/second.md", "---\ntitle: Second\n---\n\n## Part\n\n"
                + "[[Mesa-optimizer]], [[mesa-optimizers|these]], [[first]], [[First#deep-double-descent-and-recent-work]], "
                + "[[#part|above]], [[Learned Optimizer#origin]] and `[[code stays]]`.\n");
        site.buildClean();
        String html = site.read("posts/second/index.html");
        assertTrue(html.contains("<a href=\"/repo/concepts/mesa-optimizer/\">Mesa-optimizer</a>, "
                + "<a href=\"/repo/concepts/mesa-optimizer/\">these</a>, <a href=\"/repo/posts/first/\">first</a>, "
                + "<a href=\"/repo/posts/first/#deep-double-descent-and-recent-work\">First#deep-double-descent-and-recent-work</a>, "
                + "<a href=\"#part\">above</a>, <a href=\"/repo/concepts/mesa-optimizer/#origin\">Learned Optimizer#origin</a>"
                + " and <code>[[code stays]]</code>."), html);
        assertTrue(site.read("concepts/mesa-optimizer/index.html").contains("Second"), "wikilinks make backlinks");
    }

    @Test
    void reportsAnUnknownWikilinkWithTheClosestName() {
        TestSite site = withConcept().write("content/posts/second.md", "---\ntitle: Second\n---\n\nOn [[mesa optimiser]].\n");
        assertEquals("""
                content/posts/second.md:5:4: error: no page is called `mesa optimiser` (in [[mesa optimiser]])
                    hint: did you mean [[Mesa-optimizer]]?""", TestSite.formatted(site.build()));
    }

    @Test
    void reportsAWikilinkToAMissingHeading() {
        TestSite site = withConcept().write("content/posts/second.md", "---\ntitle: Second\n---\n\n[[Mesa-optimizer#origins]]\n");
        assertEquals("""
                content/posts/second.md:5:1: error: link to `[[Mesa-optimizer#origins]]`, but content/concepts/mesa-optimizer.md has no heading with the id `origins`
                    hint: did you mean #origin?""", TestSite.formatted(site.build()));
    }

    @Test
    void reportsAnAmbiguousWikilink() {
        TestSite site = site()
                .write("content/posts/second.md", "---\ntitle: Second\n---\n\nSee [[Twin]].\n")
                .write("content/posts/twin-a.md", "---\ntitle: Twin\n---\n")
                .write("content/posts/twin-b.md", "---\ntitle: Twin\n---\n");
        assertEquals("""
                content/posts/second.md:5:5: error: `Twin` in [[Twin]] names several pages: content/posts/twin-a.md, content/posts/twin-b.md
                    hint: link by a name only one page has: its file name (slug) is unique""", TestSite.formatted(site.build()));
    }
}
