package org.essaykit.markdown;

import org.commonmark.node.SourceSpan;
import org.essaykit.math.TexResult;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One formula as written, with where its TeX lies in the Markdown (one span per line), and what the tree pass
 * made of it: its MathML or the converter's complaint, and for display math its label and number.
 */
final class MathFormula {

    private static final Pattern LABEL = Pattern.compile("\\\\label\\s*\\{([^{}]*)\\}");

    private final String tex;
    private final boolean display;
    private final List<SourceSpan> spans;
    /** From {@code {#id}} after the closing delimiter, or {@code \label{id}} inside; null if none. */
    private String label;
    private int labelOffset = -1;
    private int number;
    private TexResult result;
    private MathProblem problem;

    /**
     * @param tex     the TeX between the delimiters
     * @param spans   where each line of {@code tex} lies in the Markdown (empty when not tracked)
     * @param label   an id given after the closing delimiter, or null
     */
    MathFormula(String tex, boolean display, List<SourceSpan> spans, String label) {
        this.display = display;
        this.spans = List.copyOf(spans);
        this.label = label;
        this.tex = display ? takeLabel(tex) : tex;
    }

    /**
     * {@code \label{x}} names the equation; the converter does not see it (it is blanked out, so that the
     * converter's error offsets still point into the formula as written).
     */
    private String takeLabel(String written) {
        Matcher matcher = LABEL.matcher(written);
        if (!matcher.find()) {
            return written;
        }
        int start = matcher.start();
        int end = matcher.end();
        String named = matcher.group(1).strip();
        if (label != null || matcher.find()) {
            problem = at(label != null ? start : matcher.start(), "an equation has more than one label",
                    "keep one \\label{...} or {#...} per display equation");
        }
        if (label == null) {
            label = named;
            labelOffset = start;
        }
        return written.substring(0, start) + " ".repeat(end - start) + written.substring(end);
    }

    String tex() {
        return tex;
    }

    boolean display() {
        return display;
    }

    String label() {
        return label;
    }

    int number() {
        return number;
    }

    void number(int number) {
        this.number = number;
    }

    TexResult result() {
        return result;
    }

    void result(TexResult result) {
        this.result = result;
        if (!result.ok() && problem == null) {
            problem = at(Math.max(result.offset(), 0), "TeX: " + result.error(),
                    "fix the formula; $...$ and $$...$$ take the TeX of LaTeX's math mode (write \\$ for a dollar sign)");
        }
    }

    MathProblem problem() {
        return problem;
    }

    void problem(MathProblem problem) {
        if (this.problem == null) {
            this.problem = problem;
        }
    }

    /** A problem at the label, or at the formula's start when it has none in its TeX. */
    MathProblem atLabel(String message, String hint) {
        return at(Math.max(labelOffset, 0), message, hint);
    }

    /** A problem at {@code offset} characters into the TeX: its line and column in the Markdown body. */
    MathProblem at(int offset, String message, String hint) {
        int left = offset;
        for (SourceSpan span : spans) {
            if (left <= span.getLength()) {
                return new MathProblem(span.getLineIndex() + 1, span.getColumnIndex() + 1 + left, message, hint);
            }
            left -= span.getLength() + 1; // the line break
        }
        SourceSpan last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        return last == null ? new MathProblem(0, 0, message, hint)
                : new MathProblem(last.getLineIndex() + 1, last.getColumnIndex() + 1 + last.getLength(), message, hint);
    }
}
