package org.essaykit.markdown;

import org.commonmark.node.CustomNode;

/**
 * A table's caption written as Pandoc does, in a paragraph right after it: {@code Table: Results {#tbl:results}}.
 * The first child of its table; its children are the caption's inline Markdown.
 */
final class TableCaption extends CustomNode {

    private final String id;
    private final String label;

    TableCaption(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The table's id ({@code tbl:x}), or null. */
    String id() {
        return id;
    }

    /** "Table 2" when it has an id, else null. */
    String label() {
        return label;
    }
}
