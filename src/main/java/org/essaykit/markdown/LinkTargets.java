package org.essaykit.markdown;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the site publishes each source file, so that a Markdown link to {@code other-post.md} becomes a
 * link to that post's URL. Implementations must be thread-safe: pages render in parallel.
 */
@FunctionalInterface
public interface LinkTargets {

    /** A site where no link points at a source file. */
    LinkTargets NONE = source -> Optional.empty();

    /** The final URL (base path included) of the page made from {@code source}, a path relative to the site root. */
    Optional<String> urlOf(Path source);
}
