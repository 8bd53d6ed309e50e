package org.essaykit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The URLs a stylesheet refers to through {@code url()} and {@code @import}, with their offsets. */
final class CssUrls {

    /** One URL and the 0-based offset of its first character in the CSS text. */
    record CssUrl(String url, int offset) {
    }

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern URL = Pattern.compile(
            "(?i:url)\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\"'\\s]*))\\s*\\)"
                    + "|@(?i:import)\\s+(?:\"([^\"]*)\"|'([^']*)')");

    private CssUrls() {
    }

    static List<CssUrl> in(String css) {
        // Blank out comments with spaces of the same length, so offsets still match the file.
        Matcher comments = COMMENT.matcher(css);
        StringBuilder text = new StringBuilder(css);
        while (comments.find()) {
            for (int i = comments.start(); i < comments.end(); i++) {
                if (text.charAt(i) != '\n') {
                    text.setCharAt(i, ' ');
                }
            }
        }
        List<CssUrl> urls = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= 5; g++) {
                if (m.group(g) != null) {
                    if (!m.group(g).isBlank()) {
                        urls.add(new CssUrl(m.group(g), m.start(g)));
                    }
                    break;
                }
            }
        }
        return urls;
    }

    /** The 1-based line and column of an offset, counted from a known starting line and column. */
    static int[] lineAndColumn(String text, int offset, int startLine, int startColumn) {
        int line = startLine;
        int column = startColumn;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
