package org.essaykit.render;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/** A social card's text fitted to lines of a width, as its font measures them: word wrap, and cuts that end in "…". */
final class CardLines {

    private static final String ELLIPSIS = "\u2026";

    private CardLines() {
    }

    /**
     * Greedy word wrap; a word wider than a line is cut where it must be. Linear in the text: a cut is found by
     * measuring prefixes of at most twice the line's length, never the whole rest of a long word.
     */
    static List<String> wrap(FontMetrics metrics, String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (metrics.stringWidth(rest) > width) {
                int cut = Math.max(1, longestFitting(metrics, rest, "", width));
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The length of the longest prefix of {@code text} that fits a line {@code width} wide with {@code suffix} after it (widths grow
     * with the prefix): a bracket doubled from a short prefix, then halved, so a long text is never measured whole.
     */
    private static int longestFitting(FontMetrics metrics, String text, String suffix, int width) {
        int fits = 0;
        int tooLong = Math.min(text.length(), 16);
        while (metrics.stringWidth(text.substring(0, tooLong) + suffix) <= width) {
            fits = tooLong;
            if (tooLong == text.length()) {
                return fits;
            }
            tooLong = Math.min(text.length(), tooLong * 2);
        }
        while (tooLong - fits > 1) {
            int mid = (fits + tooLong) >>> 1;
            if (metrics.stringWidth(text.substring(0, mid) + suffix) <= width) {
                fits = mid;
            } else {
                tooLong = mid;
            }
        }
        return fits;
    }

    /**
     * The text as it fits on one line: cut before the word that overflows, ending in "…" (a first word that
     * alone overflows is cut inside).
     */
    static String fit(FontMetrics metrics, String text, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        int fits = longestFitting(metrics, text, ELLIPSIS, width);
        int space = text.lastIndexOf(' ', fits);
        String cut;
        if (space > 0) {
            cut = text.substring(0, space);
        } else {
            int firstSpace = text.indexOf(' ');
            cut = text.substring(0, Math.min(fits, firstSpace > 0 ? firstSpace : text.length()));
        }
        return cut.replaceAll("[\\s,;:\u00b7]+$", "") + ELLIPSIS;
    }
}
