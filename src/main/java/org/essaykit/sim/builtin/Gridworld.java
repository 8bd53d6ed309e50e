package org.essaykit.sim.builtin;

import org.essaykit.sim.DetMath;
import org.essaykit.sim.Param;
import org.essaykit.sim.Rng;
import org.essaykit.sim.Run;
import org.essaykit.sim.Settings;
import org.essaykit.sim.Simulation;

import java.util.List;
import java.util.Map;

/**
 * Goal misgeneralization in a grid, after CoinRun.
 *
 * <p>Langosco, Koch, Sharkey, Pfau and Krueger, "Goal Misgeneralization in Deep Reinforcement Learning",
 * ICML 2022 (arXiv:2105.14111): an agent trained with the coin always at the end of the level goes to the
 * end when the coin is moved; placing the coin at random in a small share of training levels largely fixes
 * it.
 *
 * <p>The agent starts in the left half of a square grid; the coin is in the top-right corner except in a
 * share of randomised training levels. At test the coin is anywhere off the shortest ways to the corner
 * (left of or below the start), so that going for the coin and going for the corner come apart. The
 * policy is a softmax over four moves, linear in features that describe both where the agent is (one-hot column and row, a bias) and where the coin is
 * (the sign of its direction on each axis), trained by policy gradient with a learned linear baseline. A
 * table over full states could not show the effect (the test states were never visited); a function
 * approximator must generalise from somewhere, and the question is from which features.
 */
public final class Gridworld implements Simulation {

    private static final int[] DX = {1, 0, -1, 0};
    private static final int[] DY = {0, 1, 0, -1};
    private static final double GAMMA = 0.95;
    private static final int TEST_LEVELS = 200;

    @Override
    public String name() {
        return "gridworld";
    }

    @Override
    public String title() {
        return "Goal misgeneralization: the coin or the corner?";
    }

    @Override
    public String description() {
        return "An agent learns to collect a coin that sits in the top-right corner of every training level. At "
                + "test the coin is anywhere off the way to the corner. Watch whether it goes for the coin or for "
                + "the corner, and how the share of training levels with the coin placed at random changes that.";
    }

    @Override
    public String source() {
        return "Langosco et al., Goal Misgeneralization in Deep Reinforcement Learning, ICML 2022, arXiv:2105.14111";
    }

    @Override
    public List<Param> params() {
        return List.of(
                Param.number("randomised", "Share of training levels with the coin placed at random", 0.0, 0.0,
                        1.0, 0.01),
                Param.integer("size", "Grid size", 6, 4, 12),
                Param.integer("episodesPerStep", "Training episodes per step", 200, 1, 10000),
                Param.number("learningRate", "Learning rate", 0.1, 0.001, 1.0, 0.001));
    }

    @Override
    public String label(String readout) {
        return switch (readout) {
            case "coinAtTest" -> "coin at test";
            case "cornerAtTest" -> "corner at test";
            case "trainReturn" -> "training return";
            default -> readout;
        };
    }

    @Override
    public List<List<String>> chart() {
        return List.of(List.of("trainReturn", "coinAtTest", "cornerAtTest"));
    }

    @Override
    public int defaultSteps() {
        return 40;
    }

    @Override
    public Run start(Settings settings) {
        return new GridRun(settings);
    }

    /** A level: where the agent starts and where the coin is. */
    record Level(int startX, int startY, int coinX, int coinY) {
    }

    /** The result of one episode. */
    record Episode(boolean gotCoin, boolean cornerFirst, int steps) {
    }

    static final class GridRun extends Run {

        private final int size;
        private final int features;
        private final double randomised;
        private final int episodesPerStep;
        private final double learningRate;
        private final Rng rng;
        private final Rng evalRng;
        private final Level[] testLevels;
        private final double[][] theta;
        private final double[] value;
        // Scratch for one episode, reused so training allocates nothing.
        private final int maxSteps;
        private final int[] xs;
        private final int[] ys;
        private final int[] actions;
        private final double[] phi;
        private final double[] probs = new double[4];
        private int episodes;
        private double trainReturn;

        GridRun(Settings settings) {
            size = settings.integer("size");
            features = 3 + 2 * size;
            randomised = settings.number("randomised");
            episodesPerStep = settings.integer("episodesPerStep");
            learningRate = settings.number("learningRate");
            Rng root = new Rng(settings.seed());
            rng = root.split();
            evalRng = root.split();
            testLevels = new Level[TEST_LEVELS];
            for (int i = 0; i < TEST_LEVELS; i++) {
                testLevels[i] = level(evalRng, true);
            }
            theta = new double[4][features];
            value = new double[features];
            maxSteps = 4 * size;
            xs = new int[maxSteps + 1];
            ys = new int[maxSteps + 1];
            actions = new int[maxSteps];
            phi = new double[features];
        }

        /**
         * A training level (coin in the corner, or anywhere with probability {@code randomised}) or a test level,
         * whose coin is never on a shortest way to the corner: there the two goals say different things.
         */
        private Level level(Rng r, boolean test) {
            int sx = r.nextInt((size + 1) / 2);
            int sy = r.nextInt(size);
            if (!test && !r.chance(randomised)) {
                return new Level(sx, sy, size - 1, size - 1);
            }
            int cx = r.nextInt(size);
            int cy = r.nextInt(size);
            boolean onTheWay = cx >= sx && cy >= sy;
            if ((cx == sx && cy == sy) || (test && onTheWay)) {
                return level(r, test); // draw the whole level again: from (0, 0) every cell is on the way
            }
            return new Level(sx, sy, cx, cy);
        }

        private void features(int x, int y, Level level, double[] out) {
            java.util.Arrays.fill(out, 0);
            out[0] = 1;
            out[1 + x] = 1;
            out[1 + size + y] = 1;
            out[1 + 2 * size] = Integer.signum(level.coinX() - x);
            out[2 + 2 * size] = Integer.signum(level.coinY() - y);
        }

        private void policy(double[] f) {
            double max = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < 4; a++) {
                probs[a] = dot(theta[a], f);
                max = Math.max(max, probs[a]);
            }
            double sum = 0;
            for (int a = 0; a < 4; a++) {
                probs[a] = DetMath.exp(probs[a] - max);
                sum += probs[a];
            }
            for (int a = 0; a < 4; a++) {
                probs[a] /= sum;
            }
        }

        private int sample(Rng r) {
            double u = r.nextDouble();
            for (int a = 0; a < 3; a++) {
                u -= probs[a];
                if (u < 0) {
                    return a;
                }
            }
            return 3;
        }

        /** Plays one episode with the current policy, remembering the path for learning. */
        private Episode play(Level level, Rng r) {
            int x = level.startX();
            int y = level.startY();
            boolean corner = false;
            int t = 0;
            xs[0] = x;
            ys[0] = y;
            while (t < maxSteps) {
                features(x, y, level, phi);
                policy(phi);
                int a = sample(r);
                actions[t] = a;
                x = Math.max(0, Math.min(size - 1, x + DX[a]));
                y = Math.max(0, Math.min(size - 1, y + DY[a]));
                t++;
                xs[t] = x;
                ys[t] = y;
                if (x == level.coinX() && y == level.coinY()) {
                    return new Episode(true, corner, t);
                }
                corner |= x == size - 1 && y == size - 1;
            }
            return new Episode(false, corner, t);
        }

        /** REINFORCE with a linear baseline over the episode just played. */
        private void learn(Level level, Episode episode) {
            double g = episode.gotCoin() ? 1 : 0;
            for (int t = episode.steps() - 1; t >= 0; t--) {
                features(xs[t], ys[t], level, phi);
                double advantage = g - dot(value, phi);
                policy(phi);
                for (int a = 0; a < 4; a++) {
                    double grad = (a == actions[t] ? 1 : 0) - probs[a];
                    addScaled(theta[a], phi, learningRate * advantage * grad);
                }
                addScaled(value, phi, learningRate * advantage / features);
                g *= GAMMA;
            }
        }

        @Override
        protected void advance() {
            double sum = 0;
            for (int i = 0; i < episodesPerStep; i++) {
                Level level = level(rng, false);
                Episode episode = play(level, rng);
                learn(level, episode);
                sum += episode.gotCoin() ? pow(GAMMA, episode.steps() - 1) / optimal(level) : 0;
            }
            trainReturn = sum / episodesPerStep;
            episodes += episodesPerStep;
        }

        /** The best return from a level: the shortest path is the Manhattan distance. */
        private static double optimal(Level level) {
            int distance = Math.abs(level.coinX() - level.startX()) + Math.abs(level.coinY() - level.startY());
            return pow(GAMMA, distance - 1);
        }

        private static double pow(double base, int n) {
            double result = 1;
            for (int i = 0; i < n; i++) {
                result *= base;
            }
            return result;
        }

        @Override
        protected void read(Map<String, Double> out) {
            int coin = 0;
            int corner = 0;
            Rng r = new Rng(episodes); // the same test rolls at every read-out, so the curve is not noisier than the policy
            for (Level level : testLevels) {
                Episode episode = play(level, r);
                coin += episode.gotCoin() ? 1 : 0;
                corner += episode.cornerFirst() ? 1 : 0;
            }
            out.put("episodes", (double) episodes);
            out.put("trainReturn", trainReturn);
            out.put("coinAtTest", coin / (double) TEST_LEVELS);
            out.put("cornerAtTest", corner / (double) TEST_LEVELS);
        }

        private static double dot(double[] a, double[] b) {
            double s = 0;
            for (int i = 0; i < a.length; i++) {
                s += a[i] * b[i];
            }
            return s;
        }

        private static void addScaled(double[] target, double[] v, double scale) {
            for (int i = 0; i < target.length; i++) {
                target[i] += scale * v[i];
            }
        }
    }
}
