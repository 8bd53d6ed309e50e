package org.essaykit.highlight;

import java.util.ArrayList;
import java.util.List;

/** Builds one line's spans, joining neighbours of the same kind so the HTML has as few spans as it can. */
final class Spans {

    private final List<Span> spans = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private TokenKind kind;

    void add(String text, TokenKind of) {
        if (text.isEmpty()) {
            return;
        }
        if (of != kind && run.length() > 0) {
            flush();
        }
        kind = of;
        run.append(text);
    }

    List<Span> line() {
        if (run.length() > 0) {
            flush();
        }
        List<Span> line = List.copyOf(spans);
        spans.clear();
        kind = null;
        return line;
    }

    private void flush() {
        spans.add(new Span(run.toString(), kind));
        run.setLength(0);
    }
}
