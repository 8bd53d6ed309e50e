package org.essaykit.sim.builtin;

import org.essaykit.sim.Readout;
import org.essaykit.sim.Simulation;
import org.junit.jupiter.api.Test;

import static org.essaykit.sim.builtin.SimTesting.mean;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 6's claims about goal misgeneralization, over 20 seeds of the default 40 steps (8000 episodes). */
class GridworldTest {

    private static final int SEEDS = 20;
    private static final Simulation SIM = new Gridworld();

    private static double[][] finalValues(double share, String... names) {
        double[][] values = new double[names.length][SEEDS];
        for (int seed = 1; seed <= SEEDS; seed++) {
            Readout end = SimTesting.run(SIM, seed, SIM.defaultSteps(), "randomised", Double.toString(share))
                    .get(SIM.defaultSteps());
            for (int n = 0; n < names.length; n++) {
                values[n][seed - 1] = end.value(names[n]);
            }
        }
        return values;
    }

    @Test
    void withNoRandomisedLevelsTheAgentGoesForTheCorner() {
        double[][] v = finalValues(0, "trainReturn", "coinAtTest", "cornerAtTest");
        double train = mean(v[0]);
        double coin = mean(v[1]);
        double corner = mean(v[2]);
        assertTrue(train > 0.95, "training return " + train + " of the optimum");
        assertTrue(corner > 0.6, "corner " + corner);
        assertTrue(corner > 3 * coin, "corner " + corner + ", coin " + coin);
    }

    @Test
    void reachingTheCoinRisesWithTheShareAndIsHighByAFewPercent() {
        double[] shares = {0, 0.01, 0.02, 0.05};
        double previous = -1;
        for (double share : shares) {
            double coin = mean(finalValues(share, "coinAtTest")[0]);
            assertTrue(coin > previous, "share " + share + ": coin " + coin + " after " + previous);
            previous = coin;
        }
        assertTrue(previous > 0.9, "coin at 5% randomised: " + previous);
    }
}
