package org.essaykit.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Typographer's punctuation in the text of a body (the {@code smart_typography: true} option of
 * {@code site.yaml}): straight quotes become curly ones (opening after a space, a bracket or a dash, or at the
 * start of a block; closing, and apostrophes, otherwise), {@code ---} an em dash, {@code --} an en dash,
 * {@code ...} an ellipsis and {@code ->} an arrow. Only {@link Text} nodes change: code spans, code blocks,
 * raw HTML and URLs (link destinations, and links whose text is their address) are never touched.
 */
final class SmartPunctuation extends AbstractVisitor {

    /** The character before the next text in this block, to tell an opening quote from a closing one. */
    private char previous = ' ';

    private SmartPunctuation() {
    }

    static void apply(Node root) {
        root.accept(new SmartPunctuation());
    }

    @Override
    protected void visitChildren(Node parent) {
        if (parent instanceof Block) {
            previous = ' ';
        }
        super.visitChildren(parent);
    }

    @Override
    public void visit(Text text) {
        if (text.getParent() instanceof Link link && text.getLiteral().equals(link.getDestination())) {
            remember(text.getLiteral());
            return;
        }
        String curled = curl(text.getLiteral());
        text.setLiteral(curled);
        remember(curled);
    }

    @Override
    public void visit(Code code) {
        remember(code.getLiteral());
    }

    @Override
    public void visit(HtmlInline html) {
        previous = 'x';
    }

    private void remember(String literal) {
        if (!literal.isEmpty()) {
            previous = literal.charAt(literal.length() - 1);
        }
    }

    private String curl(String in) {
        StringBuilder out = new StringBuilder(in.length());
        char before = previous;
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (c == '-' && in.startsWith("---", i)) {
                out.append('\u2014');
                i += 2;
            } else if (c == '-' && in.startsWith("--", i)) {
                out.append('\u2013');
                i += 1;
            } else if (c == '-' && in.startsWith("->", i)) {
                out.append('\u2192');
                i += 1;
            } else if (c == '.' && in.startsWith("...", i)) {
                out.append('\u2026');
                i += 2;
            } else if (c == '"') {
                out.append(opens(before) ? '\u201C' : '\u201D');
            } else if (c == '\'') {
                out.append(opens(before) ? '\u2018' : '\u2019');
            } else {
                out.append(c);
            }
            before = out.charAt(out.length() - 1);
        }
        return out.toString();
    }

    /** A quote opens after white space, an opening bracket or quote, or a dash; otherwise it closes. */
    private static boolean opens(char before) {
        return Character.isWhitespace(before) || "([{\u2018\u201C\u2014\u2013-/".indexOf(before) >= 0;
    }
}
