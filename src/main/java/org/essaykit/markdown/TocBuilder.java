package org.essaykit.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A body's table of contents, nested by heading level as its headings are met in order. */
final class TocBuilder {

    private final List<MutableToc> roots = new ArrayList<>();
    /** The open entries, deepest first: a new heading nests under the nearest one of a lower level. */
    private final Deque<MutableToc> open = new ArrayDeque<>();

    void add(int level, String id, String text) {
        MutableToc entry = new MutableToc(level, id, text);
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
        return roots.stream().map(MutableToc::freeze).toList();
    }

    private static final class MutableToc {
        final int level;
        final String id;
        final String text;
        final List<MutableToc> children = new ArrayList<>();

        MutableToc(int level, String id, String text) {
            this.level = level;
            this.id = id;
            this.text = text;
        }

        TocEntry freeze() {
            return new TocEntry(level, id, text, children.stream().map(MutableToc::freeze).toList());
        }
    }
}
