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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    private static String image(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
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
     * The cards drawn, the PNG of each text drawn this time and each post's card by its document (identity), to
     * hand to the next rebuild.
     */
    public record Drawing(List<SiteFile> files, Map<SocialCard.Text, byte[]> pngs, Map<Document, SiteFile> posts) {
        public static final Drawing NONE = new Drawing(List.of(), Map.of(), Map.of());
    }

    /**
     * The site's card (unless site.yaml names an image) and one per post without an image of its own, drawn in
     * parallel. A card whose text is in {@code earlier} (the previous rebuild's, in {@code serve}) or in the site
     * folder's card cache is not drawn again: drawing and encoding take ~1 ms each, more than rendering a page.
     * A post whose document is the very object it was last time keeps its card without its text being made.
     *
     * @param earlier    the previous rebuild's drawing, or {@link Drawing#NONE}
     * @param siteFolder the site folder, where the card cache lives; null for no cache
     */
    public Drawing render(SiteGraph graph, Diagnostics diagnostics, Drawing earlier, Path siteFolder) {
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
        // The same document object has the same front matter, so the same card (found by identity, not hashed).
        List<SiteFile> kept = posts.stream()
                .map(post -> earlier == Drawing.NONE ? null : earlier.posts().get(post.doc()))
                .toList();
        List<SocialCard.Text> texts = new ArrayList<>();
        if (siteImage() == null) {
            texts.add(new SocialCard.Text(host(), config.title(), config.description()));
        }
        for (int i = 0; i < posts.size(); i++) {
            texts.add(kept.get(i) != null ? null
                    : new SocialCard.Text(config.title(), posts.get(i).doc().title(), footer(posts.get(i))));
        }
        Map<SocialCard.Text, byte[]> pngs = draw(texts, earlier, cache, card);
        List<SiteFile> files = new ArrayList<>();
        if (siteImage() == null) {
            files.add(new SiteFile.Generated(SITE_CARD.substring(1), pngs.get(texts.get(0)), origin));
        }
        Map<Document, SiteFile> byDocument = new IdentityHashMap<>();
        int first = texts.size() - posts.size();
        for (int i = 0; i < posts.size(); i++) {
            Document doc = posts.get(i).doc();
            SiteFile file = kept.get(i) != null ? kept.get(i) : new SiteFile.Generated(cardUrl(doc.url()).substring(1),
                    pngs.get(texts.get(first + i)), SourcePos.startOf(doc.source()));
            files.add(file);
            byDocument.put(doc, file);
        }
        if (earlier == Drawing.NONE) { // a build, or a rebuild from scratch: it asked the cache for every card
            cache.pruneUnused();
        }
        return new Drawing(files, pngs, byDocument);
    }

    /**
     * The PNG of each text (nulls are skipped): the previous rebuild's, else the cache's, else drawn, on all cores.
     * Each card's bytes depend on its text alone, so the order the threads draw them in changes nothing.
     */
    private static Map<SocialCard.Text, byte[]> draw(List<SocialCard.Text> texts, Drawing earlier, CardCache cache,
                                                     SocialCard card) {
        List<SocialCard.Text> distinct = texts.stream().filter(Objects::nonNull).distinct().toList();
        List<byte[]> pngs = distinct.parallelStream()
                .map(text -> earlier.pngs().containsKey(text) ? earlier.pngs().get(text) : cache.card(text, card::png))
                .toList();
        Map<SocialCard.Text, byte[]> byText = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            byText.put(distinct.get(i), pngs.get(i));
        }
        return byText;
    }

    /** The date and tags, as the post's page shows them. */
    private static String footer(RenderedDocument post) {
        List<String> parts = new ArrayList<>();
        if (post.doc().date() != null) {
            parts.add(ViewFactory.date(post.doc().date()).display());
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
