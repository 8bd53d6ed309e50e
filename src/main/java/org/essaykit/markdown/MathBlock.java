package org.essaykit.markdown;

import org.commonmark.node.CustomBlock;

/**
 * Display math on lines of its own: {@code $$ ... $$} or {@code \[ ... \]}, perhaps followed by {@code {#id}}.
 * Its formula is known once the parser has seen the closing line.
 */
final class MathBlock extends CustomBlock {

    private MathFormula formula;
    private String written;

    MathFormula formula() {
        return formula;
    }

    /** The block as written, delimiters included: what a failed formula shows. */
    String written() {
        return written;
    }

    void close(MathFormula formula, String written) {
        this.formula = formula;
        this.written = written;
    }
}
