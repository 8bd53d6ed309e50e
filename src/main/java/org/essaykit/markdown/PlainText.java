package org.essaykit.markdown;

import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.essaykit.math.MathText;
import org.essaykit.math.TexResult;

/**
 * The text a reader sees in a node, without markup, footnote marks or our anchors; a formula as readable text
 * ({@link MathText}: {@code E = mc²}), as previews, summaries and contents show it.
 */
final class PlainText extends AbstractVisitor {

    private final StringBuilder text = new StringBuilder();
    /** Formulas as their TeX: what heading ids are made from, so they stay as they were. */
    private final boolean tex;

    private PlainText(boolean tex) {
        this.tex = tex;
    }

    static String of(Node node) {
        return of(node, false);
    }

    /** The text a heading's id is made from: formulas as their TeX. */
    static String forId(Node node) {
        return of(node, true);
    }

    private static String of(Node node, boolean tex) {
        PlainText visitor = new PlainText(tex);
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
            TexResult result = math.formula().result();
            text.append(tex || result == null || !result.ok() ? math.formula().tex().strip() : MathText.of(result.mathml()));
        } else if (node instanceof MathRef reference) {
            text.append(reference.resolved() ? reference.text() : reference.written());
        } else if (!(node instanceof HeadingAnchor) && !(node instanceof FootnoteReference)) {
            visitChildren(node);
        }
    }
}
