package org.essaykit.render;

import org.essaykit.content.Document;
import org.essaykit.content.SiteConfig;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.output.SiteFile;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Which page shows which image when its link is shared. Each post gets a card of its own next to its page
 * ({@code posts/x/card.png}); every other page shows the site's card ({@code assets/card.png}), or the image
 * {@code site.yaml} names as {@code image:}. {@code social_cards: false} turns the rendered cards off. Cards
 * need the site's {@code url}: forums fetch {@code og:image} by its absolute URL.
 */
public final class SocialCards {

    static final String SITE_CARD = "/assets/card.png";
    private static final String FONT_HINT = "install Debian's fonts-dejavu-core (apt-get install fonts-dejavu-core),"
            + " or set `social_cards: false` in site.yaml";

    private final SiteConfig config;
    /** The site wants cards: it has a url and does not turn them off. */
    private final boolean wanted;
    /** Null when this JDK cannot draw text. */
    private final SocialCard.Fonts fonts;
    private final boolean rendered;

    public SocialCards(SiteConfig config) {
        this.config = config;
        this.wanted = !config.url().isEmpty() && !Boolean.FALSE.equals(config.params().get("social_cards"));
        this.fonts = wanted ? SocialCard.available() : null;
        this.rendered = wanted && fonts != null;
    }

    /** The image shown for a post's link: its front matter's {@code image:}, else its card; null when none. */
    Views.CardView forPost(Document post) {
        String own = ownImage(post);
        if (own != null) {
            return new Views.CardView(config.absoluteUrl(own), 0, 0, post.title());
        }
        return rendered ? view(cardUrl(post.url()), post.title()) : forSite();
    }

    /** The image shown for every other page; null when the site has none. */
    Views.CardView forSite() {
        String image = siteImage();
        if (image != null) {
            return new Views.CardView(config.absoluteUrl(image), 0, 0, config.title());
        }
        return rendered ? view(SITE_CARD, config.title()) : null;
    }

    private String siteImage() {
        return image(config.params().get("image"));
    }

    private static String ownImage(Document post) {
        return image(post.frontMatter().get("image"));
    }

    /** An image's path: text, or the {@code path} of a mapping as jekyll-seo-tag writes it ({@code image: {path: x}}). */
    private static String image(Object value) {
        if (value instanceof Map<?, ?> mapping) {
            value = mapping.get("path");
        }
        return value == null || value instanceof Map || value instanceof List || value.toString().isBlank() ? null
                : value.toString().strip();
    }

    private Views.CardView view(String path, String alt) {
        return new Views.CardView(config.absoluteUrl(path), SocialCard.WIDTH, SocialCard.HEIGHT, alt);
    }

    /** {@code /posts/x/} has its card at {@code /posts/x/card.png}; {@code /2023/05/first.html} at {@code first.card.png}. */
    static String cardUrl(String postUrl) {
        if (postUrl.endsWith("/")) {
            return postUrl + "card.png";
        }
        int dot = postUrl.lastIndexOf('.');
        String stem = dot > postUrl.lastIndexOf('/') ? postUrl.substring(0, dot) : postUrl;
        return stem + ".card.png";
    }

    /**
     * The cards drawn, the PNG of each text drawn this time (only of cards kept in memory, as {@code serve} keeps
     * them) and each post's card by its source, with the document it was drawn for, to hand to the next rebuild.
     */
    public record Drawing(List<SiteFile> files, Map<SocialCard.Text, byte[]> pngs, Map<Path, PostCard> posts) {
        public static final Drawing NONE = new Drawing(List.of(), Map.of(), Map.of());
    }

    /**
     * A post's card and the document it was drawn for: a post whose document is that very object has the same
     * front matter, so the same card.
     *
     * @param place where the card is among the drawing's files
     */
    public record PostCard(Document drawnFor, SiteFile file, SocialCard.Text text, int place) {
    }

    /**
     * The site's card (unless site.yaml names an image) and one per post without an image of its own, drawn in
     * parallel. A card whose text is in {@code earlier} (the previous rebuild's, in {@code serve}) or in the site
     * folder's card cache is not drawn again: drawing and encoding take ~1 ms each, more than rendering a page.
     * A post whose document is the very object it was last time keeps its card without its text being made.
     *
     * @param earlier    the previous rebuild's drawing, or {@link Drawing#NONE}
     * @param siteFolder the site folder, where the card cache lives; null for no cache
     * @param keep       what becomes of each card once drawn: a build writes it out at once, so a large site's
     *                   cards (20 KB each) are never all in memory
     */
    public Drawing render(SiteGraph graph, Diagnostics diagnostics, Drawing earlier, Path siteFolder,
                          UnaryOperator<SiteFile> keep) {
        SourcePos origin = SourcePos.startOf(config.file());
        if (wanted && fonts == null) {
            diagnostics.report(Diagnostic.warning(origin, "no social cards: this JDK finds no font to draw them with",
                    FONT_HINT));
        }
        if (!rendered) {
            return Drawing.NONE;
        }
        // Two posts at one URL are already an error of the build; their cards should not add a second one.
        Set<String> urls = new HashSet<>();
        List<RenderedDocument> posts = graph.posts().stream()
                .filter(post -> ownImage(post.doc()) == null && urls.add(post.doc().url()))
                .toList();
        if (siteImage() != null && posts.isEmpty()) {
            return Drawing.NONE;
        }
        if (fonts.fallback()) {
            diagnostics.report(Diagnostic.warning(origin,
                    "social cards are drawn with the JDK's logical fonts: " + SocialCard.FONT_DIR
                            + " has no DejaVu fonts, so the cards may differ from machine to machine",
                    FONT_HINT));
        }
        SocialCard card = new SocialCard(fonts);
        CardCache cache = CardCache.of(siteFolder, fonts);
        // Each card to make: the site's first, then the posts'. A post whose document is the same object has the
        // same front matter, so the same card (found by identity, not hashed): it is not made again.
        List<Card> cards = new ArrayList<>();
        if (siteImage() == null) {
            cards.add(new Card(null, SITE_CARD.substring(1), origin,
                    new SocialCard.Text(host(), config.title(), config.description()), null));
        }
        for (RenderedDocument post : posts) {
            Document doc = post.doc();
            PostCard kept = earlier.posts().get(doc.source());
            cards.add(kept != null && kept.drawnFor() == doc ? new Card(doc, kept.file(), kept.text())
                    : new Card(doc, cardUrl(doc.url()).substring(1), SourcePos.startOf(doc.source()), text(post), null));
        }
        // Each card's bytes depend on its text alone, so the order the threads draw them in changes nothing.
        List<SiteFile> files = cards.parallelStream()
                .map(c -> c.kept() != null ? c.kept() : keep.apply(new SiteFile.Generated(c.path(),
                        png(c.text(), earlier, cache, card), c.origin())))
                .toList();
        Map<SocialCard.Text, byte[]> pngs = new HashMap<>();
        Map<Path, PostCard> byPost = new HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            Card made = cards.get(i);
            if (files.get(i) instanceof SiteFile.Generated inMemory) {
                pngs.put(made.text(), inMemory.bytes());
            }
            if (made.post() != null) {
                byPost.put(made.post().source(), new PostCard(made.post(), files.get(i), made.text(), i));
            }
        }
        if (earlier == Drawing.NONE) { // a build, or a rebuild from scratch: it asked the cache for every card
            cache.pruneUnused();
        }
        return new Drawing(files, pngs, byPost);
    }

    /**
     * The drawing after posts changed in place, keeping their URLs and their places (serve swaps a new title into
     * the last graph so): their cards drawn again, every other card kept, without a look at every post.
     *
     * @param changed the posts (and other documents, which have no card) as they are now
     */
    public Drawing redrawn(Drawing earlier, List<RenderedDocument> changed, Path siteFolder) {
        List<RenderedDocument> posts = changed.stream().filter(post -> earlier.posts().containsKey(post.doc().source()))
                .toList();
        if (posts.isEmpty()) {
            return earlier;
        }
        SocialCard card = new SocialCard(fonts);
        CardCache cache = CardCache.forFew(siteFolder, fonts);
        List<SiteFile> files = new ArrayList<>(earlier.files());
        Map<SocialCard.Text, byte[]> pngs = new HashMap<>(earlier.pngs());
        Map<Path, PostCard> byPost = new HashMap<>(earlier.posts());
        for (RenderedDocument post : posts) {
            PostCard before = byPost.get(post.doc().source());
            SocialCard.Text text = text(post);
            SiteFile file = before.text().equals(text) ? before.file() : new SiteFile.Generated(before.file().path(),
                    png(text, earlier, cache, card), SourcePos.startOf(post.doc().source()));
            pngs.remove(before.text());
            if (file instanceof SiteFile.Generated inMemory) {
                pngs.put(text, inMemory.bytes());
            }
            files.set(before.place(), file);
            byPost.put(post.doc().source(), new PostCard(post.doc(), file, text, before.place()));
        }
        return new Drawing(files, pngs, byPost);
    }

    /** A card's PNG: the one drawn last time for the same text, else the card cache's, else drawn now. */
    private static byte[] png(SocialCard.Text text, Drawing earlier, CardCache cache, SocialCard card) {
        byte[] drawn = earlier.pngs().get(text);
        return drawn != null ? drawn : cache.card(text, card::png);
    }

    private SocialCard.Text text(RenderedDocument post) {
        return new SocialCard.Text(config.title(), post.doc().title(), footer(post));
    }

    /**
     * One card to make: drawn from its text, or the previous rebuild's file kept as it is.
     *
     * @param post the post it is for; null for the site's card
     */
    private record Card(Document post, String path, SourcePos origin, SocialCard.Text text, SiteFile kept) {
        Card(Document post, SiteFile kept, SocialCard.Text text) {
            this(post, kept.path(), kept.origin(), text, kept);
        }
    }

    /** The date and tags, as the post's page shows them. */
    private static String footer(RenderedDocument post) {
        List<String> parts = new ArrayList<>();
        if (post.doc().date() != null) {
            parts.add(PostViews.date(post.doc().date()).display());
        }
        if (!post.doc().tags().isEmpty()) {
            parts.add(post.doc().tags().stream().collect(Collectors.joining(", ")));
        }
        return String.join(" \u00b7 ", parts);
    }

    private String host() {
        String host = URI.create(config.url()).getHost();
        return host == null ? config.title() : host.toLowerCase(Locale.ROOT) + config.baseurl();
    }
}
