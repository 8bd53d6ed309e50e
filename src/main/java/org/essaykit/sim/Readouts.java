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
}
