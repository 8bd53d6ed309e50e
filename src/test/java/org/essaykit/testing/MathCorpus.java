package org.essaykit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The formula corpus ({@code src/test/resources/math/corpus.tex}): formulas as papers write them, one a line.
 * A line starting with {@code display:} holds an environment and is shown only as display math; every other
 * formula is shown both in running text and as display math.
 */
public final class MathCorpus {

    public record Formula(int line, String tex, boolean displayOnly) {
    }

    private static final Path FILE = Path.of("src/test/resources/math/corpus.tex");

    private MathCorpus() {
    }

    public static List<Formula> formulas() {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Formula> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("%")) {
                continue;
            }
            boolean display = line.startsWith("display:");
            out.add(new Formula(i + 1, display ? line.substring("display:".length()).strip() : line, display));
        }
        return out;
    }

    /**
     * A Markdown body showing every formula, in order: for each, a paragraph with it inline (unless display
     * only) and then a display block. The {@code <math>} elements of the page follow the same order.
     */
    public static String markdown(List<Formula> formulas) {
        StringBuilder body = new StringBuilder();
        for (Formula formula : formulas) {
            if (!formula.displayOnly()) {
                body.append("Line ").append(formula.line()).append(": $").append(formula.tex()).append("$ in a sentence.\n\n");
            }
            body.append("$$\n").append(formula.tex()).append("\n$$\n\n");
        }
        return body.toString();
    }

    /** The formula each {@code <math>} element of {@link #markdown}'s page shows, in order. */
    public static List<Formula> mathElements(List<Formula> formulas) {
        List<Formula> out = new ArrayList<>();
        for (Formula formula : formulas) {
            if (!formula.displayOnly()) {
                out.add(formula);
            }
            out.add(formula);
        }
        return out;
    }
}
