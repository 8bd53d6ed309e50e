package org.essaykit.sim;

import java.util.List;
import java.util.Objects;

/**
 * One parameter a reader can move: a slider (numbers) or a select (choices).
 *
 * @param name     the key, as in {@code --set name=value} and {@code key: value} in a page
 * @param label    a short label for the control
 * @param kind     how the value is read and shown
 * @param initial  the default, as text ({@code "0.05"}, {@code "200"}, {@code "fixed-test"})
 * @param min      the smallest allowed number (ignored for choices)
 * @param max      the largest allowed number (ignored for choices)
 * @param step     the slider's step (ignored for choices)
 * @param choices  the allowed values of a choice, in display order; empty for numbers
 */
public record Param(String name, String label, Kind kind, String initial, double min, double max, double step,
                    List<String> choices) {

    public enum Kind { NUMBER, INTEGER, CHOICE }

    public Param {
        Objects.requireNonNull(name);
        Objects.requireNonNull(label);
        Objects.requireNonNull(kind);
        choices = List.copyOf(choices);
        String problem = problem(kind, min, max, choices, initial);
        if (problem != null) {
            throw new IllegalArgumentException("default of " + name + ": " + problem);
        }
    }

    public static Param number(String name, String label, double initial, double min, double max, double step) {
        return new Param(name, label, Kind.NUMBER, Double.toString(initial), min, max, step, List.of());
    }

    public static Param integer(String name, String label, int initial, int min, int max) {
        return new Param(name, label, Kind.INTEGER, Integer.toString(initial), min, max, 1, List.of());
    }

    public static Param choice(String name, String label, String initial, List<String> choices) {
        return new Param(name, label, Kind.CHOICE, initial, 0, 0, 0, choices);
    }

    /** Why {@code value} is not allowed, or null when it is. */
    public String problem(String value) {
        return problem(kind, min, max, choices, value);
    }

    private static String problem(Kind kind, double min, double max, List<String> choices, String value) {
        if (value == null) {
            return "no value";
        }
        if (kind == Kind.CHOICE) {
            return choices.contains(value) ? null : "`" + value + "` is not one of " + String.join(", ", choices);
        }
        double number;
        try {
            number = kind == Kind.INTEGER ? Integer.parseInt(value.trim()) : Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return "`" + value + "` is not " + (kind == Kind.INTEGER ? "a whole number" : "a number");
        }
        if (!(number >= min && number <= max)) {
            return "`" + value + "` is outside " + trim(min) + " .. " + trim(max);
        }
        return null;
    }

    private static String trim(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
