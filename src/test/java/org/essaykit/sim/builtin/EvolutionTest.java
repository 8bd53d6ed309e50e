package org.essaykit.sim.builtin;

import org.essaykit.sim.Readout;
import org.essaykit.sim.Simulation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.essaykit.sim.builtin.SimTesting.mean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 6's claims about "playing dead", each over 20 seeds of the default 300 generations. */
class EvolutionTest {

    private static final int SEEDS = 20;
    private static final Simulation SIM = new Evolution();

    /** Per seed: the read-out {@code name} at {@code step}. */
    private static double[] at(String regime, String name, int step) {
        double[] values = new double[SEEDS];
        for (int seed = 1; seed <= SEEDS; seed++) {
            List<Readout> history = SimTesting.run(SIM, seed, step, "regime", regime);
            values[seed - 1] = history.get(step).value(name);
        }
        return values;
    }

    private static double initialReplication() {
        return mean(at("fixed-test", "deploymentReplication", 0));
    }

    @Test
    void theDetectorSpreadsUnderAFixedTest() {
        double[] detector = at("fixed-test", "detector", 300);
        assertTrue(mean(detector) > 0.8, "mean detector " + mean(detector));
        long spread = java.util.Arrays.stream(detector).filter(d -> d > 0.5).count();
        assertTrue(spread >= SEEDS - 1, spread + " of " + SEEDS + " seeds");
    }

    @Test
    void theDetectorStaysNearZeroWhenTestAndDeploymentSelectTheSameWay() {
        double[] detector = at("same-direction-test", "detector", 300);
        assertTrue(mean(detector) < 0.1, "mean detector " + mean(detector));
        assertTrue(java.util.Arrays.stream(detector).allMatch(d -> d < 0.2), java.util.Arrays.toString(detector));
    }

    @Test
    void deploymentReplicationRisesUnderFixedAndMoreSlowlyUnderRandomisedTests() {
        double start = initialReplication();
        for (int step : new int[] {150, 300}) {
            double fixed = mean(at("fixed-test", "deploymentReplication", step));
            double randomised = mean(at("randomised-test", "deploymentReplication", step));
            assertTrue(randomised < fixed - 0.3, "at " + step + ": randomised " + randomised + ", fixed " + fixed);
            if (step == 300) {
                assertTrue(fixed > start + 1, "fixed " + fixed + " from " + start);
                assertTrue(randomised > start + 0.1, "randomised " + randomised + " from " + start);
            }
        }
        // The randomised test cannot be recognised, so the speed-up is used only part of the time instead.
        assertTrue(mean(at("randomised-test", "use", 300)) < 0.4);
    }

    /** The essay of seed 002: none of its three regimes optimises against training, so nothing rewards hiding. */
    private static final List<String> ESSAY_REGIMES = List.of("train-then-frozen", "alternate-train-frozen",
            "train-and-deploy-same-way");

    @Test
    void theDetectorDoesNotSpreadInTheEssaysRegimes() {
        double useless = mean(at("no-test", "detector", 300)); // where only mutation and its cost act on it
        for (String regime : ESSAY_REGIMES) {
            double[] detector = at(regime, "detector", 300);
            assertTrue(mean(detector) < 0.15 && mean(detector) < useless + 0.05,
                    regime + ": mean detector " + mean(detector) + ", under no test " + useless);
            assertTrue(java.util.Arrays.stream(detector).allMatch(d -> d < 0.25),
                    regime + ": " + java.util.Arrays.toString(detector));
        }
    }

    @Test
    void frozenDeploymentChangesNothing() {
        // Alternating 25 generations of training with 25 frozen ones is 150 generations of training by 300.
        for (int seed = 1; seed <= 3; seed++) {
            Readout alternating = SimTesting.run(SIM, seed, 300, "regime", "alternate-train-frozen").get(300);
            Readout once = SimTesting.run(SIM, seed, 300, "regime", "train-then-frozen").get(300);
            assertEquals(once.values(), alternating.values());
        }
    }

    @Test
    void deploymentReplicationDoesNotRiseWithoutOpposingOptimisation() {
        double start = initialReplication();
        for (String regime : ESSAY_REGIMES) {
            double[] end = at(regime, "deploymentReplication", 300);
            assertTrue(mean(end) < start, regime + ": " + mean(end) + " from " + start);
            assertTrue(java.util.Arrays.stream(end).allMatch(r -> r < start + 0.05), regime);
        }
    }
}
