package org.essaykit.sim.builtin;

import org.essaykit.sim.Readout;
import org.essaykit.sim.Settings;
import org.essaykit.sim.Simulation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a simulation for tests. */
final class SimTesting {

    private SimTesting() {
    }

    /** The history of a run with {@code settings} given as {@code key, value, key, value, ...}. */
    static List<Readout> run(Simulation sim, long seed, int steps, String... settings) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (int i = 0; i < settings.length; i += 2) {
            overrides.put(settings[i], settings[i + 1]);
        }
        return sim.start(Settings.of(sim, seed, overrides)).runSteps(steps);
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
