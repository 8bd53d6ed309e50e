package org.essaykit.sim.builtin;

import org.essaykit.sim.Readout;
import org.essaykit.sim.Settings;
import org.essaykit.sim.Simulation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same seed gives the same numbers, step by step; parameters are checked. */
class DeterminismTest {

    private static List<Readout> shortRun(Simulation sim, long seed) {
        // Small settings where there are any, so the check is quick.
        return switch (sim.name()) {
            case "in-context-gd" -> SimTesting.run(sim, seed, 5, "updatesPerStep", "5");
            case "orderings" -> SimTesting.run(sim, seed, 5, "samplesPerStep", "500");
            case "gridworld" -> SimTesting.run(sim, seed, 5, "episodesPerStep", "20");
            default -> SimTesting.run(sim, seed, 5);
        };
    }

    @Test
    void sameSeedSameNumbersAndAnotherSeedOthers() {
        for (Simulation sim : BuiltInSimulations.all()) {
            List<Readout> a = shortRun(sim, 11);
            assertEquals(a, shortRun(sim, 11), sim.name());
            assertNotEquals(a, shortRun(sim, 12), sim.name());
            assertEquals(6, a.size(), sim.name()); // step 0 and every step
        }
    }

    @Test
    void pinnedNumbersForSeedOne() {
        // Computed once on the JVM; the browser build must give these to the last digit shown.
        Readout evolution = new Evolution().start(1).runSteps(50).get(50);
        assertEquals(0.09568720575704216, evolution.value("detector"));
        assertEquals(1.015599029045757, evolution.value("deploymentReplication"));
        Readout grid = new Gridworld().start(1).runSteps(3).get(3);
        assertEquals(0.9867481249999999, grid.value("trainReturn"));
        assertEquals(0.155, grid.value("coinAtTest"));
        Readout gd = new InContextGd().start(1).runSteps(3).get(3);
        assertEquals(0.39619196634355924, gd.value("loss"));
        assertEquals(0.19382238040666291, gd.value("gdLoss"));
        assertEquals(0.4978586527245997, gd.value("cosine"));
        Readout orderings = new Orderings().start(1).runSteps(2).get(2);
        assertEquals(0.01195, orderings.value("deceptive"));
    }

    @Test
    void everySimulationDescribesItselfAndItsParameters() {
        assertEquals(List.of("evolution", "gridworld", "in-context-gd", "orderings"),
                BuiltInSimulations.all().stream().map(Simulation::name).toList());
        for (Simulation sim : BuiltInSimulations.all()) {
            // A source is a dated publication, or one of our essays (whose date its text does not give).
            assertTrue(!sim.title().isEmpty() && !sim.description().isEmpty()
                    && sim.source().matches(".*(\\b(19|20)\\d\\d\\b|^The essay \".*).*"), sim.name());
            Settings defaults = Settings.defaults(sim, 1);
            assertEquals(sim.params().size(), defaults.values().size());
            assertEquals(sim.start(defaults).latest().names(), sim.start(1).runSteps(1).get(1).names());
        }
    }

    @Test
    void badSettingsAreRejectedWithTheReason() {
        Simulation sim = new Evolution();
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Settings.of(sim, 1, java.util.Map.of("nope", "1")));
        assertTrue(unknown.getMessage().contains("no parameter `nope`"), unknown.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> Settings.of(sim, 1, java.util.Map.of("gain", "99")));
        assertTrue(range.getMessage().contains("outside 0.1 .. 4"), range.getMessage());
        IllegalArgumentException choice = assertThrows(IllegalArgumentException.class,
                () -> Settings.of(sim, 1, java.util.Map.of("regime", "sometimes")));
        assertTrue(choice.getMessage().contains("not one of fixed-test"), choice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Settings.of(sim, 1, java.util.Map.of("population", "1.5")));
    }
}
