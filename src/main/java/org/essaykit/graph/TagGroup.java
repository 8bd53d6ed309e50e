package org.essaykit.graph;

import java.util.List;

/**
 * The posts filed under one tag, newest first. Tags that differ only in case or punctuation share a
 * slug and so a page; the name shown is the first spelling in sort order.
 */
public record TagGroup(String name, String slug, String url, List<RenderedDocument> posts) {

    public TagGroup {
        posts = List.copyOf(posts);
    }
}
