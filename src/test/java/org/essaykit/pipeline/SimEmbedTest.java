package org.essaykit.pipeline;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ```sim NAME} blocks: the figure they become, the bundle they bring, and the errors they can be. */
class SimEmbedTest {

    private static final String POST = "---\ntitle: A\n---\n\nText.\n\n";

    @TempDir
    Path dir;

    private TestSite site(String block) {
        return TestSite.in(dir).write("content/posts/a.md", POST + block);
    }

    private String errorsOf(TestSite site) {
        BuildResult result = site.build();
        assertFalse(result.succeeded(), "the build should fail");
        return TestSite.formatted(result);
    }

    @Test
    void aSimBlockBecomesAFigureWithControlsSvgAndTheBundle() {
        // Our theme's head.html adds the loader to pages with a figure; TestSite's minimal theme does not.
        TestSite site = site("```sim orderings\nseed: 7\nsamplesPerStep: 100\n```\n");
        assertTrue(site.build().succeeded(), TestSite.formatted(site.build()));
        String html = site.read("posts/a/index.html");
        assertTrue(html.contains("<figure class=\"sim\" data-sim=\"orderings\" data-seed=\"7\" data-steps=\"20\" "
                + "data-settings=\"samplesPerStep=100\">"), html);
        assertTrue(html.contains("data-action=\"run\""), html);
        assertTrue(html.contains("<svg class=\"sim-svg sim-svg-narrow\" viewBox=\"0 0 250 "), html);
        assertTrue(html.contains("<svg class=\"sim-svg sim-svg-wide\" viewBox=\"0 0 400 "), html);
        assertTrue(html.contains("data-readout=\"deceptive\""), html);
        for (String file : new String[] {"loader.js", "sim.js", "sim.wasm", "sim.wasm-runtime.js"}) {
            assertTrue(site.exists("assets/sim/" + file), file);
        }
    }

    /** A compact figure for an essay: only the named controls and read-outs, the other settings kept as written. */
    @Test
    void aCompactFigureOffersOnlyItsControlsAndReadouts() {
        TestSite site = site("```sim orderings\ncontrols: B.pre, correctionRate\nreadouts: deceptive, ciLow\n"
                + "samplesPerStep: 100\n```\n");
        assertTrue(site.build().succeeded(), TestSite.formatted(site.build()));
        String html = site.read("posts/a/index.html");
        assertTrue(html.contains("data-param=\"B.pre\""), html);
        assertTrue(html.contains("data-param=\"correctionRate\""), html);
        assertFalse(html.contains("data-param=\"L.pre\""), html);
        assertTrue(html.contains("<input type=\"hidden\" data-param=\"samplesPerStep\" data-value=\"100\""), html);
        assertTrue(html.contains("<input type=\"hidden\" data-param=\"seed\" data-value=\"1\""), html);
        assertTrue(html.contains("data-readout=\"ciLow\""), html);
        assertFalse(html.contains("data-readout=\"proxyFirst\""), html);
        assertTrue(html.contains(">95% interval, low</dt>") && html.contains(">P(deceptive)</text>"), "labels in words: " + html);
        assertFalse(html.contains(">ciLow<"), html);
    }

    @Test
    void aCompactFigureNamesOnlyWhatTheSimulationHas() {
        String errors = errorsOf(site("```sim orderings\ncontrols: B.pre, nope\n```\n"));
        assertTrue(errors.contains("orderings has no parameter `nope`"), errors);
        assertTrue(errors.contains("choose from: G.pre"), errors);
    }

    @Test
    void theFeedShowsTheSvgAndNumbersButNoControls() {
        TestSite site = site("```sim orderings\nsamplesPerStep: 100\n```\n");
        assertTrue(site.build().succeeded());
        String feed = site.read("feed.xml");
        assertTrue(feed.contains("data-sim=\"orderings\""), feed);
        assertTrue(feed.contains("&lt;svg class=\"sim-svg sim-svg-wide\""), feed);
        assertFalse(feed.contains("sim-svg-narrow"), "one chart in the feed: " + feed);
        assertTrue(feed.contains("data-readout=\"deceptive\""), feed);
        assertFalse(feed.contains("sim-controls") || feed.contains("&lt;canvas"), feed);
    }

    @Test
    void aSiteWithoutSimBlocksGetsNoBundle() {
        TestSite site = site("```java\nint x;\n```\n");
        assertTrue(site.build().succeeded());
        assertFalse(site.exists("assets/sim/loader.js"));
        assertFalse(site.read("posts/a/index.html").contains("loader.js"));
        assertTrue(site.read("posts/a/index.html").contains("<pre class=\"code\"><code class=\"language-java\"><span class=\"hl-ty\">int</span> x;"));
    }

    @Test
    void theSvgOfTheDefaultRunIsTheSameInEveryBuild() {
        String block = "```sim evolution\npopulation: 40\n```\n";
        String first = site(block).buildClean().succeeded() ? TestSite.in(dir).read("posts/a/index.html") : "";
        site(block).buildClean();
        assertEquals(first, TestSite.in(dir).read("posts/a/index.html"));
    }

    @Test
    void anUnknownSimulationIsAnErrorListingTheNames() {
        assertEquals("""
                content/posts/a.md:7:1: error: no simulation is called `evolutoin`
                    hint: write ```sim NAME with one of: evolution, gridworld, in-context-gd, orderings""",
                errorsOf(site("```sim evolutoin\n```\n")));
    }

    @Test
    void anUnknownKeyIsAnErrorAtItsLineListingTheKeys() {
        assertEquals("""
                content/posts/a.md:9:1: error: gridworld has no parameter `sise`
                    hint: its keys are: seed, controls, readouts, caption, randomised, size, episodesPerStep, learningRate""",
                errorsOf(site("```sim gridworld\nsize: 5\nsise: 6\n```\n")));
    }

    @Test
    void aBadValueIsAnErrorAtTheValue() {
        assertEquals("""
                content/posts/a.md:8:9: error: regime: `fixed` is not one of fixed-test, randomised-test, same-direction-test, no-test, train-then-frozen, alternate-train-frozen, train-and-deploy-same-way
                    hint: choose one of: fixed-test, randomised-test, same-direction-test, no-test, train-then-frozen, alternate-train-frozen, train-and-deploy-same-way""",
                errorsOf(site("```sim evolution\nregime: fixed\n```\n")));
    }
}
