package org.essaykit.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fuzz properties, one per reader, at a fixed seed and a few tries each (the regression run of
 * {@code mvn verify}); {@code bench/fuzz.sh} runs the same generators for as long as asked ({@link FuzzRun}).
 * The property: a build of the input ends in diagnostics at a place in the site, or in a site; never an
 * exception, a hang, a changed site/ after a failure, or temporary folders left behind.
 */
class HostileInputPropertiesTest {

    private static final String SEED = "20261204";

    private static void holds(HostileSite input) throws IOException {
        Path dir = Files.createTempDirectory("essaykit-fuzz");
        try {
            BuildProbe.Outcome outcome = BuildProbe.build(input, dir);
            assertTrue(outcome.ok(), () -> String.join("\n", outcome.failures()));
        } finally {
            FuzzRun.delete(dir);
        }
    }

    @Property(tries = 8, seed = SEED, shrinking = ShrinkingMode.OFF)
    void frontMatter(@ForAll("frontMatters") HostileSite input) throws IOException {
        holds(input);
    }

    @Property(tries = 8, seed = SEED, shrinking = ShrinkingMode.OFF)
    void markdownThroughTheWholeBuild(@ForAll("markdowns") HostileSite input) throws IOException {
        holds(input);
    }

    @Property(tries = 6, seed = SEED, shrinking = ShrinkingMode.OFF)
    void threads(@ForAll("threads") HostileSite input) throws IOException {
        holds(input);
    }

    @Property(tries = 6, seed = SEED, shrinking = ShrinkingMode.OFF)
    void dataFiles(@ForAll("dataFiles") HostileSite input) throws IOException {
        holds(input);
    }

    @Property(tries = 6, seed = SEED, shrinking = ShrinkingMode.OFF)
    void siteConfig(@ForAll("siteConfigs") HostileSite input) throws IOException {
        holds(input);
    }

    @Property(tries = 8, seed = SEED, shrinking = ShrinkingMode.OFF)
    void templates(@ForAll("templates") HostileSite input) throws IOException {
        holds(input);
    }

    @Provide
    Arbitrary<HostileSite> frontMatters() {
        return HostileInputs.frontMatter();
    }

    @Provide
    Arbitrary<HostileSite> markdowns() {
        return HostileInputs.markdown();
    }

    @Provide
    Arbitrary<HostileSite> threads() {
        return HostileInputs.thread();
    }

    @Provide
    Arbitrary<HostileSite> dataFiles() {
        return HostileInputs.data();
    }

    @Provide
    Arbitrary<HostileSite> siteConfigs() {
        return HostileInputs.siteConfig();
    }

    @Provide
    Arbitrary<HostileSite> templates() {
        return HostileInputs.template();
    }
}
