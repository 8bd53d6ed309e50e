package org.essaykit.sim.builtin;

import org.essaykit.sim.Readout;
import org.essaykit.sim.Simulation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** von Oswald et al.'s result: the trained layer does what one tuned step of gradient descent does. */
class InContextGdTest {

    private static final Simulation SIM = new InContextGd();

    @Test
    void trainedLayerMatchesOneStepOfGradientDescent() {
        for (long seed : new long[] {1, 2}) {
            List<Readout> history = SimTesting.run(SIM, seed, SIM.defaultSteps());
            Readout end = history.get(history.size() - 1);
            double loss = end.value("loss");
            double gd = end.value("gdLoss");
            assertTrue(Math.abs(loss - gd) < 0.05 * gd, "seed " + seed + ": loss " + loss + ", GD " + gd);
            assertTrue(end.value("cosine") > 0.99, "cosine " + end.value("cosine"));
            assertTrue(history.get(0).value("loss") > 1.5 * gd, "it had to learn: " + history.get(0));
            assertEquals(0.2, gd, 0.03, "the paper's loss of one GD step");
        }
    }

    @Test
    void oneGdStepOnATaskIsWhatTheFormulaSays() {
        // One context point (1, 0) with y = 2 and query (1, 1): GD's direction is y x = (2, 0).
        InContextGd.Task task = new InContextGd.Task(new double[][] {{1, 0}}, new double[] {2},
                new double[] {1, 1}, 3);
        assertEquals(List.of(2.0, 0.0), java.util.Arrays.stream(InContextGd.gdDirection(task)).boxed().toList());
    }
}
