package org.essaykit.markdown;

import org.essaykit.diag.Limits;
import org.essaykit.sim.Settings;
import org.essaykit.sim.Simulation;

import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * How much work a sim block's default run asks of the build, as a multiple of the same simulation's run at its
 * defaults: estimated from the parameters that size a step (never timed, so a build fails or passes the same way on
 * every machine). A block over {@link Limits#SIM_WORK} times is an error; readers can still turn the sliders up in
 * the page, where the run is theirs.
 */
final class SimEmbedBudget {

    /** Work of one step, in arbitrary units, for each simulation whose step size its parameters set. */
    private static final Map<String, ToDoubleFunction<Settings>> STEP_WORK = Map.of(
            // Adam updates over a batch of tasks, plus a fixed evaluation on 1000 tasks; each task is
            // context points of a (dim + 1) x dim layer.
            "in-context-gd", s -> (s.integer("updatesPerStep") * (double) s.integer("batch") + 1000)
                    * s.integer("context") * s.integer("dim") * (s.integer("dim") + 1.0),
            // Episodes of at most 4 x size moves, each scoring 4 actions over 3 + 2 x size features.
            "gridworld", s -> s.integer("episodesPerStep") * (double) s.integer("size") * s.integer("size"),
            "evolution", s -> s.integer("population"),
            "orderings", s -> s.integer("samplesPerStep"));

    private SimEmbedBudget() {
    }

    /** Work of a run with {@code settings} over the same run at the defaults (1 when the simulation has no estimate). */
    static double relativeWork(Simulation simulation, Settings settings) {
        ToDoubleFunction<Settings> work = STEP_WORK.get(simulation.name());
        if (work == null) {
            return 1;
        }
        return work.applyAsDouble(settings) / work.applyAsDouble(Settings.defaults(simulation, settings.seed()));
    }

    /** The problem of a block over budget, or null. */
    static String overBudget(Simulation simulation, Settings settings) {
        double relative = relativeWork(simulation, settings);
        if (!Limits.SIM_WORK.exceededBy((long) Math.ceil(relative))) {
            return null;
        }
        return String.format(java.util.Locale.ROOT, "the default run of %s with these settings is about %,.0f times "
                        + "the work of its defaults, more than a build runs for one block (%s)",
                simulation.name(), relative, Limits.SIM_WORK.describe());
    }
}
