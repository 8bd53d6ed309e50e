package org.essaykit.highlight;

import java.util.List;

/** Splits code into lines of {@link Span}s; a lexer carries its state from line to line (multi-line strings). */
interface Lexer {

    /** @param lines the code's lines, without their line breaks */
    List<List<Span>> lex(List<String> lines);
}
