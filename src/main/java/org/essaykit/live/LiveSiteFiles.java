package org.essaykit.live;

import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.graph.GraphChange;
import org.essaykit.graph.SiteGraph;
import org.essaykit.output.SiteFile;
import org.essaykit.render.PlannedPage;
import org.essaykit.render.SitemapWriter;
import org.essaykit.render.SiteWideFiles;
import org.essaykit.render.SocialCards;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The site-wide files of a live build ({@link SiteWideFiles}), each kept from the last rebuild: cards are drawn
 * again only when their text changed, preview and search shards written again only when their documents did.
 * When only bodies changed ({@link GraphChange.Bodies}), the files made from front matter alone (sitemap, cards)
 * are kept as they were (cards looked at again only after a new title), and the feed and the redirect pages are
 * made again only when they show one of those bodies.
 */
final class LiveSiteFiles {

    /** The site folder, whose card cache spares drawing cards again across sessions. */
    private final Path siteFolder;
    private final LivePreviews previews = new LivePreviews();
    private final LiveSearchIndex search = new LiveSearchIndex();
    private SiteFile feed;
    private List<SitemapWriter.Entry> sitemapEntries;
    private SiteFile sitemap;
    private SocialCards.Drawing cards = SocialCards.Drawing.NONE;
    private List<Diagnostic> cardProblems = List.of();
    private List<SiteFile> redirects;

    LiveSiteFiles(Path siteFolder) {
        this.siteFolder = siteFolder;
    }

    /** @param change how the graph differs from the one of the last call */
    List<SiteFile> write(SiteGraph graph, List<PlannedPage> pages, GraphChange change, Diagnostics diagnostics) {
        // A swap keeps every URL and date; only a new title reaches what else is made from front matter.
        boolean swapped = change instanceof GraphChange.Bodies && redirects != null;
        boolean frontMattersKept = swapped && !((GraphChange.Bodies) change).retitled();
        if (!swapped || graph.posts().stream().limit(graph.config().feedSize())
                .anyMatch(post -> change.touches(post.doc().source()))) {
            feed = SiteWideFiles.feed(graph);
        }
        List<SitemapWriter.Entry> entries = swapped ? sitemapEntries : SiteWideFiles.sitemapEntries(pages);
        if (!entries.equals(sitemapEntries)) {
            sitemapEntries = entries;
            sitemap = SiteWideFiles.sitemap(graph, entries);
        }
        if (swapped && !frontMattersKept) { // a new title, swapped in: only the swapped posts' cards can differ
            cards = new SocialCards(graph.config()).redrawn(cards, ((GraphChange.Bodies) change).documents(), siteFolder);
        } else if (!frontMattersKept) {
            Diagnostics drawing = new Diagnostics();
            cards = new SocialCards(graph.config()).render(graph, drawing, cards, siteFolder, UnaryOperator.identity());
            cardProblems = drawing.sorted();
        }
        // A redirect page describes the page it leads to, summary included.
        if (!swapped || ((GraphChange.Bodies) change).documents().stream()
                .anyMatch(body -> body.doc().aliases().stream().anyMatch(alias -> alias.startsWith("/")))) {
            redirects = SiteWideFiles.redirects(graph);
        }
        cardProblems.forEach(diagnostics::report);
        return SiteWideFiles.in(graph, feed, sitemap, cards.files(),
                previews.write(graph, SiteWideFiles.origin(graph), change), redirects,
                search.write(graph, SiteWideFiles.origin(graph), change));
    }
}
