package org.essaykit.render;

import org.essaykit.diag.SourcePos;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One HTML page to render: its URL, the template and the model handed to it, the source it comes
 * from (for diagnostics), and the documents it shows.
 *
 * @param inputs the source files whose content this page shows, sorted: a page must be rendered again
 *               when one of them, its template or the site-wide view changes (for incremental rebuilds)
 */
public record PlannedPage(String url, String outputPath, String template, Map<String, Object> model,
                          SourcePos origin, List<Path> inputs) {

    /** The model may hold nulls (a first post has no newer neighbour), which {@code Map.copyOf} refuses. */
    public PlannedPage {
        model = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(model));
        inputs = inputs.stream().distinct().sorted().toList();
    }
}
