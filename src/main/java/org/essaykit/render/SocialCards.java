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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
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
     * A card of the site, with the text drawn on it.
     *
     * @param post the post it is for; null for the site's card
     */
    public record Card(Document post, SocialCard.Text text, SiteFile file) {
    }

    /**
     * The site's card (unless site.yaml names an image) and one per post without an image of its own, for a build:
     * each from the site folder's card cache, else drawn, in parallel (drawing and encoding take ~1 ms each, more
     * than rendering a page); the cache is then rid of the cards no longer used.
     *
     * @param siteFolder the site folder, where the card cache lives; null for no cache
     * @param keep       what becomes of each card once drawn: a build writes it out at once, so a large site's
     *                   cards (20 KB each) are never all in memory
     */
    public List<SiteFile> render(SiteGraph graph, Diagnostics diagnostics, Path siteFolder,
                                 UnaryOperator<SiteFile> keep) {
        return cards(graph, diagnostics, siteFolder, keep, text -> null).stream().map(Card::file).toList();
    }

    /**
     * The same cards, each PNG the one {@code drawn} gives for its text when it gives one (those drawn last time, in
     * {@code serve}), else the card cache's, else drawn now. The cache is pruned only when it was asked for every card.
     */
    public List<Card> cards(SiteGraph graph, Diagnostics diagnostics, Path siteFolder, UnaryOperator<SiteFile> keep,
                            Function<SocialCard.Text, byte[]> drawn) {
        SourcePos origin = SourcePos.startOf(config.file());
        if (wanted && fonts == null) {
            diagnostics.report(Diagnostic.warning(origin, "no social cards: this JDK finds no font to draw them with",
                    FONT_HINT));
        }
        if (!rendered) {
            return List.of();
        }
        // Two posts at one URL are already an error of the build; their cards should not add a second one.
        Set<String> urls = new HashSet<>();
        List<RenderedDocument> posts = graph.posts().stream()
                .filter(post -> ownImage(post.doc()) == null && urls.add(post.doc().url()))
                .toList();
        if (siteImage() != null && posts.isEmpty()) {
            return List.of();
        }
        if (fonts.fallback()) {
            diagnostics.report(Diagnostic.warning(origin,
                    "social cards are drawn with the JDK's logical fonts: " + SocialCard.FONT_DIR
                            + " has no DejaVu fonts, so the cards may differ from machine to machine",
                    FONT_HINT));
        }
        List<Wanted> wantedCards = new ArrayList<>();
        if (siteImage() == null) {
            wantedCards.add(new Wanted(null, new SocialCard.Text(host(), config.title(), config.description()),
                    SITE_CARD.substring(1), origin));
        }
        for (RenderedDocument post : posts) {
            wantedCards.add(new Wanted(post.doc(), text(post), cardUrl(post.doc().url()).substring(1),
                    SourcePos.startOf(post.doc().source())));
        }
        SocialCard card = new SocialCard(fonts);
        CardCache cache = CardCache.of(siteFolder, fonts);
        AtomicBoolean cacheSawAll = new AtomicBoolean(true);
        // Each card's bytes depend on its text alone, so the order the threads draw them in changes nothing.
        List<Card> cards = wantedCards.parallelStream().map(wanted -> {
            byte[] png = drawn.apply(wanted.text());
            if (png == null) {
                png = cache.card(wanted.text(), card::png);
            } else {
                cacheSawAll.set(false);
            }
            return new Card(wanted.post(), wanted.text(), keep.apply(new SiteFile.Generated(wanted.path(), png,
                    wanted.origin())));
        }).toList();
        if (cacheSawAll.get()) {
            cache.pruneUnused();
        }
        return cards;
    }

    /**
     * A post's card for the post as it is now, in the place of {@code before}; empty when its text is the same. The
     * PNG is the one {@code drawn} gives for the text, else the card cache's, else drawn now.
     */
    public Optional<Card> redrawn(Card before, RenderedDocument post, Path siteFolder,
                                  Function<SocialCard.Text, byte[]> drawn) {
        SocialCard.Text text = text(post);
        if (text.equals(before.text())) {
            return Optional.empty();
        }
        byte[] png = drawn.apply(text);
        if (png == null) { // the drawing's fonts are set up only for a card neither serve nor the cache has
            png = CardCache.forFew(siteFolder, fonts).card(text, changed -> new SocialCard(fonts).png(changed));
        }
        return Optional.of(new Card(post.doc(), text, new SiteFile.Generated(before.file().path(), png,
                before.file().origin())));
    }

    private SocialCard.Text text(RenderedDocument post) {
        return new SocialCard.Text(config.title(), post.doc().title(), footer(post));
    }

    /** A card to make: its text, and where it goes. */
    private record Wanted(Document post, SocialCard.Text text, String path, SourcePos origin) {
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
