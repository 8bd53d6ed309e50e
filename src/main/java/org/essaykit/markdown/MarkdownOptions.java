package org.essaykit.markdown;

import org.essaykit.cite.CitationSettings;
import org.essaykit.content.DataTable;
import org.essaykit.content.SiteConfig;
import org.essaykit.content.SiteConfig.HeadingIdStyle;
import org.essaykit.liquid.LiquidPages;
import org.essaykit.simc.SimulationCatalog;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a site asks of its Markdown engine: the one way to configure {@link MarkdownEngine}. A new feature adds a
 * component here and reads it where the engine is built, rather than another constructor.
 *
 * @param headingIds      how heading ids are made (GitHub's or kramdown's rule)
 * @param dataTables      the site's data files, for {@code ```table NAME} blocks
 * @param siteRoot        the site folder, whose files local images are read from (sizes; a missing one is an
 *                        error); null reads no image
 * @param baseurl         the site's base path, which root-relative image URLs may start with
 * @param smartTypography curly quotes, dashes and ellipses in text ({@link SmartPunctuation})
 * @param liquid          the Liquid rendered before the Markdown of the bodies that have it, or null for none
 * @param kramdown        kramdown's IALs, header ids and {@code {:toc}} ({@link KramdownExtension}): a Jekyll
 *                        repository's Markdown, written for kramdown
 * @param jemoji          {@code :shortcodes:} as emoji, for a Jekyll repository that lists the jemoji plugin
 * @param simulations     what {@code ```sim NAME} may name: the built-in simulations and the site's own
 * @param citations       the site's bibliography and citation style ({@link CitationSettings#NONE}: citations stay text)
 * @param sidenotes       footnotes also written beside their references, for the margin of wide screens
 *                        ({@link Sidenotes}); off with {@code sidenotes: false} in site.yaml, and for one document
 *                        with the same key in its front matter
 * @param plainBodyBytes  how many bytes of rendered bodies the engine keeps as they are before it keeps the rest
 *                        compressed ({@link CompactText.Store}); by default 1/32 of the largest heap
 */
public record MarkdownOptions(HeadingIdStyle headingIds, Map<String, DataTable> dataTables, Path siteRoot,
                              String baseurl, boolean smartTypography, LiquidPages liquid,
                              boolean kramdown, boolean jemoji, SimulationCatalog simulations,
                              CitationSettings citations, boolean sidenotes, long plainBodyBytes) {

    /** The site.yaml key that turns on {@link SmartPunctuation}. */
    public static final String SMART_TYPOGRAPHY = "smart_typography";
    /** The site.yaml (or front matter) key that turns sidenotes off with {@code false}. */
    public static final String SIDENOTES = "sidenotes";

    public MarkdownOptions {
        dataTables = Map.copyOf(dataTables);
        baseurl = baseurl == null ? "" : baseurl;
        simulations = simulations == null ? SimulationCatalog.builtInOnly() : simulations;
        citations = citations == null ? CitationSettings.NONE : citations;
    }

    /** Plain Markdown with the given heading ids: no data files, no images read, no smart typography. */
    public static MarkdownOptions defaults(HeadingIdStyle headingIds) {
        return new MarkdownOptions(headingIds, Map.of(), null, "", false, null, false, false, null,
                CitationSettings.NONE, true, CompactText.Store.defaultBudget());
    }

    /** What a site's config asks for: its heading ids, its data files, images read from its folder. */
    public static MarkdownOptions forSite(SiteConfig config, Map<String, DataTable> dataTables, Path siteRoot) {
        return new MarkdownOptions(config.headingIds(), dataTables, siteRoot, config.baseurl(),
                Boolean.TRUE.equals(config.params().get(SMART_TYPOGRAPHY)), LiquidPages.forSite(config, siteRoot),
                config.jekyll().repository(), config.jekyll().repository() && usesPlugin(config, "jemoji"), null,
                CitationSettings.forSite(config, siteRoot), sidenotes(config), CompactText.Store.defaultBudget());
    }

    /**
     * Sidenotes unless site.yaml says {@code sidenotes: false}; a Jekyll repository, whose layouts are its own, has
     * them only when its config says {@code sidenotes: true}.
     */
    private static boolean sidenotes(SiteConfig config) {
        Object setting = config.params().get(SIDENOTES);
        return setting == null ? !config.jekyll().repository() : Boolean.TRUE.equals(setting);
    }

    /** Whether {@code _config.yml} lists a plugin under {@code plugins:} (or the older {@code gems:}). */
    private static boolean usesPlugin(SiteConfig config, String plugin) {
        return java.util.stream.Stream.of("plugins", "gems").map(config.params()::get)
                .anyMatch(list -> list instanceof java.util.List<?> names && names.contains(plugin));
    }

    public MarkdownOptions withSimulations(SimulationCatalog catalog) {
        return new MarkdownOptions(headingIds, dataTables, siteRoot, baseurl, smartTypography, liquid, kramdown, jemoji,
                catalog, citations, sidenotes, plainBodyBytes);
    }
}
