package org.essaykit.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops HTML comments (notes to self, disabled passages) so they never reach the published page;
 * other raw HTML in our own posts passes through.
 */
final class HtmlCommentRemover implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<Node> comments = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                if (isComment(block.getLiteral())) {
                    comments.add(block);
                }
            }

            @Override
            public void visit(HtmlInline inline) {
                if (inline.getLiteral().startsWith("<!--")) {
                    comments.add(inline);
                }
            }
        });
        comments.forEach(Node::unlink);
        return document;
    }

    /** CommonMark makes a block of a comment that starts a line; it runs to the line holding {@code -->}. */
    private static boolean isComment(String literal) {
        String text = literal.strip();
        return text.startsWith("<!--") && text.endsWith("-->");
    }
}
