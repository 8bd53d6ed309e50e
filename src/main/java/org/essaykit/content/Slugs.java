package org.essaykit.content;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs for tags, categories and new posts: lowercase ASCII words joined by hyphens. */
public final class Slugs {

    private Slugs() {
    }

    public static String slugify(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        return slug.isEmpty() ? "untitled" : slug;
    }
}
