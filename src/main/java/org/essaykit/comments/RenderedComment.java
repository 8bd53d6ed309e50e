package org.essaykit.comments;

import org.essaykit.cite.CitationFormatter;
import org.essaykit.markdown.SafeUrls;
import java.util.List;

/**
 * A comment with its body rendered and sanitised.
 *
 * @param html safe to embed in a page: escaped, sanitised, links marked as user content
 * @param text  the body as plain text, for previews
 * @param links the href of every link kept in the body, in order, as written
 * @param refused the URLs {@link SafeUrls} refused, left out of the page (a refused source is null in {@code comment})
 * @param references the works its citations cite, listed under its body ({@link CommentCitations}), for previews
 */
public record RenderedComment(Comment comment, String html, String text, List<String> links, List<RefusedUrl> refused,
                              List<CitationFormatter.Entry> references) {

    public RenderedComment {
        links = List.copyOf(links);
        refused = List.copyOf(refused);
        references = List.copyOf(references);
    }

    /** A comment that cites nothing. */
    public RenderedComment(Comment comment, String html, String text, List<String> links, List<RefusedUrl> refused) {
        this(comment, html, text, links, refused, List.of());
    }

    /**
     * A URL left out of the page.
     *
     * @param field  {@code body} or {@code source}
     * @param line   1-based line in the field's text
     * @param column 1-based column in that line
     */
    public record RefusedUrl(String field, String url, int line, int column) {
    }
}
