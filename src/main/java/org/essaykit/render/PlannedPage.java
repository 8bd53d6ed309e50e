package org.essaykit.render;

import org.essaykit.diag.SourcePos;

import java.util.Map;

/**
 * One HTML page to render: its URL, the template and the model handed to it, and the source it comes
 * from (for diagnostics). Which pages a rebuild renders again is decided from the model and what the
 * template read of it ({@link PageCache}), not from a list of inputs kept here.
 */
public record PlannedPage(String url, String outputPath, String template, Map<String, Object> model,
                          SourcePos origin) {

    /** The model may hold nulls (a first post has no newer neighbour), which {@code Map.copyOf} refuses. */
    public PlannedPage {
        model = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(model));
    }
}
