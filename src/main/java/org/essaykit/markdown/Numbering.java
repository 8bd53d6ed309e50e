package org.essaykit.markdown;

/**
 * A figure's or table's id, given as {@code {#fig:x}}, and its number as the page shows it ("Figure 2").
 *
 * @see Figures
 */
record Numbering(String id, String label) {
}
