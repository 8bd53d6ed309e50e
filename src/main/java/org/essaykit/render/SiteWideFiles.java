package org.essaykit.render;

import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;
import org.essaykit.graph.SiteGraph;
import org.essaykit.output.SiteFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The files made from the whole site rather than one page: Atom feed, sitemap, social cards, preview data,
 * redirects, search index, robots.txt, {@code CNAME} and {@code .nojekyll}, each made by a function of the graph
 * here. A build makes them all ({@link #of}); {@code serve}'s live layer keeps each part and makes again only
 * what an edit touched.
 */
public final class SiteWideFiles {

    private SiteWideFiles() {
    }

    /**
     * The files made from the whole site, for one build: the cards, previews and search shards (a large site's are
     * hundreds of megabytes) go to {@code keep} as soon as each is made.
     */
    public static List<SiteFile> of(SiteGraph graph, List<PlannedPage> pages, Path siteFolder,
                                    UnaryOperator<SiteFile> keep, Diagnostics diagnostics) {
        SourcePos origin = origin(graph);
        List<SiteFile> cards = new SocialCards(graph.config()).render(graph, diagnostics, siteFolder, keep);
        List<SitemapWriter.Entry> entries = sitemapEntries(pages);
        return in(graph, feed(graph), sitemap(graph, entries), cards,
                PreviewData.write(graph, origin, keep), redirects(graph),
                SearchIndex.write(graph, origin, keep))
                .parallelStream().map(keep).toList();
    }

    /** The site-wide files in their order, the small ones added: every build and rebuild lists them alike. */
    public static List<SiteFile> in(SiteGraph graph, SiteFile feed, SiteFile sitemap, List<SiteFile> cards,
                                    List<SiteFile> previews, List<SiteFile> redirects, List<SiteFile> search) {
        SourcePos origin = origin(graph);
        List<SiteFile> files = new ArrayList<>();
        files.add(feed);
        if (sitemap != null) {
            files.add(sitemap);
        }
        files.addAll(cards);
        files.addAll(previews);
        files.addAll(redirects);
        Object cname = graph.config().params().get("cname");
        if (cname != null && !cname.toString().isBlank()) {
            // GitHub Pages serves the site at the custom domain named in this file.
            files.add(SiteFile.Generated.text("CNAME", cname.toString().strip() + "\n", origin));
        }
        files.addAll(search);
        files.add(SiteFile.Generated.text("robots.txt", SitemapWriter.robots(graph.config()), origin));
        // GitHub Pages would otherwise run Jekyll over the finished site.
        files.add(SiteFile.Generated.text(".nojekyll", "", origin));
        return files;
    }

    /** Where problems with the site-wide files are reported: the site config. */
    public static SourcePos origin(SiteGraph graph) {
        return SourcePos.startOf(graph.config().file());
    }

    public static SiteFile feed(SiteGraph graph) {
        return SiteFile.Generated.text(FeedWriter.FEED_PATH.substring(1), FeedWriter.write(graph), origin(graph));
    }

    /** What the sitemap lists: every page but the 404 page, with its last change. */
    public static List<SitemapWriter.Entry> sitemapEntries(List<PlannedPage> pages) {
        return pages.stream().filter(page -> !page.template().equals("404")).map(SiteWideFiles::sitemapEntry).toList();
    }

    /** The sitemap, or null when the site has no url to make its addresses absolute. */
    public static SiteFile sitemap(SiteGraph graph, List<SitemapWriter.Entry> entries) {
        return graph.config().url().isEmpty() ? null : SiteFile.Generated.text(SitemapWriter.SITEMAP_PATH.substring(1),
                SitemapWriter.sitemap(graph.config(), entries), origin(graph));
    }

    /** The pages that send a document's old addresses (its aliases) to it. */
    public static List<SiteFile> redirects(SiteGraph graph) {
        return RedirectPages.write(graph);
    }

    private static SitemapWriter.Entry sitemapEntry(PlannedPage page) {
        Views.DateView changed = page.model().get("page") instanceof Views.PostView post
                ? (post.modified() != null ? post.modified() : post.date()) : null;
        String lastmod = changed != null ? changed.iso() : null;
        return new SitemapWriter.Entry(page.url(), lastmod);
    }
}
