package org.essaykit.markdown;

import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;


/** A box around one table, rendered as {@code <div class="table-scroll">}, that scrolls sideways when the table is wide. */
final class TableScroll extends CustomBlock {

    /** Puts a table into its own box. */
    static void wrap(Node table) {
        TableScroll box = new TableScroll();
        box.setSourceSpans(table.getSourceSpans());
        table.insertBefore(box);
        box.appendChild(table);
    }
}
