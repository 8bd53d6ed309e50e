package org.essaykit.markdown;

import org.commonmark.node.CustomNode;

/**
 * The id of a heading, kept in the tree as the heading's last child: the attribute provider gives it
 * to the {@code <h*>} tag and the renderer turns it into the ¶ permalink shown on hover.
 */
final class HeadingAnchor extends CustomNode {

    private final String id;

    HeadingAnchor(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }
}
