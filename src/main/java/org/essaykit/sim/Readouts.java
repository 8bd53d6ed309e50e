package org.essaykit.sim;

/**
 * How a read-out number is shown, the same on the JVM and in the browser: fixed decimals by integer
 * arithmetic, since TeaVM's formatting and {@code Double.toString} may differ in the last digits.
 */
public final class Readouts {

    /** Decimals a page and the browser test show. */
    public static final int DECIMALS = 4;

    /** Lines a chart draws at most: the first read-out is the step counter, the rest its lines. */
    public static final int CHARTED = 5;

    private Readouts() {
    }

    /** The read-outs a chart draws, the same in the page's canvas and the build's SVG. */
    public static java.util.List<String> charted(java.util.List<String> names) {
        return names.subList(Math.min(1, names.size()), Math.min(names.size(), 1 + CHARTED));
    }

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value); // counters: generations, episodes, samples
        }
        long scale = 1;
        for (int i = 0; i < DECIMALS; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(value) * scale);
        String digits = Long.toString(scaled % scale);
        StringBuilder out = new StringBuilder();
        if (value < 0 && scaled != 0) {
            out.append('-');
        }
        out.append(scaled / scale).append('.');
        for (int i = digits.length(); i < DECIMALS; i++) {
            out.append('0');
        }
        return out.append(digits).toString();
    }

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"};

    /** The colour of a charted series, shared by the build-time SVG and the page's canvas so both charts match. */
    public static String colour(int series) {
        return COLOURS[series % COLOURS.length];
    }

    /** The lowest value of a series and its span (1 for a flat series), to scale it to a chart's height. */
    public record Range(double lo, double span) {

        /** Where {@code value} sits in the range: 0 at the lowest, 1 at the highest. */
        public double fraction(double value) {
            return (value - lo) / span;
        }
    }

    public static Range range(java.util.List<Readout> history, String name) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Readout r : history) {
            lo = Math.min(lo, r.value(name));
            hi = Math.max(hi, r.value(name));
        }
        return new Range(lo, hi - lo == 0 ? 1 : hi - lo);
    }
}
