package org.essaykit.markdown;

import org.commonmark.node.CustomNode;

/**
 * A table's caption written as Pandoc does, in a paragraph right after it: {@code Table: Results {#tbl:results}}.
 * The first child of its table; its children are the caption's inline Markdown.
 */
final class TableCaption extends CustomNode {

    private final Numbering numbering;

    /** @param numbering the table's id and number, or null when it has no id */
    TableCaption(Numbering numbering) {
        this.numbering = numbering;
    }

    Numbering numbering() {
        return numbering;
    }
}
