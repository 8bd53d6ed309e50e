package org.essaykit.comments;

import java.util.regex.Pattern;

/** Writes a thread in our format: one entry per comment, bodies as literal blocks for clean diffs. */
public final class ThreadWriter {

    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_-]+");
    /** YAML cannot hold these even escaped in a block; they are dropped (tab, newline stay). */
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f\\ufffe\\uffff]");

    private ThreadWriter() {
    }

    public static String write(ImportedThread thread) {
        StringBuilder out = new StringBuilder();
        for (ImportedThread.Entry c : thread.comments()) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append("- id: ").append(scalar(c.id())).append('\n');
            field(out, "parent", c.parent());
            field(out, "author", c.author());
            field(out, "date", c.date());
            if (c.score() != null) {
                out.append("  score: ").append(c.score()).append('\n');
            }
            field(out, "source", c.source());
            String body = UNPRINTABLE.matcher(c.body().replace("\r\n", "\n").replace('\r', '\n')).replaceAll("")
                    .replaceAll("[ \\t]+\\n", "\n").strip();
            // Stripped, so the first line never starts with a space, which would need an indentation indicator.
            out.append("  body: |\n");
            for (String line : body.split("\n", -1)) {
                out.append(line.isEmpty() ? "" : "    " + line).append('\n');
            }
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String key, String value) {
        if (value != null && !value.isBlank()) {
            out.append("  ").append(key).append(": ").append(scalar(value)).append('\n');
        }
    }

    /** Plain when it is a safe word, otherwise double-quoted with escapes. */
    static String scalar(String value) {
        if (PLAIN_ID.matcher(value).matches() && !value.matches("\\d.*|true|false|null|~|yes|no|on|off")) {
            return value;
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
