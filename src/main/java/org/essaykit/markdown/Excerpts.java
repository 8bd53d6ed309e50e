package org.essaykit.markdown;

/** Short excerpts of plain text for summaries and previews. */
public final class Excerpts {

    private Excerpts() {
    }

    /** At most {@code chars} characters, cut at a space when one is near, with an ellipsis when cut. */
    public static String shorten(String text, int chars) {
        if (text.length() <= chars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', chars);
        return text.substring(0, cut > chars / 2 ? cut : chars).stripTrailing() + "\u2026";
    }
}
