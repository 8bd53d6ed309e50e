package org.essaykit.markdown;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.CustomNode;

/**
 * A footnote shown again beside its first reference, for wide screens ({@link Sidenotes}). It refers to the
 * definition instead of holding a copy, so it has no children: walks of the tree (plain text, links, search
 * words) meet each note once, in the footnotes.
 *
 * <p>An inline sidenote stands in the running text right after the reference, its paragraphs written as phrasing
 * content; otherwise it is a block before the block that holds the reference: for a note with more than
 * paragraphs (a list, code), or a reference where a float cannot go (a table cell, which scrolls in its box).
 */
final class Sidenote extends CustomNode {

    private final FootnoteDefinition note;
    private final int number;
    private final boolean inline;

    Sidenote(FootnoteDefinition note, int number, boolean inline) {
        this.note = note;
        this.number = number;
        this.inline = inline;
    }

    FootnoteDefinition note() {
        return note;
    }

    /** The number the footnote renderer gives the note: its place among the notes, in order of first reference. */
    int number() {
        return number;
    }

    boolean inline() {
        return inline;
    }
}
