package org.essaykit.comments;

import java.nio.file.Path;
import java.util.List;

/**
 * The archived discussion of one post.
 *
 * @param file     the thread file, relative to the site root
 * @param post     the source path of the post it belongs to
 * @param comments in the order written in the file
 */
public record CommentThread(Path file, Path post, List<RenderedComment> comments) {

    public CommentThread {
        comments = List.copyOf(comments);
    }
}
