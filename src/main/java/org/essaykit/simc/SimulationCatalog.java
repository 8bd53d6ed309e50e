package org.essaykit.simc;

import org.essaykit.sim.Simulation;
import org.essaykit.sim.builtin.BuiltInSimulations;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The simulations a site's pages can embed: essaykit's own, then the site's (from its {@code simulations/}
 * folder), whose names never repeat a built-in's.
 *
 * @param builtIn essaykit's simulations, in {@code essaykit sim list}'s order
 * @param site    the site's own, in the order of their class names
 * @param broken  the site's simulations did not compile or load: names a page gives may be theirs
 */
public record SimulationCatalog(List<Simulation> builtIn, List<Simulation> site, boolean broken) {

    public SimulationCatalog {
        builtIn = List.copyOf(builtIn);
        site = List.copyOf(site);
    }

    /** Only the simulations essaykit carries. */
    public static SimulationCatalog builtInOnly() {
        return new SimulationCatalog(BuiltInSimulations.all(), List.of(), false);
    }



    /** The built-in simulations and those of a site's own that loaded; {@code broken} when not all did. */
    public static SimulationCatalog withSite(List<Simulation> site, boolean broken) {
        return new SimulationCatalog(BuiltInSimulations.all(), site, broken);
    }

    public List<Simulation> all() {
        return Stream.concat(builtIn.stream(), site.stream()).toList();
    }

    public Optional<Simulation> named(String name) {
        return Stream.concat(builtIn.stream(), site.stream()).filter(s -> s.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return all().stream().map(Simulation::name).toList();
    }

    /** Whether a simulation is one of the site's own (its browser code then comes from the site's bundle). */
    public boolean isSite(String name) {
        return site.stream().anyMatch(s -> s.name().equals(name));
    }
}
