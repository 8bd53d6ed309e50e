package org.essaykit.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * How a run is charted, as marks that the build's SVG and the page's canvas both draw, so the two charts
 * match. Each charted read-out gets its own panel with its own y axis (a probability near 0.01 and a
 * replication rate near 3 are both readable that way), titled with its name in its line's colour, which is
 * the legend; the panels share one x axis, the run's counter (generations, updates, samples).
 */
public final class Chart {

    /** Text size in the chart's own units (CSS pixels in the page). */
    public static final double FONT = 12;
    /** Labels drawn in the surrounding text's colour (light or dark theme). */
    public static final String TEXT = "currentColor";
    private static final double LEFT = 52;
    private static final double RIGHT = 14;
    private static final double TITLE = 17;
    private static final double PLOT = 40;
    private static final double GAP = 9;
    private static final double AXIS = 36;
    private static final double TICK = 4;

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

    /** The height of the chart of a run with these read-outs. */
    public static double height(List<String> names) {
        return Readouts.charted(names).size() * (TITLE + PLOT + GAP) + AXIS;
    }

    /**
     * The marks of a run so far, {@code width} wide, with room on the x axis for {@code steps} steps; the
     * counter is assumed to grow by the same amount every step, as it does in every simulation.
     */
    public static List<Mark> marks(List<Readout> history, int steps, double width) {
        List<String> names = history.get(0).names();
        List<String> charted = Readouts.charted(names);
        String counter = names.get(0);
        double plotWidth = width - LEFT - RIGHT;
        double span = Math.max(1, steps);
        List<Mark> marks = new ArrayList<>();
        for (int k = 0; k < charted.size(); k++) {
            double top = k * (TITLE + PLOT + GAP);
            double plotTop = top + TITLE;
            double bottom = plotTop + PLOT;
            String name = charted.get(k);
            marks.add(new Label(LEFT, top + FONT, name, Readouts.colour(k), Anchor.START));
            Readouts.Range data = Readouts.range(history, name);
            Ticks y = Ticks.covering(data.lo(), data.lo() + data.span(), 2);
            for (int i = 0; i < y.count(); i++) {
                double at = bottom - PLOT * (y.value(i) - y.lo()) / (y.hi() - y.lo());
                marks.add(new Line(LEFT, at, width - RIGHT, at, Stroke.GRID));
                marks.add(new Line(LEFT - TICK, at, LEFT, at, Stroke.AXIS));
                marks.add(new Label(LEFT - TICK - 2, at + FONT * 0.35, y.label(i), TEXT, Anchor.END));
            }
            marks.add(new Line(LEFT, plotTop, LEFT, bottom, Stroke.AXIS));
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < history.size(); i++) {
                xs.add(LEFT + plotWidth * i / span);
                ys.add(bottom - PLOT * (history.get(i).value(name) - y.lo()) / (y.hi() - y.lo()));
            }
            marks.add(new Series(Readouts.colour(k), xs, ys));
        }
        double axis = charted.size() * (TITLE + PLOT + GAP) - GAP;
        marks.add(new Line(LEFT, axis, width - RIGHT, axis, Stroke.AXIS));
        double first = history.get(0).value(counter);
        double perStep = history.size() > 1 ? history.get(1).value(counter) - first : 1;
        double last = perStep > 0 ? first + perStep * span : first + span;
        Ticks x = Ticks.within(first, last, Math.max(2, (int) (plotWidth / 80)));
        for (int i = 0; i < x.count(); i++) {
            double at = LEFT + plotWidth * (x.value(i) - first) / (last - first);
            marks.add(new Line(at, axis, at, axis + TICK, Stroke.AXIS));
            marks.add(new Label(at, axis + TICK + FONT, x.label(i), TEXT, Anchor.MIDDLE));
        }
        marks.add(new Label(LEFT + plotWidth / 2, axis + TICK + 2 * FONT + 4, counter, TEXT, Anchor.MIDDLE));
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
