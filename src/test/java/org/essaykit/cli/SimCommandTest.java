package org.essaykit.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code essaykit sim list} and {@code essaykit sim run} as a user meets them. */
class SimCommandTest {

    @Test
    void listsEverySimulationWithItsParameters() {
        CliRun run = CliRun.of("sim", "list");
        assertEquals(0, run.code(), run.err());
        for (String name : List.of("evolution", "gridworld", "in-context-gd", "orderings")) {
            assertTrue(run.out().contains(name + "  "), run.out());
        }
        assertTrue(run.out().contains("regime"), run.out());
        assertTrue(run.out().contains("fixed-test | randomised-test"), run.out());
        assertTrue(run.out().contains("arXiv:2212.07677"), run.out());
    }

    /** With --source, a site's own simulations are listed and run beside essaykit's; a broken one is its error. */
    @Test
    void seesTheSitesOwnSimulations(@org.junit.jupiter.api.io.TempDir java.nio.file.Path site) throws Exception {
        java.nio.file.Path source = site.resolve("simulations/ProxyCorrection.java");
        java.nio.file.Files.createDirectories(source.getParent());
        String code = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/starter/simulations/ProxyCorrection.java"));
        java.nio.file.Files.writeString(source, code);
        CliRun list = CliRun.of("sim", "list", "--source", site.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("proxy-correction  How fast training corrects a proxy goal  (this site's)"), list.out());
        assertTrue(list.out().contains("evolution  "), list.out());
        CliRun run = CliRun.of("sim", "run", "proxy-correction", "--steps", "1", "--source", site.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("proxy-correction seed=1 models=200 chance=0.05", "step 0: proxy=1", "step 1: proxy=0.945"),
                run.out().lines().toList());

        java.nio.file.Files.writeString(source, code.replace("rng.chance(chance)", "Math.random() < chance"));
        CliRun broken = CliRun.of("sim", "run", "proxy-correction", "--source", site.toString());
        assertEquals(1, broken.code());
        assertTrue(broken.err().startsWith("simulations/ProxyCorrection.java:67:25: error: `Math.random` in a simulation: "
                + "unseeded: use Rng"), broken.err());
    }

    @Test
    void runsPrintingTheReadOutOfEveryStep() {
        CliRun run = CliRun.of("sim", "run", "evolution", "--seed", "3", "--steps", "4", "--set", "regime=no-test",
                "--set", "population=50");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(6, lines.size(), run.out()); // the settings, then steps 0 to 4
        assertTrue(lines.get(0).startsWith("evolution seed=3 regime=no-test population=50 gain=2.0"), lines.get(0));
        assertTrue(lines.get(1).startsWith("step 0: generation=0 detector=0 "), lines.get(1));
        assertTrue(lines.get(5).startsWith("step 4: generation=4 "), lines.get(5));
        assertEquals(run.out(), CliRun.of("sim", "run", "evolution", "--seed", "3", "--steps", "4", "--set",
                "regime=no-test", "--set", "population=50").out(), "same seed, same output");
    }

    @Test
    void printsTheTimeSeriesAsCsv() {
        CliRun run = CliRun.of("sim", "run", "orderings", "--csv", "--steps", "2", "--set", "samplesPerStep=100");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(4, lines.size(), run.out()); // the header, then steps 0 to 2
        assertTrue(lines.get(0).startsWith("step,samples,deceptive,ciLow,ciHigh,"), lines.get(0));
        assertTrue(lines.get(3).startsWith("2,200,"), "counts are integers: " + lines.get(3));
        int columns = lines.get(0).split(",").length;
        assertTrue(lines.stream().allMatch(l -> l.split(",").length == columns));
    }

    @Test
    void usageErrorsNameTheProblemAndExitWithTwo() {
        CliRun unknown = CliRun.of("sim", "run", "nosuch");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no simulation `nosuch`; there are evolution, gridworld"), unknown.err());
        CliRun badKey = CliRun.of("sim", "run", "gridworld", "--set", "colour=red");
        assertEquals(2, badKey.code());
        assertTrue(badKey.err().contains("gridworld has no parameter `colour`"), badKey.err());
        CliRun badValue = CliRun.of("sim", "run", "gridworld", "--set", "randomised=2");
        assertEquals(2, badValue.code());
        assertTrue(badValue.err().contains("randomised: `2` is outside 0 .. 1"), badValue.err());
        assertEquals(2, CliRun.of("sim").code());
        assertEquals(0, CliRun.of("sim", "run", "--help").code());
    }

    @Test
    void numbersAreShortButExact() {
        assertEquals("3", SimCommand.number(3.0));
        assertEquals("0.107132", SimCommand.number(0.10713157839540745));
        assertEquals("0.5", SimCommand.number(0.5));
        assertEquals("1.5e-07", SimCommand.number(1.5e-7));
    }
}
