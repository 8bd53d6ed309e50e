package org.essaykit.sim.host;

import org.essaykit.sim.Readout;
import org.essaykit.sim.Simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How a run is charted, as marks that the build's SVG and the page's canvas both draw, so the two charts
 * match. The simulation's {@link Simulation#chart()} groups read-outs into panels; each panel has its own y
 * axis (a probability near 0.01 and a replication rate near 3 are both readable that way) and, over it, the
 * names of its lines in their colours, which is the legend. The panels share one x axis, the run's counter
 * (generations, updates, samples).
 */
public final class Chart {

    /** Text size in the chart's own units. */
    public static final double FONT = 12;
    /**
     * The chart's width in its own units on a phone and wider: a figure draws at one of them and scales it to
     * its box, so the build's SVG and the page's canvas are the same size, and text stays at least 12 CSS pixels
     * from a 320 px phone up.
     */
    public static final double NARROW = 250;
    public static final double WIDE = 400;
    /** Up to this viewport width (CSS pixels) a figure draws at {@link #NARROW}; the theme's CSS uses the same. */
    public static final int NARROW_VIEWPORT = 480;
    /** Labels drawn in the surrounding text's colour (light or dark theme). */
    public static final String TEXT = "currentColor";
    private static final double LEFT = 52;
    private static final double RIGHT = 24; // half the widest x tick label, which is centred on the end
    private static final double TITLE = 17;
    private static final double PLOT = 72;
    private static final double GAP = 10;
    private static final double AXIS = 36;
    private static final double TICK = 4;
    /** A generous average width of a sans-serif character, in FONT units, to place legend entries apart. */
    private static final double CHARACTER = 0.62;

    /** Axis lines and tick marks, or the fainter grid lines at the ticks. */
    public enum Stroke { AXIS, GRID }

    /** Where a label's x sits: its start, middle or end. */
    public enum Anchor { START, MIDDLE, END }

    /** Something to draw, in the chart's units, from its top left corner. */
    public sealed interface Mark permits Line, Series, Label {
    }

    public record Line(double x1, double y1, double x2, double y2, Stroke stroke) implements Mark {
    }

    /** A read-out's line through its points, {@code xs[i], ys[i]}. */
    public record Series(String colour, List<Double> xs, List<Double> ys) implements Mark {

        public Series {
            xs = List.copyOf(xs);
            ys = List.copyOf(ys);
        }
    }

    /** Text whose baseline is at {@code y}; {@code colour} may be {@link #TEXT}. */
    public record Label(double x, double y, String text, String colour, Anchor anchor) implements Mark {
    }

    private Chart() {
    }

    /** A series colour as CSS: the theme's {@code --sim-RRGGBB} (its dark-mode twin), else the colour itself. */
    public static String themed(String colour) {
        return "var(" + variable(colour) + ", " + colour + ")";
    }

    /** The custom property a theme sets to show {@code colour} in another colour scheme. */
    public static String variable(String colour) {
        return "--sim-" + colour.substring(1);
    }

    /**
     * The height of the chart with these panels at this width (a narrow chart wraps its legend), with legends in
     * words ({@code label} of each read-out's name).
     */
    public static double height(List<List<String>> panels, UnaryOperator<String> label, double width) {
        double height = AXIS - GAP;
        for (List<String> panel : panels) {
            height = legendRows(panel, label, width) * TITLE + PLOT + GAP + height;
        }
        return height;
    }

    /** How many rows a panel's legend takes. */
    private static int legendRows(List<String> names, UnaryOperator<String> label, double width) {
        return legend(names, label, width).get(names.size() - 1).row() + 1;
    }

    /** Where a legend entry goes: its x, and its row under the panel's top. */
    private record Place(double x, int row) {
    }

    /** The legend's entries side by side; one that would run past the right edge starts the next row. */
    private static List<Place> legend(List<String> names, UnaryOperator<String> label, double width) {
        List<Place> places = new ArrayList<>();
        double x = LEFT;
        int row = 0;
        for (String name : names) {
            double entry = legendWidth(label.apply(name));
            if (x > LEFT && x + entry - FONT > width) {
                x = LEFT;
                row++;
            }
            places.add(new Place(x, row));
            x += entry;
        }
        return places;
    }

    private static double legendWidth(String name) {
        return (name.length() * CHARACTER + 1.2) * FONT;
    }

    /** False for NaN and infinities: a read-out with no value yet (an estimate before its first sample). */
    static boolean drawable(double value) {
        return !Double.isNaN(value) && !Double.isInfinite(value);
    }

    /** The colour of a read-out's line, or null when the chart does not draw it. */
    public static String colour(List<List<String>> panels, String name) {
        int n = 0;
        for (List<String> panel : panels) {
            for (String line : panel) {
                if (line.equals(name)) {
                    return Readouts.colour(n);
                }
                n++;
            }
        }
        return null;
    }

    /**
     * The marks of a run so far, {@code width} wide, with room on the x axis for {@code steps} steps, with legends
     * and the counter in words ({@code label} of each read-out's name); the counter (the first read-out) is taken
     * to grow by the same amount every step, as it does in every simulation.
     */
    public static List<Mark> marks(List<List<String>> panels, UnaryOperator<String> label, List<Readout> history,
                                   int steps, double width) {
        String counter = history.get(0).names().get(0);
        double plotWidth = width - LEFT - RIGHT;
        double span = Math.max(1, steps);
        List<Mark> marks = new ArrayList<>();
        double top = 0;
        for (List<String> names : panels) {
            List<Place> legend = legend(names, label, width);
            double plotTop = top + (legend.get(names.size() - 1).row() + 1) * TITLE;
            double bottom = plotTop + PLOT;
            for (int i = 0; i < names.size(); i++) {
                Place place = legend.get(i);
                marks.add(new Label(place.x(), top + FONT + place.row() * TITLE, label.apply(names.get(i)),
                        colour(panels, names.get(i)), Anchor.START));
            }
            Readouts.Range data = Readouts.range(history, names);
            Ticks y = Ticks.covering(data.lo(), data.lo() + data.span(), 3);
            for (int i = 0; i < y.count(); i++) {
                double at = bottom - PLOT * (y.value(i) - y.lo()) / (y.hi() - y.lo());
                marks.add(new Line(LEFT, at, width - RIGHT, at, Stroke.GRID));
                marks.add(new Line(LEFT - TICK, at, LEFT, at, Stroke.AXIS));
                marks.add(new Label(LEFT - TICK - 2, at + FONT * 0.35, y.label(i), TEXT, Anchor.END));
            }
            marks.add(new Line(LEFT, plotTop, LEFT, bottom, Stroke.AXIS));
            for (String name : names) {
                List<Double> xs = new ArrayList<>();
                List<Double> ys = new ArrayList<>();
                for (int i = 0; i < history.size(); i++) {
                    double value = history.get(i).value(name);
                    if (drawable(value)) {
                        xs.add(LEFT + plotWidth * i / span);
                        ys.add(bottom - PLOT * (value - y.lo()) / (y.hi() - y.lo()));
                    }
                }
                marks.add(new Series(colour(panels, name), xs, ys));
            }
            top = bottom + GAP;
        }
        double axis = top - GAP;
        marks.add(new Line(LEFT, axis, width - RIGHT, axis, Stroke.AXIS));
        double first = history.get(0).value(counter);
        double perStep = history.size() > 1 ? history.get(1).value(counter) - first : 1;
        double last = perStep > 0 ? first + perStep * span : first + span;
        Ticks x = Ticks.within(first, last, Math.max(2, (int) (plotWidth / 70)));
        for (int i = 0; i < x.count(); i++) {
            double at = LEFT + plotWidth * (x.value(i) - first) / (last - first);
            marks.add(new Line(at, axis, at, axis + TICK, Stroke.AXIS));
            marks.add(new Label(at, axis + TICK + FONT, x.label(i), TEXT, Anchor.MIDDLE));
        }
        marks.add(new Label(LEFT + plotWidth / 2, axis + TICK + 2 * FONT + 4, label.apply(counter), TEXT,
                Anchor.MIDDLE));
        return marks;
    }

    /**
     * Evenly spaced round values (steps of 1, 2 or 5 times a power of ten) from {@code lo} to {@code hi},
     * shown with as many decimals as the step needs.
     */
    record Ticks(double lo, double hi, double step, int decimals) {

        /** Ticks whose first and last enclose [from, to]: a y axis. */
        static Ticks covering(double from, double to, int intervals) {
            double step = step((to - from) / intervals);
            while (Math.ceil(to / step) - Math.floor(from / step) > intervals + 1) {
                step = step(step * 1.5); // rounding out added intervals: take the next round step
            }
            return of(Math.floor(from / step) * step, Math.ceil(to / step) * step, step);
        }

        /** Ticks inside [from, to]: an x axis that ends where the run ends. */
        static Ticks within(double from, double to, int intervals) {
            double step = step((to - from) / intervals);
            return of(Math.ceil(from / step) * step, Math.floor(to / step) * step, step);
        }

        private static Ticks of(double lo, double hi, double step) {
            int decimals = 0;
            for (double unit = step; unit < 0.999999 && decimals < 12; unit *= 10) {
                decimals++;
            }
            return new Ticks(lo, hi, step, decimals);
        }

        /** The round step at least {@code raw}. */
        private static double step(double raw) {
            double magnitude = 1;
            while (magnitude * 10 <= raw) {
                magnitude *= 10;
            }
            while (magnitude > raw) {
                magnitude /= 10;
            }
            double normal = raw / magnitude;
            return (normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 5 ? 5 : 10) * magnitude;
        }

        int count() {
            return (int) Math.round((hi - lo) / step) + 1;
        }

        double value(int i) {
            return lo + i * step;
        }

        String label(int i) {
            return Readouts.fixed(value(i), decimals);
        }
    }
}
