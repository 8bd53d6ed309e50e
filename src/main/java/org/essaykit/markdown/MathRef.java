package org.essaykit.markdown;

import org.commonmark.node.CustomNode;

/**
 * A reference to a numbered equation, {@code \eqref{eq:x}}, {@code \ref{eq:x}} or {@code @eq:x}: a link showing
 * the equation's number once the tree pass has numbered the page.
 */
final class MathRef extends CustomNode {

    private final String label;
    private final String written;
    private final boolean parenthesized;
    private int number;
    private MathProblem problem;

    MathRef(String label, String written, boolean parenthesized) {
        this.label = label;
        this.written = written;
        this.parenthesized = parenthesized;
    }

    String label() {
        return label;
    }

    String written() {
        return written;
    }

    /** {@code \eqref} and {@code @eq:} show "(1)", {@code \ref} shows "1", as LaTeX does. */
    String text() {
        return parenthesized ? "(" + number + ")" : Integer.toString(number);
    }

    int number() {
        return number;
    }

    void number(int number) {
        this.number = number;
    }

    MathProblem problem() {
        return problem;
    }

    void problem(MathProblem problem) {
        this.problem = problem;
    }
}
