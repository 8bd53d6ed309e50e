package org.essaykit.sim.builtin;

import org.essaykit.sim.Readout;
import org.essaykit.sim.Rng;
import org.essaykit.sim.Simulation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The orderings estimator against cases solvable by hand. */
class OrderingsTest {

    private static Orderings.Emergence at(double time) {
        return rng -> time;
    }

    private static Orderings.Emergence uniform(double lo, double hi) {
        return rng -> rng.uniform(lo, hi);
    }

    /** Properties in the order G, L, B, S. */
    private static Orderings.OrderingsRun run(double rate, Orderings.Emergence... emergence) {
        Orderings.OrderingsRun run = new Orderings.OrderingsRun(new Rng(5), emergence, rate, 20_000);
        run.runSteps(5);
        return run;
    }

    private static void assertCovers(Readout r, double expected) {
        assertTrue(r.value("ciLow") <= expected && expected <= r.value("ciHigh"),
                "expected " + expected + " in [" + r.value("ciLow") + ", " + r.value("ciHigh") + "]: " + r);
    }

    @Test
    void deterministicTimesGiveCertainAnswers() {
        // A proxy goal, long horizons and awareness all before the base goal: deceptive every time.
        Readout bLast = run(1000, at(1.1), at(1.2), at(1.5), at(1.3)).latest();
        assertEquals(1.0, bLast.value("deceptive"));
        assertEquals(1.0, bLast.value("G<L<S<B"));
        // The base goal understood before goal-directedness: never.
        Readout bFirst = run(0, at(1.1), at(1.2), at(0.5), at(1.3)).latest();
        assertEquals(0.0, bFirst.value("deceptive"));
        assertEquals(1.0, bFirst.value("B<G<L<S"));
        // Never long-term goals: never deceptive, and no complete ordering.
        Readout noL = run(0, at(1.1), at(Double.POSITIVE_INFINITY), at(1.5), at(1.3)).latest();
        assertEquals(0.0, noL.value("deceptive"));
        assertEquals(0.0, noL.value("allFour"));
    }

    @Test
    void aWindowBetweenBaseGoalAndCapabilityIsSurvivedWithTheExponentialsChance() {
        // G, B at 1.2, then L and S by 1.4: deceptive only if correction (rate 5) takes longer than 0.2.
        Readout r = run(5, at(1.1), at(1.3), at(1.2), at(1.4)).latest();
        assertCovers(r, Math.exp(-5 * 0.2));
        // B in pre-training: correction waits for fine-tuning's examples, so the window is 1.0 to 1.4.
        Readout pre = run(5, at(0.1), at(1.3), at(0.2), at(1.4)).latest();
        assertCovers(pre, Math.exp(-5 * 0.4));
    }

    @Test
    void independentUniformTimesGiveEveryOrderingAQuarterDeceptive() {
        // Ties have probability 0, each of the 24 orderings 1/24; with instant correction, deceptive iff B is last: 1/4.
        Orderings.Emergence u = uniform(1, 2);
        Readout r = run(1e9, u, u, u, u).latest();
        assertCovers(r, 0.25);
        assertEquals(1.0, r.value("allFour"));
        for (int order = 0; order < 24; order++) {
            assertEquals(1.0 / 24, r.value(Orderings.orderName(order)), 0.005);
        }
        // With no correction at all, G before B is enough once all four are there: P(G < B) = 1/2.
        assertCovers(run(0, u, u, u, u).latest(), 0.5);
    }

    @Test
    void theTwentyFourOrderingsHaveDistinctNamesThatMatchTheirTimes() {
        Set<String> names = new LinkedHashSet<>();
        for (int order = 0; order < 24; order++) {
            names.add(Orderings.orderName(order));
        }
        assertEquals(24, names.size());
        double[] t = {3, 1, 4, 2}; // G=3, L=1, B=4, S=2
        assertEquals("L<S<G<B", Orderings.orderName(Orderings.ordering(t)));
        assertEquals(-1, Orderings.ordering(new double[] {1, Double.POSITIVE_INFINITY, 2, 3}));
    }

    @Test
    void wilsonIntervalMatchesAWorkedExample() {
        double[] ci = Orderings.wilson(10, 100); // 0.0552 .. 0.1744
        assertEquals(0.0552, ci[0], 1e-4);
        assertEquals(0.1744, ci[1], 1e-4);
        double[] zero = Orderings.wilson(0, 1000);
        assertEquals(0, zero[0], 1e-15);
        assertEquals(0.00383, zero[1], 1e-5);
    }

    @Test
    void defaultsGiveAnEstimateWithANarrowInterval() {
        Simulation sim = new Orderings();
        Readout r = sim.start(7).runSteps(sim.defaultSteps()).get(sim.defaultSteps());
        assertEquals(200_000, r.value("samples"));
        assertTrue(r.value("ciLow") <= r.value("deceptive") && r.value("deceptive") <= r.value("ciHigh"));
        assertTrue(r.value("ciHigh") - r.value("ciLow") < 0.01, r.toString());
        List<Double> shares = new ArrayList<>();
        for (int order = 0; order < 24; order++) {
            shares.add(r.value(Orderings.orderName(order)));
        }
        assertEquals(r.value("allFour"), shares.stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertFalse(r.value("deceptive") > r.value("proxyFirst"));
    }
}
