package org.essaykit.graph;

import java.util.List;

/**
 * Posts meant to be read in order ({@code series:} in their front matter): by {@code series_part}
 * where given, otherwise oldest first.
 */
public record Series(String name, String slug, String url, List<RenderedDocument> posts) {

    public Series {
        posts = List.copyOf(posts);
    }

    public static String url(String slug) {
        return "/series/" + slug + "/";
    }
}
