package org.essaykit.cite;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.essaykit.content.ContentLoader;
import org.essaykit.content.Document;
import org.essaykit.content.SiteConfig;
import org.essaykit.diag.SourcePos;

/**
 * What a site's config says about citations, with Pandoc's keys: {@code bibliography} (a file or a list, relative
 * to {@code content/}), {@code csl} (a bundled style's name or a {@code .csl} file), {@code reference-section-title};
 * and ours, {@code reference-section-id}. A post's front matter may say the same: its bibliographies add to the
 * site's (its own win on a shared key), its style and title replace the site's.
 *
 * @param contentDir   the folder the files are named relative to
 * @param shownContent that folder as diagnostics show it (relative to the site folder)
 * @param configFile   the config as diagnostics show it
 */
public record CitationSettings(Path contentDir, Path shownContent, Path configFile, List<String> bibliography,
                               String csl, String title, String id) {

    public static final String BIBLIOGRAPHY = "bibliography";
    public static final String CSL = "csl";
    public static final String TITLE = "reference-section-title";
    public static final String ID = "reference-section-id";

    /** No bibliography: nothing is read as a citation. */
    public static final CitationSettings NONE = new CitationSettings(Path.of(""), Path.of(""), Path.of(""), List.of(),
            null, "References", "references");

    public CitationSettings {
        bibliography = List.copyOf(bibliography);
    }

    public static CitationSettings forSite(SiteConfig config, Path siteRoot) {
        if (siteRoot == null) {
            return NONE;
        }
        Path contentDir = ContentLoader.contentDir(siteRoot);
        Map<String, Object> params = config.params();
        return new CitationSettings(contentDir, siteRoot.relativize(contentDir),
                siteRoot.relativize(ContentLoader.configFile(siteRoot)), files(params.get(BIBLIOGRAPHY)),
                text(params.get(CSL), null), text(params.get(TITLE), "References"), text(params.get(ID), "references"));
    }

    /** The bibliography files a document's citations are looked up in: the site's, then its own. */
    public List<Named> filesFor(Document document) {
        List<Named> named = new java.util.ArrayList<>();
        bibliography.forEach(file -> named.add(new Named(file, SourcePos.startOf(configFile))));
        files(document.frontMatter().get(BIBLIOGRAPHY))
                .forEach(file -> named.add(new Named(file, document.positionOf(BIBLIOGRAPHY))));
        return List.copyOf(named);
    }

    /** The style a document is formatted in, and where that choice was written. */
    public Named styleFor(Document document) {
        String own = text(document.frontMatter().get(CSL), null);
        return own != null ? new Named(own, document.positionOf(CSL)) : new Named(csl, SourcePos.startOf(configFile));
    }

    public String titleFor(Document document) {
        return text(document.frontMatter().get(TITLE), title);
    }

    /**
     * Whether a changed file may be a bibliography or a style: {@code serve} then builds everything again, since
     * which pages cite it is known only once they are rendered.
     */
    public static boolean mayBeCitationSource(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".bib") || name.endsWith(".bibtex") || name.endsWith(".csl") || name.endsWith(".json");
    }

    /** A file or style name as written, with where it was written (for the error when it cannot be read). */
    public record Named(String name, SourcePos where) {
    }

    private static List<String> files(Object value) {
        if (value instanceof String file && !file.isBlank()) {
            return List.of(file.strip());
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).map(String::strip)
                    .filter(file -> !file.isEmpty()).toList();
        }
        return List.of();
    }

    private static String text(Object value, String fallback) {
        return value instanceof String text && !text.isBlank() ? text.strip() : fallback;
    }
}
