package org.essaykit.output;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON from maps, lists, strings, numbers and booleans, indented by two spaces. Maps are written
 * in their iteration order, so callers pass sorted or insertion-ordered maps for stable output.
 */
public final class JsonWriter {

    private JsonWriter() {
    }

    /** Indented, for files people read and diff (reports, caches). */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    /** JSON text written before, put in as it is: large files are assembled from the parts that did not change. */
    public record Raw(String json) {
    }

    /** {@code value} on one line, to be put into a larger value later. */
    public static Raw raw(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, null);
        return new Raw(out.toString());
    }

    /** On one line, for files only scripts read (preview data, search index). */
    public static String compact(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, null);
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Raw raw) {
            out.append(raw.json());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            container(map.entrySet().iterator(), '{', '}', out, indent, (entry, inner) -> {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) entry;
                string(e.getKey().toString(), out);
                out.append(inner == null ? ":" : ": ");
                write(e.getValue(), out, inner);
            });
        } else if (value instanceof List<?> list) {
            container(list.iterator(), '[', ']', out, indent, (item, inner) -> write(item, out, inner));
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private interface Item {
        void write(Object item, String indent);
    }

    private static void container(Iterator<?> items, char open, char close, StringBuilder out, String indent,
                                  Item item) {
        out.append(open);
        if (!items.hasNext()) {
            out.append(close);
            return;
        }
        // A null indent writes everything on one line.
        String inner = indent == null ? null : indent + "  ";
        while (items.hasNext()) {
            if (inner != null) {
                out.append('\n').append(inner);
            }
            item.write(items.next(), inner);
            if (items.hasNext()) {
                out.append(',');
            }
        }
        if (indent != null) {
            out.append('\n').append(indent);
        }
        out.append(close);
    }

    /** Appends {@code s} as a JSON string literal, for writers that build large JSON by hand. */
    public static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
