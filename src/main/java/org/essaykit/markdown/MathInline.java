package org.essaykit.markdown;

import org.commonmark.node.CustomNode;

/** A formula in running text: {@code $...$} or {@code \(...\)}, or display math written inside a paragraph. */
final class MathInline extends CustomNode {

    private final MathFormula formula;
    private final String written;

    MathInline(MathFormula formula, String written) {
        this.formula = formula;
        this.written = written;
    }

    MathFormula formula() {
        return formula;
    }

    /** The formula with its delimiters, as in the Markdown: what a failed formula shows. */
    String written() {
        return written;
    }
}
