package org.essaykit.check;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the checker leaves alone, besides elements marked {@code data-proofer-ignore} (and everything
 * inside them).
 *
 * @param urls  URLs matching any of these (searched anywhere in the URL as written) are not checked
 * @param paths output files matching any of these globs ({@code drafts/**}) are not read as pages
 */
public record IgnoreRules(List<Pattern> urls, List<String> paths) {

    public static final IgnoreRules NONE = new IgnoreRules(List.of(), List.of());

    public IgnoreRules {
        urls = List.copyOf(urls);
        paths = List.copyOf(paths);
    }

    boolean ignoresUrl(String url) {
        // Called for every URL of the site: a plain loop, no stream, and nothing at all without rules.
        for (Pattern pattern : urls) {
            if (pattern.matcher(url).find()) {
                return true;
            }
        }
        return false;
    }

    boolean ignoresPage(String sitePath) {
        Path path = Path.of(sitePath);
        return paths.stream().anyMatch(glob -> matcher(glob).matches(path));
    }

    private static PathMatcher matcher(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }
}
