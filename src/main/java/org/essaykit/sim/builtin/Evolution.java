package org.essaykit.sim.builtin;

import org.essaykit.sim.Param;
import org.essaykit.sim.Rng;
import org.essaykit.sim.Run;
import org.essaykit.sim.Settings;
import org.essaykit.sim.Simulation;

import java.util.List;
import java.util.Map;

/**
 * Evolution against a test it can recognise: "playing dead" in Avida.
 *
 * <p>Lehman et al., "The Surprising Creativity of Digital Evolution", Artificial Life 26(2), 2020
 * (arXiv:1803.03453): mutants that replicated faster than their parent in an isolated test environment
 * were removed; organisms evolved to recognise the test inputs and not replicate there; randomising the
 * inputs slowed the rise, as organisms then used the speed-up only part of the time. The essay
 * reads this as optimisation in opposite directions in test and deployment, and lists three training and
 * deployment regimes where none pushes the other way.
 *
 * <p>A genome has three genes in [0, 1]: a speed-up {@code s} (replicating {@code 1 + gain * s} times as
 * fast when used), a test detector {@code d} (the chance of recognising a recognisable test, which costs a
 * little replication) and {@code p}, the chance of using the speed-up when it sees no test. In deployment
 * no detector fires. Each generation runs the regime's phases; a phase selects for the speed-up (offspring
 * in proportion to replication), against it (a tested organism caught using it is removed) or not at all
 * (frozen: nothing changes).
 *
 * <p>Mutation keeps every gene a little above zero (a gene at 0 can only mutate up), so a gene nothing
 * selects for sits where mutation and its cost balance. The detector's default cost is what keeps that
 * balance near zero: with a cheap detector it drifts up to about 0.2 wherever it is useless (under no test
 * as much as in the essay's regimes), which is mutation, not selection.
 */
public final class Evolution implements Simulation {

    /** Organisms speeding up by less than this pass the test: the test can only see a measurable change. */
    private static final double MEASURABLE = 0.02;
    private static final double MUTATION_SIZE = 0.1;

    enum Direction { FOR_SPEEDUP, AGAINST_SPEEDUP, FROZEN }

    /** One phase of a generation; {@code recognisable} is how well a detector can tell it is a test (0 in deployment). */
    record Phase(Direction direction, double recognisable, boolean isTest) {
    }

    private static final List<String> REGIMES = List.of("fixed-test", "randomised-test", "same-direction-test",
            "no-test", "train-then-frozen", "alternate-train-frozen", "train-and-deploy-same-way");

    @Override
    public String name() {
        return "evolution";
    }

    @Override
    public String title() {
        return "Evolution against a recognisable test";
    }

    @Override
    public String description() {
        return "Genomes with a speed-up, a test detector and a chance of using the speed-up, under a test that "
                + "removes faster replicators and a deployment that rewards them. Watch the detector spread when "
                + "the test can be recognised, and the speed-up stay down when nothing optimises the other way.";
    }

    @Override
    public String source() {
        return "Lehman et al., The Surprising Creativity of Digital Evolution, Artificial Life 2020, arXiv:1803.03453";
    }

    @Override
    public List<Param> params() {
        return List.of(
                Param.choice("regime", "Regime", "fixed-test", REGIMES),
                Param.integer("population", "Population", 200, 20, 2000),
                Param.number("gain", "Replication gain of the speed-up", 2.0, 0.1, 4.0, 0.1),
                Param.number("tested", "Share tested each generation", 1.0, 0.05, 1.0, 0.05),
                Param.number("mutation", "Mutation rate per gene", 0.1, 0.0, 0.5, 0.01),
                Param.number("detectorCost", "Replication cost of a full detector", 0.2, 0.0, 0.5, 0.01),
                Param.integer("trainGenerations", "Training generations (train-then-frozen)", 150, 1, 10000),
                Param.integer("phaseLength", "Generations per phase (alternate-train-frozen)", 25, 1, 1000));
    }

    @Override
    public String label(String readout) {
        return switch (readout) {
            case "deploymentReplication" -> "replication in deployment";
            case "testReplication" -> "replication under test";
            case "detector" -> "test detector";
            case "speedup" -> "speed-up";
            default -> readout;
        };
    }

    @Override
    public List<List<String>> chart() {
        return List.of(List.of("detector", "use", "speedup"), List.of("deploymentReplication", "testReplication"));
    }

    @Override
    public int defaultSteps() {
        return 300;
    }

    @Override
    public Run start(Settings settings) {
        return new EvolutionRun(settings);
    }

    /** The phases of generation {@code g} (0-based) under a regime. */
    static List<Phase> phases(String regime, int g, int trainGenerations, int phaseLength) {
        Phase fixedTest = new Phase(Direction.AGAINST_SPEEDUP, 1, true);
        Phase deploy = new Phase(Direction.FOR_SPEEDUP, 0, false);
        Phase frozen = new Phase(Direction.FROZEN, 0, false);
        return switch (regime) {
            case "fixed-test" -> List.of(fixedTest, deploy);
            // New inputs every time: nothing fixed for a detector to latch on to.
            case "randomised-test" -> List.of(new Phase(Direction.AGAINST_SPEEDUP, 0, true), deploy);
            case "same-direction-test" -> List.of(new Phase(Direction.FOR_SPEEDUP, 1, true), deploy);
            case "no-test" -> List.of(deploy);
            // The essay's three regimes: training is the recognisable test; deployment never pushes the other way.
            case "train-then-frozen" -> List.of(g < trainGenerations ? fixedTest : frozen);
            case "alternate-train-frozen" -> List.of((g / phaseLength) % 2 == 0 ? fixedTest : frozen);
            case "train-and-deploy-same-way" -> List.of(fixedTest, new Phase(Direction.AGAINST_SPEEDUP, 0, false));
            default -> throw new IllegalArgumentException("unknown regime " + regime);
        };
    }

    private static final class EvolutionRun extends Run {

        private final Rng rng;
        private final String regime;
        private final double gain;
        private final double tested;
        private final double mutation;
        private final double detectorCost;
        private final int trainGenerations;
        private final int phaseLength;
        private double[] speedup;
        private double[] detector;
        private double[] use;
        private final double[] weight;
        private int generation;

        EvolutionRun(Settings settings) {
            rng = new Rng(settings.seed());
            regime = settings.choice("regime");
            gain = settings.number("gain");
            tested = settings.number("tested");
            mutation = settings.number("mutation");
            detectorCost = settings.number("detectorCost");
            trainGenerations = settings.integer("trainGenerations");
            phaseLength = settings.integer("phaseLength");
            int n = settings.integer("population");
            speedup = new double[n];
            detector = new double[n];
            use = new double[n];
            weight = new double[n];
            for (int i = 0; i < n; i++) {
                speedup[i] = rng.uniform(0, 0.4); // some speed-up already around, as in a real population
                use[i] = rng.uniform(0.25, 0.75);
            }
        }

        @Override
        protected void advance() {
            for (Phase phase : phases(regime, generation, trainGenerations, phaseLength)) {
                select(phase);
            }
            generation++;
        }

        private boolean usesSpeedup(int i, Phase phase) {
            boolean seesTest = phase.isTest() && rng.chance(detector[i] * phase.recognisable());
            return !seesTest && rng.chance(use[i]);
        }

        private void select(Phase phase) {
            int n = speedup.length;
            boolean anyone = false;
            for (int i = 0; i < n; i++) {
                double w = 1 - detectorCost * detector[i];
                switch (phase.direction()) {
                    case FROZEN -> {
                        return; // no updates in this phase: the population stays as it is
                    }
                    case FOR_SPEEDUP -> w *= usesSpeedup(i, phase) ? 1 + gain * speedup[i] : 1;
                    case AGAINST_SPEEDUP -> {
                        boolean checked = !phase.isTest() || rng.chance(tested);
                        if (checked && speedup[i] > MEASURABLE && usesSpeedup(i, phase)) {
                            w = 0; // caught replicating faster: removed
                        }
                    }
                }
                weight[i] = w;
                anyone |= w > 0;
            }
            if (anyone) {
                reproduce();
            }
        }

        /** Wright-Fisher: n offspring drawn in proportion to weight, each gene mutated. */
        private void reproduce() {
            int n = weight.length;
            double[] cumulative = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += weight[i];
                cumulative[i] = total;
            }
            double[] s = new double[n];
            double[] d = new double[n];
            double[] p = new double[n];
            for (int k = 0; k < n; k++) {
                int parent = pick(cumulative, rng.nextDouble() * total);
                s[k] = mutate(speedup[parent]);
                d[k] = mutate(detector[parent]);
                p[k] = mutate(use[parent]);
            }
            speedup = s;
            detector = d;
            use = p;
        }

        private static int pick(double[] cumulative, double x) {
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > x) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        private double mutate(double gene) {
            if (!rng.chance(mutation)) {
                return gene;
            }
            double g = gene + MUTATION_SIZE * rng.nextGaussian();
            return g < 0 ? 0 : g > 1 ? 1 : g;
        }

        @Override
        protected void read(Map<String, Double> out) {
            int n = speedup.length;
            double s = 0;
            double d = 0;
            double p = 0;
            double deploySpeedup = 0;
            double testSpeedup = 0;
            for (int i = 0; i < n; i++) {
                s += speedup[i];
                d += detector[i];
                p += use[i];
                double rate = gain * speedup[i] * use[i];
                // Sums of the extra rate, not of 1 + rate: `x += 1 + rate` is x + (1 + rate), which TeaVM's
                // JavaScript turns into (x + 1) + rate (see package-info).
                deploySpeedup += rate;
                testSpeedup += rate * (1 - detector[i]); // in the recognisable test
            }
            out.put("generation", (double) generation);
            out.put("detector", d / n);
            out.put("use", p / n);
            out.put("speedup", s / n);
            out.put("deploymentReplication", 1 + deploySpeedup / n);
            out.put("testReplication", 1 + testSpeedup / n);
        }
    }
}
