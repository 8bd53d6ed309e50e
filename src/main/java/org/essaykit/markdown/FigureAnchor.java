package org.essaykit.markdown;

import org.commonmark.node.CustomBlock;

/**
 * The id and number of the figure that follows it, for figures another renderer draws (a {@code ```sim NAME
 * {#fig:x}} block): it renders nothing itself.
 */
final class FigureAnchor extends CustomBlock {

    private final String id;
    private final String label;

    FigureAnchor(String id, String label) {
        this.id = id;
        this.label = label;
    }

    String id() {
        return id;
    }

    String label() {
        return label;
    }
}
