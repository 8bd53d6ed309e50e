package org.essaykit.markdown;

import org.commonmark.node.CustomNode;

/**
 * {@code [[Target]]}, {@code [[Target|label]]} or {@code [[Target#heading]]}: a link by name to a concept,
 * post or page. Its children are the label; {@link SourceLinks} turns it into an ordinary link.
 */
final class WikiLink extends CustomNode {

    private final String target;
    private final String fragment;
    private final String written;

    WikiLink(String target, String fragment, String written) {
        this.target = target;
        this.fragment = fragment;
        this.written = written;
    }

    /** The name as written, e.g. "Mesa-optimizer" or "deceptive-alignment-is-unlikely-by-default". */
    String target() {
        return target;
    }

    /** The part after {@code #}, or null. */
    String fragment() {
        return fragment;
    }

    /** The whole link as written, {@code [[...]]}, for diagnostics. */
    String written() {
        return written;
    }
}
