package org.essaykit.markdown;

import org.commonmark.node.CustomBlock;

/**
 * An image alone in its paragraph, as {@code <figure>}: its child is the image; the caption is the image's title.
 *
 * @see Figures
 */
final class Figure extends CustomBlock {

    private final String id;
    private final String label;
    private final String caption;

    /**
     * @param id      its id ({@code fig:x}), or null
     * @param label   "Figure 2" when it has an id, else null
     * @param caption the caption text, or null
     */
    Figure(String id, String label, String caption) {
        this.id = id;
        this.label = label;
        this.caption = caption;
    }

    String id() {
        return id;
    }

    String label() {
        return label;
    }

    String caption() {
        return caption;
    }
}
