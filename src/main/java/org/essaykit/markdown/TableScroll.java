package org.essaykit.markdown;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

import java.util.ArrayList;
import java.util.List;

/** A box around one table, rendered as {@code <div class="table-scroll">}, that scrolls sideways when the table is wide. */
final class TableScroll extends CustomBlock {

    /** Puts every GFM table into its own box. */
    static final class Wrapper implements PostProcessor {
        @Override
        public Node process(Node document) {
            List<Node> tables = new ArrayList<>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(org.commonmark.node.CustomBlock block) {
                    if (block instanceof TableBlock) {
                        tables.add(block);
                    } else {
                        visitChildren(block);
                    }
                }
            });
            for (Node table : tables) {
                TableScroll box = new TableScroll();
                box.setSourceSpans(table.getSourceSpans());
                table.insertBefore(box);
                box.appendChild(table);
            }
            return document;
        }
    }
}
