package org.essaykit.markdown;

import org.commonmark.node.CustomBlock;

/**
 * A block our dialect could not turn into what it asked for (an unknown data table, say). It stays in the
 * tree so that the problem is reported at its line, and renders as a visible note in drafts.
 */
final class BlockProblem extends CustomBlock {

    private final String message;
    private final String hint;

    BlockProblem(String message, String hint) {
        this.message = message;
        this.hint = hint;
    }

    String message() {
        return message;
    }

    String hint() {
        return hint;
    }
}
