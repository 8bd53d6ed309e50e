package org.essaykit.markdown;

import org.essaykit.content.SiteConfig.HeadingIdStyle;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns heading text into ids exactly as another renderer would, so fragment links made for that
 * renderer keep working. One instance per document: it remembers the ids already given out.
 */
abstract class HeadingSlugger {

    /** Anything but letters, marks, digits, connector punctuation, hyphen and space (Ruby's \p{Word}). */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{IsAlphabetic}\\p{M}\\p{Nd}\\p{Pc}\\- ]");
    private static final Pattern NON_WORD_OR_TAB = Pattern.compile("[^\\p{IsAlphabetic}\\p{M}\\p{Nd}\\p{Pc}\\- \\t]");

    static HeadingSlugger create(HeadingIdStyle style) {
        return switch (style) {
            case GITHUB -> new GitHub();
            case JEKYLL -> new KramdownGfm();
            case KRAMDOWN -> new Kramdown();
        };
    }

    /** The id for the next heading with this plain text. */
    abstract String next(String text);

    /**
     * GitHub: lowercase, drop what is not a word character, hyphen or space, spaces to hyphens;
     * a repeated id gets {@code -1}, {@code -2}, skipping ids already taken.
     */
    static final class GitHub extends HeadingSlugger {
        private final Map<String, Integer> occurrences = new HashMap<>();

        @Override
        String next(String text) {
            String base = NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
            String slug = base;
            while (occurrences.containsKey(slug)) {
                int n = occurrences.merge(base, 1, Integer::sum);
                slug = base + "-" + n;
            }
            occurrences.put(slug, 0);
            return slug.isEmpty() ? "section" : slug;
        }
    }

    /**
     * kramdown-parser-gfm (Jekyll's default): like GitHub but on kramdown's text, in which
     * {@code --}, {@code ---} and {@code ...} have become typographic symbols (then dropped), tabs
     * count as spaces, and the counter is kept per base id only.
     */
    static final class KramdownGfm extends HeadingSlugger {
        private final Map<String, Integer> counter = new HashMap<>();

        @Override
        String next(String text) {
            String typographic = text.replace("---", "\u2014").replace("--", "\u2013").replace("...", "\u2026")
                    .replace("<<", "\u00ab").replace(">>", "\u00bb");
            String base = NON_WORD_OR_TAB.matcher(typographic.toLowerCase(Locale.ROOT)).replaceAll("")
                    .replace(' ', '-').replace('\t', '-');
            int n = counter.merge(base, 1, Integer::sum) - 1;
            return n > 0 ? base + "-" + n : base;
        }
    }

    /** kramdown's own parser: leading non-letters dropped, ASCII only, "section" when empty. */
    static final class Kramdown extends HeadingSlugger {
        private final Map<String, Integer> used = new HashMap<>();

        @Override
        String next(String text) {
            String id = text.replaceFirst("^[^a-zA-Z]+", "")
                    .replaceAll("[^a-zA-Z0-9 -]", "")
                    .replace(' ', '-')
                    .toLowerCase(Locale.ROOT);
            if (id.isEmpty()) {
                id = "section";
            }
            Integer seen = used.get(id);
            if (seen == null) {
                used.put(id, 0);
                return id;
            }
            used.put(id, seen + 1);
            return id + "-" + (seen + 1);
        }
    }
}
