package org.essaykit.markdown;

import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The text a reader sees in a node, without markup, footnote marks or our anchors. */
final class PlainText extends AbstractVisitor {

    private final StringBuilder text = new StringBuilder();

    static String of(Node node) {
        PlainText visitor = new PlainText();
        Node child = node.getFirstChild();
        while (child != null) {
            child.accept(visitor);
            child = child.getNext();
        }
        return visitor.text.toString();
    }

    @Override
    public void visit(Text node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(Code node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak node) {
        text.append(' ');
    }

    @Override
    public void visit(HardLineBreak node) {
        text.append(' ');
    }

    @Override
    public void visit(CustomNode node) {
        if (node instanceof MathInline math) {
            text.append(math.formula().tex().strip()); // summaries and previews show a formula as its TeX
        } else if (node instanceof MathRef reference) {
            text.append(reference.resolved() ? reference.text() : reference.written());
        } else if (!(node instanceof HeadingAnchor) && !(node instanceof FootnoteReference)) {
            visitChildren(node);
        }
    }
}
