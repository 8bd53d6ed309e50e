package org.essaykit.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A body's table of contents, made from its headings as the walk meets them: each nests under the last shallower. */
final class TableOfContents {

    private final List<Entry> roots = new ArrayList<>();
    private final Deque<Entry> open = new ArrayDeque<>();

    void add(int level, String id, String text) {
        Entry entry = new Entry(level, id, text);
        while (!open.isEmpty() && open.peek().level >= entry.level) {
            open.pop();
        }
        if (open.isEmpty()) {
            roots.add(entry);
        } else {
            open.peek().children.add(entry);
        }
        open.push(entry);
    }

    List<TocEntry> entries() {
        return roots.stream().map(Entry::freeze).toList();
    }

    private static final class Entry {
        final int level;
        final String id;
        final String text;
        final List<Entry> children = new ArrayList<>();

        Entry(int level, String id, String text) {
            this.level = level;
            this.id = id;
            this.text = text;
        }

        TocEntry freeze() {
            return new TocEntry(level, id, text, children.stream().map(Entry::freeze).toList());
        }
    }
}
