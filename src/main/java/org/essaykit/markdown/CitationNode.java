package org.essaykit.markdown;

import java.util.List;
import org.commonmark.node.CustomNode;
import org.essaykit.cite.CitationSyntax.Citation;

/**
 * A Pandoc citation in the text: a bracketed group ({@code [see @a, p. 33; @b]}) or an in-text one
 * ({@code @a says}). Its child is the formatted citation as plain text (for summaries and search); the
 * renderer writes {@link #html()} instead.
 */
final class CitationNode extends CustomNode {

    private final List<Citation> citations;
    private final String written;
    private String html;

    CitationNode(List<Citation> citations, String written) {
        this.citations = List.copyOf(citations);
        this.written = written;
    }

    List<Citation> citations() {
        return citations;
    }

    /** The citation as the author typed it: what an unresolved one shows. */
    String written() {
        return written;
    }

    /** The formatted citation (trusted HTML from the CSL processor), or null when a key is unknown. */
    String html() {
        return html;
    }

    void formatted(String html) {
        this.html = html;
    }
}
