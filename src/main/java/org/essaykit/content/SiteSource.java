package org.essaykit.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything read from a site folder, before any Markdown is rendered.
 *
 * @param root        the site folder (absolute); every other path is relative to it
 * @param documents   posts and pages, sorted by source path
 * @param staticFiles files copied as they are, sorted by output path
 * @param data        the data files of {@code content/data/}, by name
 */
public record SiteSource(Path root, SiteConfig config, List<Document> documents, List<StaticFile> staticFiles,
                         Map<String, DataTable> data) {

    /** A file copied to the site unchanged. */
    public record StaticFile(Path source, String outputPath) {
    }

    /** A site with no documents, for rendering a lone body in tests and tools. */
    static SiteSource empty() {
        SiteConfig config = new SiteConfig(Path.of("content/site.yaml"), "", "", "", "", "", "en", List.of(),
                SiteConfig.DEFAULT_PERMALINK, SiteConfig.HeadingIdStyle.GITHUB, java.time.ZoneOffset.UTC, 20,
                SiteConfig.DEFAULT_PAGINATE, SiteConfig.DEFAULT_PAGINATE_PATH, java.util.Map.of(),
                JekyllSettings.NONE);
        return new SiteSource(Path.of(""), config, List.of(), List.of(), Map.of());
    }

    /** The same site with its documents' Markdown text let go (a large site's weighs hundreds of megabytes). */
    public SiteSource withoutBodies() {
        return new SiteSource(root, config, documents.stream().map(Document::withoutBody).toList(), staticFiles, data);
    }

    public SiteSource {
        documents = List.copyOf(documents);
        staticFiles = List.copyOf(staticFiles);
        data = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(data));
    }
}
