package org.essaykit.markdown;

import org.commonmark.node.CustomBlock;

/**
 * An image alone in its paragraph, as {@code <figure>}: its first child is the image, then its caption (the image's
 * title read as inline Markdown), if it has one.
 *
 * @see Figures
 */
final class Figure extends CustomBlock {

    private final Numbering numbering;

    /** @param numbering its id and number, or null when it has no id */
    Figure(Numbering numbering) {
        this.numbering = numbering;
    }

    Numbering numbering() {
        return numbering;
    }

    /** The caption, or null. */
    FigureCaption caption() {
        return getLastChild() instanceof FigureCaption caption ? caption : null;
    }
}
