package org.essaykit.markdown;

import org.commonmark.node.CustomNode;

/**
 * The attributes a kramdown IAL gives a block or span, kept in the tree as the element's first child: the
 * attribute provider of {@link KramdownExtension} gives them to the element's tag; the node itself renders nothing.
 */
final class IalAttributes extends CustomNode {

    private final Ial ial;

    IalAttributes(Ial ial) {
        this.ial = ial;
    }

    Ial ial() {
        return ial;
    }
}
