package org.essaykit.markdown;

import org.commonmark.node.SourceSpan;
import org.essaykit.math.TexResult;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One formula as written, with where each line of its TeX starts in the Markdown, and what the tree pass made
 * of it: its MathML or the converter's complaint, and for display math its label and number.
 */
final class MathFormula {

    /** Where a line of the TeX starts in the body: 0-based line and column, as in CommonMark's source spans. */
    record LineStart(int line, int column) {

        /** The starts of the lines of {@code written}, whose first line begins {@code skip} characters into its span. */
        static List<LineStart> of(List<SourceSpan> written, int skip) {
            List<LineStart> starts = new ArrayList<>();
            for (SourceSpan span : written) {
                starts.add(new LineStart(span.getLineIndex(), span.getColumnIndex() + (starts.isEmpty() ? skip : 0)));
            }
            return starts;
        }
    }

    private static final Pattern LABEL = Pattern.compile("\\\\label\\s*\\{([^{}]*)\\}");

    /** The TeX as written, and as the converter sees it (labels blanked out: same length, same lines). */
    private final String written;
    private final String tex;
    private final boolean display;
    /** One per line of {@link #tex}, or none when the parser kept no positions. */
    private final List<LineStart> lines;
    /** From {@code {#id}} after the closing delimiter, or {@code \label{id}} inside; null if none. */
    private String label;
    private int labelOffset = -1;
    private int number;
    private TexResult result;
    private MathProblem problem;

    /**
     * @param tex     the TeX between the delimiters
     * @param lines   where each line of {@code tex} starts in the Markdown (empty when not tracked)
     * @param label   an id given after the closing delimiter, or null
     */
    MathFormula(String tex, boolean display, List<LineStart> lines, String label) {
        this.display = display;
        this.lines = List.copyOf(lines);
        this.written = tex;
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

    /**
     * A problem at {@code offset} characters into the TeX: its line and column in the Markdown body. An offset
     * past the end counts on along the last line (text after the closing delimiter).
     */
    MathProblem at(int offset, String message, String hint) {
        String[] texLines = written.split("\n", -1);
        if (lines.size() != texLines.length) {
            return new MathProblem(0, 0, message, hint);
        }
        int left = offset;
        for (int i = 0; i < texLines.length; i++) {
            if (left <= texLines[i].length() || i == texLines.length - 1) {
                return new MathProblem(lines.get(i).line() + 1, lines.get(i).column() + 1 + left, message, hint);
            }
            left -= texLines[i].length() + 1; // the line break
        }
        throw new AssertionError("unreachable");
    }
}
