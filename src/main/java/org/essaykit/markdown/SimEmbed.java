package org.essaykit.markdown;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.SourceSpan;
import org.essaykit.diag.Limits;
import org.essaykit.sim.Param;
import org.essaykit.sim.Settings;
import org.essaykit.sim.Simulation;
import org.essaykit.simc.SimulationCatalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code ```sim NAME} block with optional {@code key: value} lines ({@code seed} and the simulation's
 * parameters): the simulation and its settings. Its default run, computed on the JVM for the figure's SVG and
 * read-out, is {@link SimRuns}'. {@code controls: a, b} and {@code readouts: x, y} make a compact figure that offers only those
 * parameters and shows only those read-outs (the others keep the block's values); empty lists mean all.
 */
record SimEmbed(Simulation simulation, Settings settings, Map<String, String> overrides,
                List<String> controls, List<String> readouts) {

    SimEmbed {
        overrides = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        controls = List.copyOf(controls);
        readouts = List.copyOf(readouts);
    }

    /** Whether the figure offers this parameter (or the seed) to the reader. */
    boolean offers(String param) {
        return controls.isEmpty() || controls.contains(param);
    }

    /** Whether the figure shows this read-out. */
    boolean shows(String readout) {
        return readouts.isEmpty() || readouts.contains(readout);
    }

    static final String INFO = "sim";
    private static final long DEFAULT_SEED = 1;

    /** What is wrong with a block, at a line of the block (0 is the fence) and a column. */
    record Problem(int line, int column, String message, String hint) {
    }

    /** Parsed, or the problem that stops it. */
    record Parsed(SimEmbed embed, Problem problem) {
    }

    /** The key of a caption written in the post, read as inline Markdown, in place of the simulation's own words. */
    static final String CAPTION = "caption";

    /** The block's {@code caption:} line's value, or null. */
    static String caption(FencedCodeBlock block) {
        for (String line : block.getLiteral().split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith(CAPTION + ":")) {
                String value = stripped.substring(CAPTION.length() + 1).strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    static boolean isSim(FencedCodeBlock block) {
        String info = block.getInfo() == null ? "" : block.getInfo().strip();
        return info.equals(INFO) || info.startsWith(INFO + " ");
    }

    /**
     * The block parsed and its default run made (and kept by {@code runs}), or its problem: a wrong block, or a
     * simulation whose code throws (a site's own may), reported at the block with where it threw.
     */
    static Parsed runDefault(FencedCodeBlock block, SimRuns runs) {
        try {
            Parsed parsed = parse(block, runs.catalog());
            if (parsed.embed() != null) {
                runs.history(parsed.embed());
            }
            return parsed;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return problem(0, 1, "simulation `" + nameOf(block) + "` failed: " + e,
                    "it threw at " + thrownAt(e) + "; a simulation's code must not throw");
        }
    }

    /** The first place in the stack that is neither the JDK's nor essaykit's: the simulation's own line. */
    private static String thrownAt(Throwable e) {
        StackTraceElement[] stack = e.getStackTrace();
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")
                    && !type.startsWith("org.essaykit.")) {
                return frame.getFileName() + ":" + frame.getLineNumber() + " (" + frame.getMethodName() + ")";
            }
        }
        return stack.length == 0 ? "an unknown place" : stack[0].toString();
    }

    private static String nameOf(FencedCodeBlock block) {
        return block.getInfo().strip().substring(INFO.length()).replaceAll("\\{[^}]*\\}\\s*$", "").strip();
    }

    private static Parsed parse(FencedCodeBlock block, SimulationCatalog catalog) {
        String name = nameOf(block);
        Simulation simulation = catalog.named(name).orElse(null);
        if (simulation == null) {
            return problem(0, 1, name.isEmpty() ? "a sim block names no simulation" : "no simulation is called `" + name + "`",
                    (catalog.broken() ? "the site's simulations have errors (see simulations/), so not all of them "
                            + "could be named; " : "") + "write ```sim NAME with one of: " + String.join(", ", catalog.names()));
        }
        String keys = "seed, controls, readouts, caption, " + String.join(", ", simulation.params().stream().map(Param::name).toList());
        long seed = DEFAULT_SEED;
        Map<String, String> overrides = new LinkedHashMap<>();
        List<String> controls = List.of();
        List<String> readouts = List.of();
        List<String> readoutNames = simulation.start(DEFAULT_SEED).latest().names();
        String[] lines = block.getLiteral().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                return problem(i + 1, 1, "`" + line + "` in a sim block is not a `key: value` line", "its keys are: " + keys);
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (key.equals("controls") || key.equals("readouts")) {
                List<String> names = java.util.Arrays.stream(value.split(",")).map(String::strip)
                        .filter(n -> !n.isEmpty()).toList();
                List<String> known = key.equals("controls") ? simulation.params().stream().map(Param::name).toList()
                        : readoutNames;
                for (String n : names) {
                    if (!known.contains(n)) {
                        return problem(i + 1, lines[i].indexOf(n, colon) + 1, name + " has no "
                                + (key.equals("controls") ? "parameter" : "read-out") + " `" + n + "`",
                                "choose from: " + String.join(", ", known));
                    }
                }
                if (key.equals("controls")) {
                    controls = names;
                } else {
                    readouts = names;
                }
                continue;
            }
            if (key.equals(CAPTION)) {
                continue; // the tree pass makes it a FigureCaption ({@link #caption})
            }
            if (key.equals("seed")) {
                try {
                    seed = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    return problem(i + 1, 1, "seed `" + value + "` is not a whole number", "write seed: 1");
                }
                continue;
            }
            Param param = simulation.params().stream().filter(p -> p.name().equals(key)).findFirst().orElse(null);
            if (param == null) {
                return problem(i + 1, 1, name + " has no parameter `" + key + "`", "its keys are: " + keys);
            }
            String wrong = param.problem(value);
            if (wrong != null) {
                return problem(i + 1, lines[i].indexOf(value, lines[i].indexOf(':') + 1) + 1, key + ": " + wrong, param.kind() == Param.Kind.CHOICE
                        ? "choose one of: " + String.join(", ", param.choices())
                        : "a number from " + param.min() + " to " + param.max() + " (default " + param.initial() + ")");
            }
            overrides.put(key, value);
        }
        Settings settings = Settings.of(simulation, seed, overrides);
        String tooCostly = SimEmbedBudget.overBudget(simulation, settings);
        if (tooCostly != null) {
            return problem(0, 1, tooCostly, "lower the parameters that size a step (the page's sliders still go to "
                    + "the top of their ranges); " + Limits.SIM_WORK.howToRaise());
        }
        return new Parsed(new SimEmbed(simulation, settings, overrides, controls, readouts), null);
    }

    private static Parsed problem(int line, int column, String message, String hint) {
        return new Parsed(null, new Problem(line, column, message, hint));
    }

    /** The block's first line (the fence) in the body, 1-based, and its column. */
    static int[] fenceAt(FencedCodeBlock block) {
        List<SourceSpan> spans = block.getSourceSpans();
        if (spans.isEmpty()) {
            return new int[] {1, 1};
        }
        return new int[] {spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1};
    }
}
