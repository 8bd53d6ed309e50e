package org.essaykit.markdown;

import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The placeholders {@link EmbedRenderer} leaves in a rendered body, for the transclusion pass to fill. */
public final class EmbedSlots {

    /** A placeholder as written; group 1 is the embed's ordinal (its place among the body's EMBED links). */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "<div class=\"embed-pending\" data-embed=\"(\\d+)\">.*?</div>\n", Pattern.DOTALL);

    private EmbedSlots() {
    }

    /**
     * The body with each placeholder replaced by what {@code content} gives for its ordinal, or left as it is (a link
     * to the source) where that is null.
     */
    public static String fill(String html, IntFunction<String> content) {
        Matcher slots = PLACEHOLDER.matcher(html);
        StringBuilder out = new StringBuilder(html.length() * 2);
        int done = 0;
        while (slots.find()) {
            String filled = content.apply(Integer.parseInt(slots.group(1)));
            if (filled != null) {
                out.append(html, done, slots.start()).append(filled);
                done = slots.end();
            }
        }
        return done == 0 ? html : out.append(html, done, html.length()).toString();
    }
}
