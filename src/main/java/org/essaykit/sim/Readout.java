package org.essaykit.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key numbers of a run after a step, in a fixed order (the order a chart's legend and a CSV's
 * columns use).
 */
public record Readout(int step, Map<String, Double> values) {

    public Readout {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public double value(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no read-out " + name + " in " + values.keySet());
        }
        return value;
    }

    public List<String> names() {
        return List.copyOf(values.keySet());
    }
}
