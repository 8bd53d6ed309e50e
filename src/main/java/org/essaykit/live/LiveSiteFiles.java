package org.essaykit.live;

import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.graph.GraphChange;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.output.SiteFile;
import org.essaykit.render.PlannedPage;
import org.essaykit.render.SitemapWriter;
import org.essaykit.render.SiteWideFiles;
import org.essaykit.render.SocialCard;
import org.essaykit.render.SocialCards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private List<SocialCards.Card> cards = List.of();
    private List<SiteFile> cardFiles = List.of();
    /** The PNG of each card's text: a card drawn once in a session is not drawn or read from the cache again. */
    private final Map<SocialCard.Text, byte[]> pngs = new HashMap<>();
    /** The place of each post's card among the cards, by the post's source. */
    private final Map<Path, Integer> cardPlaces = new HashMap<>();
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
            redrawCards(new SocialCards(graph.config()), ((GraphChange.Bodies) change).documents());
        } else if (!frontMattersKept) {
            Diagnostics drawing = new Diagnostics();
            drawCards(new SocialCards(graph.config()).cards(graph, drawing, siteFolder, UnaryOperator.identity(),
                    pngs::get));
            cardProblems = drawing.sorted();
        }
        // A redirect page describes the page it leads to, summary included.
        if (!swapped || ((GraphChange.Bodies) change).documents().stream()
                .anyMatch(body -> body.doc().aliases().stream().anyMatch(alias -> alias.startsWith("/")))) {
            redirects = SiteWideFiles.redirects(graph);
        }
        cardProblems.forEach(diagnostics::report);
        return SiteWideFiles.in(graph, feed, sitemap, cardFiles,
                previews.write(graph, SiteWideFiles.origin(graph), change), redirects,
                search.write(graph, SiteWideFiles.origin(graph), change));
    }

    private void drawCards(List<SocialCards.Card> drawn) {
        cards = drawn;
        cardFiles = drawn.stream().map(SocialCards.Card::file).toList();
        pngs.clear();
        cardPlaces.clear();
        for (int i = 0; i < drawn.size(); i++) {
            pngs.put(drawn.get(i).text(), ((SiteFile.Generated) drawn.get(i).file()).bytes());
            if (drawn.get(i).post() != null) {
                cardPlaces.put(drawn.get(i).post().source(), i);
            }
        }
    }

    /** The cards of these documents drawn again where their text changed (posts keep their places after a swap). */
    private void redrawCards(SocialCards drawing, List<RenderedDocument> changed) {
        List<SocialCards.Card> next = null;
        for (RenderedDocument post : changed) {
            Integer at = cardPlaces.get(post.doc().source()); // none for a page, a concept, a post with its own image
            Optional<SocialCards.Card> now = at == null ? Optional.empty()
                    : drawing.redrawn(cards.get(at), post, siteFolder, pngs::get);
            if (now.isPresent()) {
                pngs.remove(cards.get(at).text());
                pngs.put(now.get().text(), ((SiteFile.Generated) now.get().file()).bytes());
                next = next == null ? new ArrayList<>(cards) : next;
                next.set(at, now.get());
            }
        }
        if (next != null) { // the usual title edit changes one card: the list of 10,000 is copied only then
            cards = next;
            cardFiles = next.stream().map(SocialCards.Card::file).toList();
        }
    }
}
