package org.essaykit.markdown;

import org.essaykit.sim.Readout;
import org.essaykit.simc.SimulationCatalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default runs of the simulations a site embeds, kept for as long as the engine (one build, or a session of
 * {@code serve}'s rebuilds): a run can take half a second, and an edit to a page with a figure must not wait for
 * it again. Runs are deterministic, so a run is known by its simulation and settings. Bounded: the least recently
 * used run goes first. Thread-safe.
 */
final class SimRuns {

    /** What {@code ```sim NAME} may name: the built-in simulations and the site's own. */
    private final SimulationCatalog catalog;

    /** Far more figures than a site embeds with distinct settings; a run's history is a few kilobytes. */
    private static final int KEPT = 256;

    private final Map<String, List<Readout>> runs = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Readout>> eldest) {
            return size() > KEPT;
        }
    };

    SimRuns(SimulationCatalog catalog) {
        this.catalog = catalog;
    }

    SimulationCatalog catalog() {
        return catalog;
    }

    /** The read-outs of the figure's default run, step by step; what the simulation's code throws comes out. */
    List<Readout> history(SimEmbed embed) {
        String key = embed.simulation().name() + "|" + embed.settings().seed() + "|" + embed.settings().values();
        synchronized (runs) {
            List<Readout> known = runs.get(key);
            if (known != null) {
                return known;
            }
        }
        // Run outside the lock: other figures' look-ups need not wait for a slow run.
        List<Readout> history = List.copyOf(embed.simulation().start(embed.settings())
                .runSteps(embed.simulation().defaultSteps()));
        synchronized (runs) {
            runs.putIfAbsent(key, history);
            return runs.get(key);
        }
    }
}
