package org.essaykit.markdown;

import java.util.List;
import org.commonmark.node.CustomBlock;
import org.essaykit.cite.CitationFormatter.Entry;

/** The works a document cites, formatted: its "References" section's list, each entry with its anchor. */
final class ReferenceList extends CustomBlock {

    private final List<Entry> entries;

    ReferenceList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    List<Entry> entries() {
        return entries;
    }
}
