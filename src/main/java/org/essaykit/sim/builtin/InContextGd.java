package org.essaykit.sim.builtin;

import org.essaykit.sim.Param;
import org.essaykit.sim.Rng;
import org.essaykit.sim.Run;
import org.essaykit.sim.Settings;
import org.essaykit.sim.Simulation;

import java.util.List;
import java.util.Map;

/**
 * A mesa-optimizer forming: a linear self-attention layer trained on regression tasks learns to do one step
 * of gradient descent on its context.
 *
 * <p>von Oswald et al., "Transformers Learn In-Context by Gradient Descent", ICML 2023 (arXiv:2212.07677):
 * one linear self-attention layer, trained on random linear regression tasks (inputs uniform in
 * (-0.5, 0.5), task weights standard normal, loss on the query token), converges to one step of gradient
 * descent with a tuned step size: the same loss, and input sensitivities with cosine similarity near 1.
 *
 * <p>Tokens are {@code e_i = (x_i, y_i)} for the context and {@code (x_q, 0)} for the query. The layer's
 * prediction for the query is {@code y = (1/N) sum_i (v . e_i) (e_i^T A x_q)}: {@code A} is the key-query
 * product restricted to the query's x part (its y part is 0), {@code v} the value-projection row that
 * writes into the y slot. This is the paper's single head read at the query's output, with the products of
 * matrices merged, which does not change what the layer can compute. One step of GD from w = 0 on the
 * context's squared loss predicts {@code (eta/N) sum_i y_i x_i . x_q}: the layer with {@code v = (0, 1)}
 * and {@code A = eta [I; 0]}. Training uses Adam on fresh tasks; losses are half squared errors, as in the
 * paper, on a fixed set of evaluation tasks; GD's step size is the best one for that set.
 */
public final class InContextGd implements Simulation {

    private static final int EVAL_TASKS = 1000;

    @Override
    public String name() {
        return "in-context-gd";
    }

    @Override
    public String title() {
        return "In-context learning by gradient descent";
    }

    @Override
    public String description() {
        return "A linear self-attention layer is trained on thousands of small regression problems, each given "
                + "in its context. Watch its loss fall to the loss of one step of gradient descent, and the "
                + "cosine similarity of the two's input sensitivities climb to 1: the trained weights implement "
                + "an optimizer.";
    }

    @Override
    public String source() {
        return "von Oswald et al., Transformers Learn In-Context by Gradient Descent, ICML 2023, arXiv:2212.07677";
    }

    @Override
    public List<Param> params() {
        return List.of(
                Param.integer("dim", "Input dimension", 10, 1, 20),
                Param.integer("context", "Context points", 10, 1, 50),
                Param.number("learningRate", "Adam learning rate", 0.002, 0.0001, 0.05, 0.0001),
                Param.integer("batch", "Tasks per update", 64, 1, 1024),
                Param.integer("updatesPerStep", "Updates per step", 50, 1, 10000));
    }

    @Override
    public String label(String readout) {
        return switch (readout) {
            case "loss" -> "transformer loss";
            case "gdLoss" -> "gradient descent loss";
            case "gdStepSize" -> "GD step size";
            default -> readout;
        };
    }

    @Override
    public List<List<String>> chart() {
        return List.of(List.of("loss", "gdLoss"), List.of("cosine"));
    }

    @Override
    public int defaultSteps() {
        return 100;
    }

    @Override
    public Run start(Settings settings) {
        return new LsaRun(settings);
    }

    /** One regression task: context inputs and targets, the query input and target. */
    record Task(double[][] xs, double[] ys, double[] query, double target) {
    }

    static Task task(Rng rng, int dim, int context) {
        double[] w = new double[dim];
        for (int k = 0; k < dim; k++) {
            w[k] = rng.nextGaussian();
        }
        double[][] xs = new double[context][];
        double[] ys = new double[context];
        for (int i = 0; i < context; i++) {
            xs[i] = input(rng, dim);
            ys[i] = dot(w, xs[i]);
        }
        double[] query = input(rng, dim);
        return new Task(xs, ys, query, dot(w, query));
    }

    private static double[] input(Rng rng, int dim) {
        double[] x = new double[dim];
        for (int k = 0; k < dim; k++) {
            x[k] = rng.uniform(-0.5, 0.5);
        }
        return x;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** {@code (1/N) sum_i y_i x_i}: one GD step's direction, and so GD's sensitivity to the query up to eta. */
    static double[] gdDirection(Task task) {
        int dim = task.query().length;
        double[] g = new double[dim];
        for (int i = 0; i < task.ys().length; i++) {
            for (int k = 0; k < dim; k++) {
                g[k] += task.ys()[i] * task.xs()[i][k];
            }
        }
        for (int k = 0; k < dim; k++) {
            g[k] /= task.ys().length;
        }
        return g;
    }

    static final class LsaRun extends Run {

        private static final double BETA1 = 0.9;
        private static final double BETA2 = 0.999;
        private static final double EPSILON = 1e-8;

        private final int dim;
        private final int context;
        private final double learningRate;
        private final int batch;
        private final int updatesPerStep;
        private final Rng rng;
        private final Task[] evalTasks;
        private final double gdEta;
        private final double gdLoss;
        /** Parameters, flattened: v (dim + 1), then A row-major ((dim + 1) x dim). */
        private final double[] params;
        private final double[] grad;
        private final double[] m;
        private final double[] s;
        // Scratch for one task.
        private final double[] e;
        private final double[] ax;
        private final double[] c;
        private int updates;

        LsaRun(Settings settings) {
            dim = settings.integer("dim");
            context = settings.integer("context");
            learningRate = settings.number("learningRate");
            batch = settings.integer("batch");
            updatesPerStep = settings.integer("updatesPerStep");
            Rng root = new Rng(settings.seed());
            rng = root.split();
            Rng evalRng = root.split();
            evalTasks = new Task[EVAL_TASKS];
            for (int i = 0; i < EVAL_TASKS; i++) {
                evalTasks[i] = task(evalRng, dim, context);
            }
            // GD's best step size on the evaluation set: least squares of the target on the GD prediction.
            double num = 0;
            double den = 0;
            for (Task t : evalTasks) {
                double unit = dot(gdDirection(t), t.query());
                num += unit * t.target();
                den += unit * unit;
            }
            gdEta = num / den;
            double loss = 0;
            for (Task t : evalTasks) {
                double r = gdEta * dot(gdDirection(t), t.query()) - t.target();
                loss += 0.5 * r * r;
            }
            gdLoss = loss / EVAL_TASKS;
            int size = (dim + 1) + (dim + 1) * dim;
            params = new double[size];
            Rng init = root.split();
            for (int i = 0; i < size; i++) {
                params[i] = 0.01 * init.nextGaussian(); // small, so the layer starts near predicting 0
            }
            grad = new double[size];
            m = new double[size];
            s = new double[size];
            e = new double[dim + 1];
            ax = new double[dim + 1];
            c = new double[dim + 1];
        }

        /** The layer's prediction; leaves {@code A x_q} in {@code ax} and {@code (1/N) sum (v.e_i) e_i} in {@code c}. */
        private double predict(Task t) {
            int rows = dim + 1;
            for (int r = 0; r < rows; r++) {
                double sum = 0;
                int base = rows + r * dim;
                for (int k = 0; k < dim; k++) {
                    sum += params[base + k] * t.query()[k];
                }
                ax[r] = sum;
                c[r] = 0;
            }
            double y = 0;
            for (int i = 0; i < context; i++) {
                System.arraycopy(t.xs()[i], 0, e, 0, dim);
                e[dim] = t.ys()[i];
                double value = 0;
                double score = 0;
                for (int r = 0; r < rows; r++) {
                    value += params[r] * e[r];
                    score += e[r] * ax[r];
                }
                y += value * score;
                for (int r = 0; r < rows; r++) {
                    c[r] += value * e[r];
                }
            }
            for (int r = 0; r < rows; r++) {
                c[r] /= context;
            }
            return y / context;
        }

        @Override
        protected void advance() {
            for (int u = 0; u < updatesPerStep; u++) {
                update();
            }
        }

        private void update() {
            int rows = dim + 1;
            java.util.Arrays.fill(grad, 0);
            for (int b = 0; b < batch; b++) {
                Task t = task(rng, dim, context);
                double residual = (predict(t) - t.target()) / batch;
                // dy/dv = (1/N) sum_i e_i (e_i . A x_q)
                for (int i = 0; i < context; i++) {
                    double score = 0;
                    for (int k = 0; k < dim; k++) {
                        score += t.xs()[i][k] * ax[k];
                    }
                    score += t.ys()[i] * ax[dim];
                    double scale = residual * score / context;
                    for (int k = 0; k < dim; k++) {
                        grad[k] += scale * t.xs()[i][k];
                    }
                    grad[dim] += scale * t.ys()[i];
                }
                // dy/dA = c x_q^T
                for (int r = 0; r < rows; r++) {
                    int base = rows + r * dim;
                    double scale = residual * c[r];
                    for (int k = 0; k < dim; k++) {
                        grad[base + k] += scale * t.query()[k];
                    }
                }
            }
            updates++;
            double correction1 = 1 - power(BETA1, updates);
            double correction2 = 1 - power(BETA2, updates);
            for (int i = 0; i < params.length; i++) {
                m[i] = BETA1 * m[i] + (1 - BETA1) * grad[i];
                s[i] = BETA2 * s[i] + (1 - BETA2) * grad[i] * grad[i];
                // m / c1 * lr, not lr * (m / c1): the same double, but TeaVM's JavaScript would print the latter
                // as lr * m / c1, which is not (see package-info).
                params[i] -= m[i] / correction1 * learningRate / (Math.sqrt(s[i] / correction2) + EPSILON);
            }
        }

        private static double power(double base, int n) {
            // by squaring, exact enough and free of Math.pow, whose last bit may differ in a browser
            double result = 1;
            double b = base;
            for (int k = n; k > 0; k >>= 1) {
                if ((k & 1) != 0) {
                    result *= b;
                }
                b *= b;
            }
            return result;
        }

        @Override
        protected void read(Map<String, Double> out) {
            double loss = 0;
            double cosine = 0;
            double[] sensitivity = new double[dim];
            for (Task t : evalTasks) {
                double r = predict(t) - t.target();
                loss += 0.5 * r * r;
                // d y / d x_q = A^T c for the layer, eta (1/N) sum y_i x_i for GD.
                for (int k = 0; k < dim; k++) {
                    double sum = 0;
                    for (int row = 0; row <= dim; row++) {
                        sum += params[dim + 1 + row * dim + k] * c[row];
                    }
                    sensitivity[k] = sum;
                }
                double[] gd = gdDirection(t);
                double norms = Math.sqrt(dot(sensitivity, sensitivity) * dot(gd, gd));
                cosine += norms > 0 ? dot(sensitivity, gd) * Math.signum(gdEta) / norms : 0;
            }
            out.put("updates", (double) updates);
            out.put("loss", loss / EVAL_TASKS);
            out.put("gdLoss", gdLoss);
            out.put("gdStepSize", gdEta);
            out.put("cosine", cosine / EVAL_TASKS);
        }
    }
}
