package org.essaykit.markdown;

import org.commonmark.node.CustomBlock;

/**
 * An image alone in its paragraph, as {@code <figure>}: its child is the image; the caption is the image's title.
 *
 * @see Figures
 */
final class Figure extends CustomBlock {

    private final Numbering numbering;
    private final String caption;

    /**
     * @param numbering its id and number, or null when it has no id
     * @param caption   the caption text, or null
     */
    Figure(Numbering numbering, String caption) {
        this.numbering = numbering;
        this.caption = caption;
    }

    Numbering numbering() {
        return numbering;
    }

    String caption() {
        return caption;
    }
}
