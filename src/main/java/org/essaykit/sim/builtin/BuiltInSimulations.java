package org.essaykit.sim.builtin;

import org.essaykit.sim.Simulation;

import java.util.List;

/** Every simulation, in the order {@code essaykit sim list} shows them. */
public final class BuiltInSimulations {

    private static final List<Simulation> ALL = List.of(new Evolution(), new Gridworld(), new InContextGd(),
            new Orderings());

    private BuiltInSimulations() {
    }

    public static List<Simulation> all() {
        return ALL;
    }
}
