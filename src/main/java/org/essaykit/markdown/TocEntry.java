package org.essaykit.markdown;

import java.util.List;

/** One heading in a post's table of contents, with the headings nested under it. */
public record TocEntry(int level, String id, String text, List<TocEntry> children) {

    public TocEntry {
        children = List.copyOf(children);
    }
}
