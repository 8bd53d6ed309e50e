package org.essaykit.markdown;

import org.commonmark.node.CustomBlock;

/**
 * {@code ![[page]]}, {@code ![[page#heading]]} or {@code ![[concept]]} on a line of its own: another document's
 * content shown in this one. Its child is a paragraph holding the {@link WikiLink} (written with its {@code !}), so
 * the link is found, checked and resolved as any wikilink is, and the page it names counts this one among its
 * backlinks. The body renders it as a link to the source in a placeholder ({@link EmbedRenderer}), which the
 * transclusion pass of the pipeline replaces with the content once every body is rendered.
 */
final class Embed extends CustomBlock {

    private final int ordinal;

    Embed(int ordinal) {
        this.ordinal = ordinal;
    }

    /** Its place among the body's embeds, in the order of the tree (the order of their links in the body's facts). */
    int ordinal() {
        return ordinal;
    }
}
