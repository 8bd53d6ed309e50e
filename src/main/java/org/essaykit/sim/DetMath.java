package org.essaykit.sim;

/**
 * {@code log} and {@code exp} from +, *, / and sqrt alone. IEEE 754 fixes those to the last bit, while
 * {@code Math.log} and {@code Math.exp} may differ by an ulp between the JVM and a browser, and a
 * simulation can turn an ulp into a different run. Accurate to a few ulps, which is plenty here.
 */
public final class DetMath {

    /** ln 2 in two parts (fdlibm's): k * LN2_HI is exact for the k used here, so large arguments keep their precision. */
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double SQRT2 = 1.4142135623730951;

    private DetMath() {
    }

    public static double log(double x) {
        if (!(x > 0)) {
            return x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        // x = m * 2^k with m in [sqrt(1/2), sqrt(2)); the loops are exact (powers of two).
        int k = 0;
        double m = x;
        while (m >= SQRT2) {
            m *= 0.5;
            k++;
        }
        while (m < SQRT2 / 2) {
            m *= 2;
            k--;
        }
        // log m = 2 atanh z, z = (m-1)/(m+1), |z| < 0.172: the odd series converges fast.
        double z = (m - 1) / (m + 1);
        double z2 = z * z;
        double term = z;
        double sum = 0;
        for (int n = 1; n < 40; n += 2) {
            double add = term / n;
            sum += add;
            if (Math.abs(add) < 1e-18 * Math.abs(sum)) {
                break;
            }
            term *= z2;
        }
        // The small parts first, written left to right: TeaVM 0.15's JavaScript drops the parentheses of
        // a + (b + c), which then rounds differently; Wasm and the JVM keep them (see package-info).
        return 2 * sum + k * LN2_LO + k * LN2_HI;
    }

    public static double exp(double x) {
        if (x != x) {
            return x;
        }
        if (x > 709.78) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -745.2) {
            return 0;
        }
        // x = k ln2 + r with |r| <= ln2/2, then e^r by its Taylor series and 2^k by exact doublings.
        int k = (int) Math.floor(x / (LN2_HI + LN2_LO) + 0.5);
        double r = (x - k * LN2_HI) - k * LN2_LO;
        double term = 1;
        double sum = 1;
        for (int n = 1; n < 30; n++) {
            term = r / n * term; // not term *= r / n, which TeaVM's JavaScript runs as term * r / n
            sum += term;
            if (Math.abs(term) < 1e-18 * sum) {
                break;
            }
        }
        for (; k > 0; k--) {
            sum *= 2;
        }
        for (; k < 0; k++) {
            sum *= 0.5;
        }
        return sum;
    }
}
