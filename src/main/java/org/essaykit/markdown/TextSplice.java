package org.essaykit.markdown;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

import java.util.List;

/**
 * Replaces ranges of a text node with other nodes (wikilinks, automatic links), keeping source spans on
 * every piece so diagnostics still point at the right column.
 */
final class TextSplice {

    /** Characters {@code start} to {@code end} of the text become {@code node}; its span is set here. */
    record Range(int start, int end, Node node) {
    }

    private TextSplice() {
    }

    /** @param ranges in order, not overlapping */
    static void replace(Text text, List<Range> ranges) {
        if (ranges.isEmpty()) {
            return;
        }
        String literal = text.getLiteral();
        SourceSpan span = text.getSourceSpans().size() == 1 ? text.getSourceSpans().get(0) : null;
        Node last = text;
        int done = 0;
        for (Range range : ranges) {
            last = appendText(last, literal.substring(done, range.start()), span, done);
            setSpan(range.node(), span, range.start(), range.end() - range.start());
            last.insertAfter(range.node());
            last = range.node();
            done = range.end();
        }
        appendText(last, literal.substring(done), span, done);
        text.unlink();
    }

    private static Node appendText(Node after, String literal, SourceSpan span, int offset) {
        if (literal.isEmpty()) {
            return after;
        }
        Text text = new Text(literal);
        setSpan(text, span, offset, literal.length());
        after.insertAfter(text);
        return text;
    }

    /** Spans are known only for text on one line: a multi-line text node leaves pieces without one. */
    private static void setSpan(Node node, SourceSpan span, int offset, int length) {
        if (span != null) {
            node.setSourceSpans(List.of(SourceSpan.of(span.getLineIndex(), span.getColumnIndex() + offset,
                    span.getInputIndex() + offset, length)));
        }
    }
}
