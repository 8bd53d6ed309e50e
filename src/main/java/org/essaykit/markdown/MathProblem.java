package org.essaykit.markdown;

/**
 * A formula or equation reference that could not be made what it asked for, at its line and column in the
 * Markdown body (1-based; 0 when the parser kept no positions, as for comment bodies).
 */
record MathProblem(int line, int column, String message, String hint) {
}
