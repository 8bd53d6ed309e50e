package org.essaykit.content;

import java.time.Instant;

/**
 * What to include in a build, and where it is published when that is decided outside the site's config.
 *
 * @param now     when the build runs: posts dated after it are "future" posts
 * @param url     replaces the config's {@code url} when not null (e.g. from the GitHub Pages workflow)
 * @param baseurl replaces the config's {@code baseurl} when not null
 */
public record LoadOptions(boolean includeDrafts, boolean includeFuture, Instant now, String url, String baseurl) {

    public LoadOptions(boolean includeDrafts, boolean includeFuture, Instant now) {
        this(includeDrafts, includeFuture, now, null, null);
    }

    public static LoadOptions published(Instant now) {
        return new LoadOptions(false, false, now);
    }
}
