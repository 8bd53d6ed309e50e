package org.essaykit.comments;

/**
 * A comment with its body rendered and sanitised.
 *
 * @param html safe to embed in a page: escaped, sanitised, links marked as user content
 * @param text the body as plain text, for previews
 */
public record RenderedComment(Comment comment, String html, String text) {
}
