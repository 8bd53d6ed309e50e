package org.essaykit.content;

import org.essaykit.diag.Limits;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A parser in front of SnakeYAML's composer that stops, before anything is built, the documents that would make the
 * composer or our conversion recurse without end or copy without end: nesting deeper than {@link Limits#YAML_DEPTH}
 * (counting what aliases bring in), an alias inside the value it names (also as a merge key, {@code <<: *a}), and
 * aliases copying more than {@link Limits#YAML_ALIAS_VALUES} values. One pass over the events, so hostile input
 * costs no more than its length.
 */
final class YamlGuard implements Parser {

    /** Why a document was refused, at the event that went over. */
    static final class Refused extends RuntimeException {
        private final transient Optional<Mark> mark;
        private final String hint;

        Refused(Optional<Mark> mark, String message, String hint) {
            super(message, null, false, false);
            this.mark = mark;
            this.hint = hint;
        }

        Optional<Mark> mark() {
            return mark;
        }

        String hint() {
            return hint;
        }
    }

    /** A collection being read: its anchor (or null), values in it so far, and its height so far. */
    private static final class Open {
        final String anchor;
        long values;
        int height;

        Open(String anchor) {
            this.anchor = anchor;
        }
    }

    /** Values and height of what an anchor names, once it is complete. */
    private record Named(long values, int height) {
    }

    private final Parser parser;
    private final Deque<Open> open = new ArrayDeque<>();
    private final Map<String, Named> anchors = new HashMap<>();
    private long aliasValues;
    /** Where the parser was last, for errors the scanner throws without a position. */
    private Optional<Mark> lastMark = Optional.empty();

    YamlGuard(Parser parser) {
        this.parser = parser;
    }

    Optional<Mark> lastMark() {
        return lastMark;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        lastMark = event.getEndMark().or(() -> lastMark);
        switch (event.getEventId()) {
            case SequenceStart, MappingStart -> {
                open.push(new Open(anchorOf(event)));
                checkDepth(event, 0);
            }
            case SequenceEnd, MappingEnd -> {
                Open done = open.pop();
                if (done.anchor != null) {
                    anchors.put(done.anchor, new Named(done.values + 1, done.height + 1));
                }
                add(done.values + 1, done.height + 1);
            }
            case Scalar -> {
                String anchor = anchorOf(event);
                if (anchor != null) {
                    anchors.put(anchor, new Named(1, 0));
                }
                add(1, 0);
            }
            case Alias -> alias((AliasEvent) event);
            default -> {
            }
        }
        return event;
    }

    private void alias(AliasEvent event) {
        String name = event.getAlias().getValue();
        for (Open collection : open) {
            if (name.equals(collection.anchor)) {
                throw new Refused(event.getStartMark(), "the alias `*" + name + "` is inside the value `&" + name
                        + "` it names, which would contain itself without end",
                        "copy the values you need instead of the alias");
            }
        }
        Named named = anchors.get(name);
        if (named == null) {
            return; // the composer reports an unknown anchor
        }
        aliasValues += named.values;
        if (Limits.YAML_ALIAS_VALUES.exceededBy(aliasValues)) {
            throw new Refused(event.getStartMark(), "the aliases of this file copy more than "
                    + Limits.YAML_ALIAS_VALUES.value() + " values (" + Limits.YAML_ALIAS_VALUES.describe() + ")",
                    "write the values out, or use fewer aliases of large values; " + Limits.YAML_ALIAS_VALUES.howToRaise());
        }
        checkDepth(event, named.height);
        add(named.values, named.height);
    }

    private void checkDepth(Event event, int below) {
        long depth = open.size() + (long) below;
        if (Limits.YAML_DEPTH.exceededBy(depth)) {
            throw new Refused(event.getStartMark(), "lists and mappings nested more than " + Limits.YAML_DEPTH.value()
                    + " deep (" + Limits.YAML_DEPTH.describe() + ")",
                    "nest less deeply; " + Limits.YAML_DEPTH.howToRaise());
        }
    }

    /** Counts a finished value into the collection around it. */
    private void add(long values, int height) {
        Open parent = open.peek();
        if (parent != null) {
            parent.values += values;
            parent.height = Math.max(parent.height, height);
        }
    }

    private static String anchorOf(Event event) {
        return event instanceof NodeEvent node ? node.getAnchor().map(Anchor::getValue).orElse(null) : null;
    }
}
