package org.essaykit.content;

import java.time.Instant;

/**
 * What to include in a build.
 *
 * @param now when the build runs: posts dated after it are "future" posts
 */
public record LoadOptions(boolean includeDrafts, boolean includeFuture, Instant now) {

    public static LoadOptions published(Instant now) {
        return new LoadOptions(false, false, now);
    }
}
