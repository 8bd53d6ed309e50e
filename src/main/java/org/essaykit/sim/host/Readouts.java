package org.essaykit.sim.host;

import org.essaykit.sim.Readout;

/**
 * How a read-out number is shown, the same on the JVM and in the browser: fixed decimals by integer
 * arithmetic, since TeaVM's formatting and {@code Double.toString} may differ in the last digits.
 */
public final class Readouts {

    /** Decimals a page and the browser test show. */
    public static final int DECIMALS = 4;

    private Readouts() {
    }

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value); // counters: generations, episodes, samples
        }
        return fixed(value, DECIMALS);
    }

    /** {@code value} with exactly {@code decimals} decimals, rounded half up, by integer arithmetic. */
    public static String fixed(double value, int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(value) * scale);
        StringBuilder out = new StringBuilder();
        if (value < 0 && scaled != 0) {
            out.append('-');
        }
        out.append(scaled / scale);
        if (decimals > 0) {
            String digits = Long.toString(scaled % scale);
            out.append('.');
            for (int i = digits.length(); i < decimals; i++) {
                out.append('0');
            }
            out.append(digits);
        }
        return out.toString();
    }

    /**
     * A fingerprint of every bit of every read-out of a run (FNV-1a over {@code doubleToLongBits}): two engines
     * give the same one only if they computed the very same doubles, which the four decimals shown cannot tell.
     */
    public static String digest(java.util.List<Readout> history) {
        long hash = 0xCBF29CE484222325L;
        for (Readout readout : history) {
            for (double value : readout.values().values()) {
                hash = (hash ^ Double.doubleToLongBits(value)) * 0x100000001B3L;
            }
        }
        return Long.toHexString(hash);
    }

    /** Each at least 4.5:1 against the light theme's page; the theme maps each to a dark-mode colour (--sim-RRGGBB). */
    private static final String[] COLOURS = {"#1a5f9e", "#b3261e", "#2b7a2b", "#7a4bad", "#9a5200"};

    /**
     * The colour of the n-th charted series, shared by the build-time SVG and the page's canvas so both charts match;
     * in the page it is the fallback of the theme's {@code --sim-RRGGBB} variable (see {@link Chart#themed}).
     */
    public static String colour(int series) {
        return COLOURS[series % COLOURS.length];
    }

    /** The lowest value of some series and their span, to scale them to a chart's height. */
    public record Range(double lo, double span) {
    }

    /**
     * The range of some read-outs over a run, leaving out NaN (no estimate yet); a flat one gets a range around
     * its value, so it draws mid-height.
     */
    public static Range range(java.util.List<Readout> history, java.util.List<String> names) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Readout r : history) {
            for (String name : names) {
                double value = r.value(name);
                if (Chart.drawable(value)) {
                    lo = Math.min(lo, value);
                    hi = Math.max(hi, value);
                }
            }
        }
        if (lo > hi) {
            return new Range(0, 1); // nothing to draw yet
        }
        if (hi > lo) {
            return new Range(lo, hi - lo);
        }
        double pad = lo == 0 ? 1 : Math.abs(lo) * 0.2;
        return new Range(lo - pad / 2, pad);
    }
}
