package org.essaykit.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** URL slugs for tags, categories and new posts: lowercase ASCII words joined by hyphens. */
public final class Slugs {

    private Slugs() {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ENDS = Pattern.compile("(^-+)|(-+$)");
    /** Tags repeat on every post that has them: each is slugified once per run. */
    private static final int MEMO_LIMIT = 10_000;
    private static final Map<String, String> MEMO = new ConcurrentHashMap<>();

    public static String slugify(String text) {
        String known = MEMO.get(text);
        if (known != null) {
            return known;
        }
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = ENDS.matcher(OTHERS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        slug = slug.isEmpty() ? "untitled" : slug;
        if (MEMO.size() < MEMO_LIMIT) {
            MEMO.put(text, slug);
        }
        return slug;
    }
}
