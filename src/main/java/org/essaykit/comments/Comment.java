package org.essaykit.comments;

import org.essaykit.diag.SourcePos;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One comment as written in a thread file.
 *
 * @param id        unique within its thread; the page anchor is {@code comment-<id>}
 * @param parent    the id of the comment this one replies to, or null for a top-level comment
 * @param author    null when the thread does not name the commenter
 * @param op        written by the post's own author ({@code op: true})
 * @param date      null when unknown
 * @param score     null when unknown
 * @param source    where the comment was first published, or null
 * @param body      Markdown, untrusted
 * @param pos       where the comment's entry starts
 * @param positions where each field's value starts, by key
 */
public record Comment(String id, String parent, String author, boolean op, OffsetDateTime date, Long score, String source,
                      String body, SourcePos pos, Map<String, SourcePos> positions) {

    public Comment {
        positions = Map.copyOf(positions);
    }

    public SourcePos positionOf(String key) {
        return positions.getOrDefault(key, pos);
    }
}
