package org.essaykit.content;

import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;

import java.nio.file.Path;

/** Splits a Markdown file into its YAML front matter (between {@code ---} lines) and its body. */
final class FrontMatter {

    /**
     * @param yaml     the front matter text ("" when the file has none)
     * @param yamlLine the 1-based line where the YAML starts
     * @param body     the Markdown after the closing line
     * @param bodyLine the 1-based line where the body starts
     */
    record Split(String yaml, int yamlLine, String body, int bodyLine) {
    }

    private FrontMatter() {
    }

    /** Returns null, after reporting, when the front matter is opened but never closed. */
    static Split split(String text, Path source, Diagnostics diagnostics) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!(text.startsWith("---\n") || text.startsWith("---\r\n") || text.equals("---"))) {
            return new Split("", 1, text, 1);
        }
        int lineStart = text.indexOf('\n') + 1;
        int line = 2;
        while (lineStart > 0 && lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            int contentEnd = lineEnd < 0 ? text.length() : lineEnd;
            String current = text.substring(lineStart, contentEnd).stripTrailing();
            if (current.equals("---") || current.equals("...")) {
                String yaml = text.substring(text.indexOf('\n') + 1, lineStart);
                String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
                return new Split(yaml, 2, body, line + 1);
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
            line++;
        }
        diagnostics.error(SourcePos.startOf(source), "the front matter is never closed",
                "end the front matter with a line containing only `---`");
        return null;
    }
}
