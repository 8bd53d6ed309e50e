package org.essaykit.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs for tags, categories and new posts: lowercase ASCII words joined by hyphens. */
public final class Slugs {

    private Slugs() {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ENDS = Pattern.compile("(^-+)|(-+$)");

    /**
     * Tags repeat on every post that has them, so this runs often: ASCII text, nearly every tag, takes one loop
     * with no copies (it needs neither normalization nor marks removed), which costs less than a memo would.
     */
    public static String slugify(String text) {
        String slug = isAscii(text) ? asciiSlug(text) : ENDS.matcher(OTHERS.matcher(
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT))
                .replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "untitled" : slug;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Letters lowercased and digits kept; every run of anything else is one hyphen, none at either end. */
    private static String asciiSlug(String text) {
        StringBuilder slug = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(lower);
                gap = false;
            } else {
                gap = true;
            }
        }
        return slug.toString();
    }
}
