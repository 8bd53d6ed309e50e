package org.essaykit.check;

import org.essaykit.markdown.FoundLink;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What produced one output page, so that a broken link is reported where it was written.
 *
 * @param outputPath the page inside the site folder, with forward slashes: {@code posts/x/index.html}
 * @param source     the document the page shows, relative to the site root ({@code content/posts/x.md}),
 *                   or null for pages that show no single document (home, tags)
 * @param template   the template name that rendered the page ({@code post})
 * @param links      every link the page's Markdown produced, in order
 */
public record SourceMap(String outputPath, Path source, String template, List<FoundLink> links) {

    public SourceMap {
        Objects.requireNonNull(outputPath);
        Objects.requireNonNull(template);
        links = List.copyOf(links);
    }
}
