package org.essaykit.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code [[...]]} in the parsed text (never in code, which is not text, nor inside links) and
 * splits the text node around a {@link WikiLink}. CommonMark leaves {@code [[x]]} as literal text, so
 * this only sees what no other syntax claimed.
 */
final class WikiLinkProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                if (text.getLiteral().contains("[[")) {
                    texts.add(text);
                }
            }

            @Override
            public void visit(Link link) {
                // A wikilink inside a link would nest links.
            }
        });
        texts.forEach(WikiLinkProcessor::split);
        return document;
    }

    private static void split(Text text) {
        String literal = text.getLiteral();
        SourceSpan span = text.getSourceSpans().size() == 1 ? text.getSourceSpans().get(0) : null;
        Node insertAfter = text;
        int done = 0;
        int open = literal.indexOf("[[");
        while (open >= 0) {
            int close = literal.indexOf("]]", open + 2);
            if (close < 0) {
                break;
            }
            String inner = literal.substring(open + 2, close);
            if (inner.isBlank() || inner.contains("[") || inner.contains("\n")) {
                open = literal.indexOf("[[", open + 2);
                continue;
            }
            insertAfter = append(insertAfter, literal.substring(done, open), span, done);
            WikiLink link = wikiLink(inner, literal.substring(open, close + 2));
            if (span != null) {
                link.setSourceSpans(List.of(SourceSpan.of(span.getLineIndex(), span.getColumnIndex() + open,
                        span.getInputIndex() + open, close + 2 - open)));
            }
            insertAfter.insertAfter(link);
            insertAfter = link;
            done = close + 2;
            open = literal.indexOf("[[", done);
        }
        if (done == 0) {
            return;
        }
        append(insertAfter, literal.substring(done), span, done);
        text.unlink();
    }

    private static Node append(Node after, String literal, SourceSpan span, int offset) {
        if (literal.isEmpty()) {
            return after;
        }
        Text text = new Text(literal);
        if (span != null) {
            text.setSourceSpans(List.of(SourceSpan.of(span.getLineIndex(), span.getColumnIndex() + offset,
                    span.getInputIndex() + offset, literal.length())));
        }
        after.insertAfter(text);
        return text;
    }

    /** {@code Target#part|label}: the label defaults to the target as written. */
    private static WikiLink wikiLink(String inner, String written) {
        int bar = inner.indexOf('|');
        String reference = (bar < 0 ? inner : inner.substring(0, bar)).strip();
        String label = bar < 0 ? reference : inner.substring(bar + 1).strip();
        int hash = reference.indexOf('#');
        String target = hash < 0 ? reference : reference.substring(0, hash).strip();
        String fragment = hash < 0 ? null : reference.substring(hash + 1).strip();
        WikiLink link = new WikiLink(target, fragment, written);
        link.appendChild(new Text(label.isEmpty() ? reference : label));
        return link;
    }
}
