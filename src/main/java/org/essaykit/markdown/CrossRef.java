package org.essaykit.markdown;

import org.commonmark.node.CustomNode;

import java.util.List;

/**
 * {@code @fig:x} naming no figure or table of its page: a build error ({@link DocumentFacts} reports it with the
 * closest id); it shows as written. References that resolve become {@link CrossRefLink}s.
 */
final class CrossRef extends CustomNode {

    private final String id;
    private final List<String> known;

    CrossRef(String id, List<String> known) {
        this.id = id;
        this.known = List.copyOf(known);
    }

    String id() {
        return id;
    }

    /** The ids the page has, for a did-you-mean. */
    List<String> known() {
        return known;
    }
}
