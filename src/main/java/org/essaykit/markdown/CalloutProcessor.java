package org.essaykit.markdown;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

import java.util.Locale;
import java.util.Optional;

/**
 * Turns block quotes that open with a GitHub alert marker ({@code > [!NOTE]}) or the older bold form
 * ({@code > **Note**}) into {@link Callout} blocks, removing the marker.
 */
final class CalloutProcessor {

    private CalloutProcessor() {
    }

    /** Makes the quote a callout when it opens with a marker; leaves it as it is otherwise. */
    static void convert(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph first)) {
            return;
        }
        Node marker = first.getFirstChild();
        Optional<Callout.Type> type = alertMarker(marker).or(() -> boldMarker(marker));
        if (type.isEmpty()) {
            return;
        }
        Node after = marker.getNext();
        if (after instanceof SoftLineBreak || after instanceof HardLineBreak) {
            after.unlink();
        } else if (after != null) {
            // Only the bold form may go on with text on the same line: "**Note:** text" or "**Note**: text".
            if (!(marker instanceof StrongEmphasis && after instanceof Text text)) {
                return;
            }
            String rest = text.getLiteral();
            boolean colonInside = ((Text) marker.getFirstChild()).getLiteral().strip().endsWith(":");
            if (!colonInside && !rest.startsWith(":")) {
                return;
            }
            rest = (rest.startsWith(":") ? rest.substring(1) : rest).stripLeading();
            if (rest.isEmpty()) {
                text.unlink();
            } else {
                text.setLiteral(rest);
            }
        }
        marker.unlink();
        if (first.getFirstChild() == null) {
            first.unlink();
        }
        Callout callout = new Callout(type.get());
        callout.setSourceSpans(quote.getSourceSpans());
        Node child = quote.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            callout.appendChild(child);
            child = next;
        }
        quote.insertBefore(callout);
        quote.unlink();
    }

    /** {@code [!NOTE]} alone on the quote's first line, as GitHub writes alerts. */
    private static Optional<Callout.Type> alertMarker(Node node) {
        if (node instanceof Text text) {
            String literal = text.getLiteral().strip();
            if (literal.startsWith("[!") && literal.endsWith("]")) {
                return type(literal.substring(2, literal.length() - 1));
            }
        }
        return Optional.empty();
    }

    /** {@code **Note**} or {@code **Note:**} opening the quote, GitHub's older convention. */
    private static Optional<Callout.Type> boldMarker(Node node) {
        if (node instanceof StrongEmphasis strong && strong.getFirstChild() instanceof Text text
                && text.getNext() == null) {
            String word = text.getLiteral().strip();
            return type(word.endsWith(":") ? word.substring(0, word.length() - 1) : word);
        }
        return Optional.empty();
    }

    private static Optional<Callout.Type> type(String name) {
        try {
            return Optional.of(Callout.Type.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
