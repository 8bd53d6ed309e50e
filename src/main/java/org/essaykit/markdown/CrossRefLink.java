package org.essaykit.markdown;

import org.commonmark.node.Link;

/** A resolved {@code @fig:x}: an ordinary link ("Figure 2" to {@code #fig:x}), so it is checked, previewed and counted as one. */
final class CrossRefLink extends Link {

    CrossRefLink(String id) {
        super("#" + id, null);
    }
}
