package org.essaykit.render;

import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;
import org.essaykit.graph.GraphChange;
import org.essaykit.graph.SiteGraph;
import org.essaykit.output.SiteFile;

import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The files made from the whole site rather than one page: Atom feed, sitemap, social cards, preview data,
 * redirects, search index, robots.txt and {@code .nojekyll}. One instance kept between rebuilds ({@code serve})
 * draws again only the cards whose text changed and writes again only the preview and search shards whose
 * documents changed. When only bodies changed ({@link GraphChange.Bodies}), the files made from front matter
 * alone (sitemap, cards) are kept as they were, and the feed and the redirect pages are written again only when
 * they show one of those bodies.
 */
public final class SiteWideFiles {

    private final PreviewData.Live previews;
    private final SearchIndex.Live search;
    /** The sitemap lists every page: written again only when an entry changed. */
    private List<SitemapWriter.Entry> sitemapEntries;
    private SiteFile sitemap;
    private SiteFile feed;
    /** The previous write's cards, with what drawing them reported. */
    private SocialCards.Drawing cards = SocialCards.Drawing.NONE;
    private List<Diagnostic> cardProblems = List.of();
    private List<SiteFile> redirects;
    /** What becomes of each file once made (a build writes it out at once). */
    private final UnaryOperator<SiteFile> keep;
    /** The site folder, whose card cache spares drawing cards again across builds; null for none. */
    private final Path siteFolder;

    private SiteWideFiles(Path siteFolder, boolean reused, UnaryOperator<SiteFile> keep) {
        this.siteFolder = siteFolder;
        this.keep = keep;
        this.previews = new PreviewData.Live(reused, keep);
        this.search = new SearchIndex.Live(reused, keep);
    }

    /** For {@code serve}: keeps what the next write can reuse. */
    public static SiteWideFiles live(Path siteFolder) {
        return new SiteWideFiles(siteFolder, true, UnaryOperator.identity());
    }

    /**
     * The files made from the whole site, for one build: the cards, previews and search shards (a large site's are
     * hundreds of megabytes) go to {@code keep} as soon as each is made.
     */
    public static List<SiteFile> of(SiteGraph graph, List<PlannedPage> pages, Path siteFolder,
                                    UnaryOperator<SiteFile> keep, Diagnostics diagnostics) {
        return new SiteWideFiles(siteFolder, false, keep).write(graph, pages, GraphChange.ANYTHING, diagnostics)
                .parallelStream().map(keep).toList();
    }

    /**
     * The files made from the whole site: feed, sitemap, previews, redirects, search index and the small ones.
     *
     * @param change how the graph differs from the one of the previous call on this instance
     */
    public List<SiteFile> write(SiteGraph graph, List<PlannedPage> pages, GraphChange change,
                                Diagnostics diagnostics) {
        boolean frontMattersKept = change instanceof GraphChange.Bodies && redirects != null;
        List<SiteFile> files = new ArrayList<>();
        SourcePos config = SourcePos.startOf(graph.config().file());
        if (!frontMattersKept || graph.posts().stream().limit(graph.config().feedSize())
                .anyMatch(post -> change.touches(post.doc().source()))) {
            feed = SiteFile.Generated.text(FeedWriter.FEED_PATH.substring(1), FeedWriter.write(graph), config);
        }
        files.add(feed);
        if (!graph.config().url().isEmpty()) {
            List<SitemapWriter.Entry> entries = frontMattersKept ? sitemapEntries : pages.stream()
                    .filter(page -> !page.template().equals("404"))
                    .map(SiteWideFiles::sitemapEntry)
                    .toList();
            if (!entries.equals(sitemapEntries)) {
                sitemapEntries = entries;
                sitemap = SiteFile.Generated.text(SitemapWriter.SITEMAP_PATH.substring(1),
                        SitemapWriter.sitemap(graph.config(), entries), config);
            }
            files.add(sitemap);
        }
        if (!frontMattersKept) {
            Diagnostics drawing = new Diagnostics();
            cards = new SocialCards(graph.config()).render(graph, drawing, cards, siteFolder, keep);
            cardProblems = drawing.sorted();
        }
        // A redirect page describes the page it leads to, summary included.
        if (!frontMattersKept || ((GraphChange.Bodies) change).documents().stream()
                .anyMatch(body -> body.doc().aliases().stream().anyMatch(alias -> alias.startsWith("/")))) {
            redirects = RedirectPages.write(graph);
        }
        cardProblems.forEach(diagnostics::report);
        files.addAll(cards.files());
        files.addAll(previews.write(graph, config, change));
        files.addAll(redirects);
        Object cname = graph.config().params().get("cname");
        if (cname != null && !cname.toString().isBlank()) {
            // GitHub Pages serves the site at the custom domain named in this file.
            files.add(SiteFile.Generated.text("CNAME", cname.toString().strip() + "\n", config));
        }
        files.addAll(search.write(graph, config, change));
        files.add(SiteFile.Generated.text("robots.txt", SitemapWriter.robots(graph.config()), config));
        // GitHub Pages would otherwise run Jekyll over the finished site.
        files.add(SiteFile.Generated.text(".nojekyll", "", config));
        return files;
    }

    private static SitemapWriter.Entry sitemapEntry(PlannedPage page) {
        Views.DateView changed = page.model().get("page") instanceof Views.PostView post
                ? (post.modified() != null ? post.modified() : post.date()) : null;
        String lastmod = changed != null ? changed.iso() : null;
        return new SitemapWriter.Entry(page.url(), lastmod);
    }
}
