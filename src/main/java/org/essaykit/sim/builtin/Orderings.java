package org.essaykit.sim.builtin;

import org.essaykit.sim.Param;
import org.essaykit.sim.Rng;
import org.essaykit.sim.Run;
import org.essaykit.sim.Settings;
import org.essaykit.sim.Simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The essay's argument as a calculator: in which order do the four foundational properties emerge, and how
 * often does that order lead to deceptive alignment?
 *
 * <p>The essay (prepared for the Open Philanthropy AI Worldview Contest) names four
 * properties deceptive alignment needs: goal-directed behaviour (G), long-term goals (L), understanding of the
 * base goal (B) and situational awareness (S). Training runs from pre-training (time 0 to 1) through
 * fine-tuning (1 to 2). Each property emerges in pre-training with one probability (at a uniform time), else
 * in fine-tuning with another (at a triangular time with the given mode), else not within training.
 *
 * <p>The rule, from the essay: a model becomes deceptively aligned only if it has a goal before it understands
 * the base goal (G before B, so a proxy forms), and it has L, S and B (it must understand the base goal to
 * play along) before differential adversarial examples correct the proxy. Correction can only happen once the
 * model understands the base goal and has a goal to point at it, and only in fine-tuning, where such examples
 * exist; it arrives at an exponential time with the given rate per unit of fine-tuning. So B last (L and S
 * already there) is the dangerous case; G, B, L with a long gap is corrected.
 */
public final class Orderings implements Simulation {

    static final String[] PROPERTIES = {"G", "L", "B", "S"};
    static final int G = 0;
    static final int L = 1;
    static final int B = 2;
    static final int S = 3;
    /** 1.959964: the two-sided 95% normal quantile. */
    private static final double Z95 = 1.959963984540054;

    @Override
    public String name() {
        return "orderings";
    }

    @Override
    public String title() {
        return "The order of the foundational properties";
    }

    @Override
    public String description() {
        return "Set when goal-directedness, long-term goals, understanding of the base goal and situational "
                + "awareness tend to emerge, across pre-training and fine-tuning, and how fast differential "
                + "adversarial examples correct a proxy goal. The Monte Carlo estimate gives the chance of a "
                + "dangerous ordering, with a 95% interval, and how often each ordering happens.";
    }

    @Override
    public String source() {
        return "The essay \"Deceptive alignment is less than 1% likely by default\", prepared for the Open Philanthropy "
                + "AI Worldview Contest; its rules, with defaults of our choosing (the essay gives no numbers)";
    }

    /**
     * Defaults follow the essay's words, not a target number: B is largely there from pre-training and
     * prompting; L and S are "very unlikely in pre-training"; G comes with fine-tuning on tasks; long-term goals
     * are trained deliberately, later; correction takes "a significant number" of examples, so a moderate rate.
     */
    @Override
    public List<Param> params() {
        List<Param> params = new ArrayList<>();
        property(params, "G", "goal-directed behaviour", 0.05, 0.95, 0.2);
        property(params, "L", "long-term goals", 0.01, 0.5, 0.8);
        property(params, "B", "understanding of the base goal", 0.8, 0.99, 0.05);
        property(params, "S", "situational awareness", 0.01, 0.7, 0.5);
        params.add(Param.number("correctionRate", "Corrections per unit of fine-tuning", 10, 0, 1000, 0.5));
        params.add(Param.integer("samplesPerStep", "Samples per step", 10000, 1, 1000000));
        return params;
    }

    private static void property(List<Param> params, String key, String what, double pre, double fine,
                                 double mode) {
        params.add(Param.number(key + ".pre", "P(" + what + " in pre-training)", pre, 0, 1, 0.01));
        params.add(Param.number(key + ".fine", "P(" + what + " in fine-tuning, if not before)", fine, 0, 1, 0.01));
        params.add(Param.number(key + ".mode", "Most likely point of fine-tuning for " + what, mode, 0, 1, 0.01));
    }

    @Override
    public String label(String readout) {
        return switch (readout) {
            case "deceptive" -> "P(deceptive)";
            case "ciLow" -> "95% interval, low";
            case "ciHigh" -> "95% interval, high";
            case "proxyFirst" -> "proxy goal first";
            case "allFour" -> "all four emerge";
            default -> readout;
        };
    }

    @Override
    public List<List<String>> chart() {
        return List.of(List.of("deceptive", "ciLow", "ciHigh"), List.of("proxyFirst", "allFour"));
    }

    @Override
    public int defaultSteps() {
        return 20;
    }

    @Override
    public Run start(Settings settings) {
        Emergence[] emergence = new Emergence[4];
        for (int p = 0; p < 4; p++) {
            String key = PROPERTIES[p];
            emergence[p] = emergence(settings.number(key + ".pre"), settings.number(key + ".fine"),
                    settings.number(key + ".mode"));
        }
        return new OrderingsRun(new Rng(settings.seed()), emergence, settings.number("correctionRate"),
                settings.integer("samplesPerStep"));
    }

    /** When a property emerges: a time in [0, 2), or infinity for never within training. */
    @FunctionalInterface
    interface Emergence {
        double draw(Rng rng);
    }

    static Emergence emergence(double pre, double fine, double mode) {
        return rng -> {
            if (rng.chance(pre)) {
                return rng.nextDouble();
            }
            return rng.chance(fine) ? 1 + triangular(rng.nextDouble(), mode) : Double.POSITIVE_INFINITY;
        };
    }

    /** The inverse CDF of the triangular distribution on [0, 1] with the given mode. */
    static double triangular(double u, double mode) {
        return u < mode ? Math.sqrt(u * mode) : 1 - Math.sqrt((1 - u) * (1 - mode));
    }

    /** Is this draw deceptive? {@code correction} is the time after the start of correction that fixing the goal takes. */
    static boolean deceptive(double[] t, double correction) {
        if (!(t[G] < t[B])) {
            return false; // the base goal was understood first, or together: the goal points at it
        }
        double capable = Math.max(t[B], Math.max(t[L], t[S]));
        if (capable > 2) {
            return false; // not all four within training
        }
        double correctionStarts = Math.max(t[B], 1); // needs the concept, and fine-tuning's examples
        return capable <= correctionStarts || capable < correctionStarts + correction;
    }

    /** The ordering of four distinct finite times as an index into {@link #orderName}'s 24 names, or -1. */
    static int ordering(double[] t) {
        int index = 0;
        boolean[] used = new boolean[4];
        for (int position = 0; position < 4; position++) {
            int first = -1;
            for (int p = 0; p < 4; p++) {
                if (!used[p] && (first < 0 || t[p] < t[first])) {
                    first = p;
                }
            }
            if (t[first] == Double.POSITIVE_INFINITY) {
                return -1;
            }
            int rank = 0;
            for (int p = 0; p < first; p++) {
                rank += used[p] ? 0 : 1;
            }
            used[first] = true;
            index = index * (4 - position) + rank;
        }
        return index;
    }

    /** The name of ordering {@code index}, such as {@code "B<G<S<L"}. */
    static String orderName(int index) {
        int[] ranks = new int[4];
        for (int position = 3; position >= 0; position--) {
            int base = 4 - position;
            ranks[position] = index % base;
            index /= base;
        }
        boolean[] used = new boolean[4];
        StringBuilder name = new StringBuilder();
        for (int position = 0; position < 4; position++) {
            int rank = ranks[position];
            for (int p = 0; p < 4; p++) {
                if (!used[p] && rank-- == 0) {
                    used[p] = true;
                    name.append(position == 0 ? "" : "<").append(PROPERTIES[p]);
                    break;
                }
            }
        }
        return name.toString();
    }

    /** Wilson's 95% score interval for k successes in n trials. */
    static double[] wilson(long k, long n) {
        if (n == 0) {
            return new double[] {0, 1};
        }
        double p = (double) k / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    static final class OrderingsRun extends Run {

        private final Rng rng;
        private final Emergence[] emergence;
        private final double correctionRate;
        private final int samplesPerStep;
        private final long[] orderCounts = new long[24];
        private final long[] orderDeceptive = new long[24];
        private final double[] t = new double[4];
        private long samples;
        private long deceptive;
        private long proxyFirst;
        private long allFour;

        OrderingsRun(Rng rng, Emergence[] emergence, double correctionRate, int samplesPerStep) {
            this.rng = rng;
            this.emergence = emergence.clone();
            this.correctionRate = correctionRate;
            this.samplesPerStep = samplesPerStep;
        }

        @Override
        protected void advance() {
            for (int i = 0; i < samplesPerStep; i++) {
                for (int p = 0; p < 4; p++) {
                    t[p] = emergence[p].draw(rng);
                }
                double correction = correctionRate > 0 ? rng.exponential(correctionRate) : Double.POSITIVE_INFINITY;
                boolean bad = deceptive(t, correction);
                int order = ordering(t);
                samples++;
                deceptive += bad ? 1 : 0;
                proxyFirst += t[G] < t[B] ? 1 : 0;
                if (order >= 0 && t[L] <= 2 && t[S] <= 2 && t[G] <= 2 && t[B] <= 2) {
                    allFour++;
                    orderCounts[order]++;
                    orderDeceptive[order] += bad ? 1 : 0;
                }
            }
        }

        @Override
        protected void read(Map<String, Double> out) {
            // Before the first sample there is no estimate: NaN, which the chart leaves out.
            double[] ci = samples == 0 ? new double[] {Double.NaN, Double.NaN} : wilson(deceptive, samples);
            out.put("samples", (double) samples);
            out.put("deceptive", share(deceptive));
            out.put("ciLow", ci[0]);
            out.put("ciHigh", ci[1]);
            out.put("proxyFirst", share(proxyFirst));
            out.put("allFour", share(allFour));
            for (int order = 0; order < 24; order++) {
                out.put(orderName(order), share(orderCounts[order]));
            }
        }

        private double share(long count) {
            return samples == 0 ? Double.NaN : (double) count / samples;
        }

        /** Of the draws with this ordering, the share that was deceptive (NaN when there were none). */
        double deceptiveShare(int order) {
            return orderCounts[order] == 0 ? Double.NaN : (double) orderDeceptive[order] / orderCounts[order];
        }
    }
}
