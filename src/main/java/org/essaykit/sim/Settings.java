package org.essaykit.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed and the value of every parameter of one run, checked against the simulation's parameters.
 *
 * @param values every parameter by name, in the simulation's parameter order
 */
public record Settings(long seed, Map<String, String> values) {

    public Settings {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The defaults with {@code overrides} applied; throws {@link IllegalArgumentException} naming a bad key or value. */
    public static Settings of(Simulation simulation, long seed, Map<String, String> overrides) {
        List<Param> params = simulation.params();
        Map<String, String> values = new LinkedHashMap<>();
        for (Param param : params) {
            values.put(param.name(), param.initial());
        }
        for (Map.Entry<String, String> entry : overrides.entrySet()) {
            Param param = params.stream().filter(p -> p.name().equals(entry.getKey())).findFirst().orElse(null);
            if (param == null) {
                throw new IllegalArgumentException(simulation.name() + " has no parameter `" + entry.getKey()
                        + "`; it has " + String.join(", ", params.stream().map(Param::name).toList()));
            }
            String value = entry.getValue().trim();
            String problem = param.problem(value);
            if (problem != null) {
                throw new IllegalArgumentException(entry.getKey() + ": " + problem);
            }
            values.put(param.name(), value);
        }
        return new Settings(seed, values);
    }

    public static Settings defaults(Simulation simulation, long seed) {
        return of(simulation, seed, new LinkedHashMap<>());
    }

    public double number(String name) {
        return Double.parseDouble(get(name));
    }

    public int integer(String name) {
        return Integer.parseInt(get(name));
    }

    public String choice(String name) {
        return get(name);
    }

    private String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no parameter " + name);
        }
        return value.trim();
    }
}
