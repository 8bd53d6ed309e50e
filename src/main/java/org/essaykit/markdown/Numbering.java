package org.essaykit.markdown;

/**
 * A numbered figure's, table's or equation's id ({@code {#fig:x}}, {@code \label{eq:x}}), its number among the
 * page's of its kind, and how a reference shows it ("Figure 2", "(3)").
 *
 * @see Figures
 */
record Numbering(String id, CrossRefKind kind, int number, String label) {
}
