package org.essaykit.comments;

import java.util.List;

/**
 * A comment with its body rendered and sanitised.
 *
 * @param html safe to embed in a page: escaped, sanitised, links marked as user content
 * @param text  the body as plain text, for previews
 * @param links the href of every link kept in the body, in order, as written
 */
public record RenderedComment(Comment comment, String html, String text, List<String> links) {

    public RenderedComment {
        links = List.copyOf(links);
    }
}
