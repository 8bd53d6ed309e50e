package org.essaykit.markdown;

import org.commonmark.node.CustomBlock;

/**
 * The id and number of the figure that follows it, for figures another renderer draws (a {@code ```sim NAME
 * {#fig:x}} block): it renders nothing itself.
 */
final class FigureAnchor extends CustomBlock {

    private final Numbering numbering;

    FigureAnchor(Numbering numbering) {
        this.numbering = numbering;
    }

    Numbering numbering() {
        return numbering;
    }
}
