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
    private Numbering target;
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

    /**
     * {@code \eqref} and {@code @eq:} show an equation as "(1)" and a figure as "Figure 2", {@code \ref} the bare
     * number, as LaTeX does.
     */
    String text() {
        return parenthesized ? target.label() : Integer.toString(target.number());
    }

    /** Whether the page numbers what it names. */
    boolean resolved() {
        return target != null;
    }

    void target(Numbering target) {
        this.target = target;
    }

    MathProblem problem() {
        return problem;
    }

    void problem(MathProblem problem) {
        this.problem = problem;
    }
}
