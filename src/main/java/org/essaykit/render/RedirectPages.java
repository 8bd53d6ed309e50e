package org.essaykit.render;

import org.essaykit.content.Document;
import org.essaykit.content.Permalinks;
import org.essaykit.content.SiteConfig;
import org.essaykit.diag.SourcePos;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.output.JsonWriter;
import org.essaykit.output.SiteFile;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps old URLs working: each {@code aliases:} entry of a document that starts with {@code /} gets a
 * small page at that URL that sends readers (meta refresh) and search engines (canonical) to the page's
 * current address. Static hosts such as GitHub Pages cannot send real redirects.
 */
final class RedirectPages {

    private RedirectPages() {
    }

    static List<SiteFile> write(SiteGraph graph) {
        SiteConfig config = graph.config();
        SocialCards cards = new SocialCards(config);
        List<SiteFile> files = new ArrayList<>();
        // jekyll-redirect-from lets two pages claim one old URL (one redirect page wins, silently): in a Jekyll
        // repository the first document in order keeps it, where our own aliases report the clash.
        java.util.Set<String> claimed = new java.util.HashSet<>();
        boolean jekyll = config.jekyll().repository();
        for (RenderedDocument rendered : graph.documents()) {
            Document doc = rendered.doc();
            String away = redirectTo(doc, config);
            if (away != null) {
                files.add(SiteFile.Generated.text(Permalinks.outputPath(doc.url()), page(config, rendered, cards,
                        away.startsWith("/") ? config.withBase(away) : away, away.startsWith("/")
                                ? config.absoluteUrl(away) : away), doc.positionOf(REDIRECT_TO)));
            }
            for (String alias : doc.aliases()) {
                if (alias.startsWith("/") && (claimed.add(Permalinks.outputPath(alias)) || !jekyll)) {
                    files.add(SiteFile.Generated.text(Permalinks.outputPath(alias), page(config, rendered, cards,
                            config.relativeUrl(doc.url()), config.absoluteUrl(doc.url())), doc.positionOf("aliases")));
                }
            }
        }
        return files;
    }

    /** jekyll-redirect-from's key: the document's own page sends its readers to this URL. */
    private static final String REDIRECT_TO = "redirect_to";

    /**
     * Where a document of a Jekyll repository sends its readers instead of having a page ({@code redirect_to:},
     * an http(s) or root-relative URL), or null.
     */
    static String redirectTo(Document doc, SiteConfig config) {
        Object value = doc.frontMatter().get(REDIRECT_TO);
        if (!config.jekyll().repository() || !(value instanceof String url)) {
            return null;
        }
        String target = url.strip();
        return target.startsWith("/") && !target.startsWith("//") || target.startsWith("https://")
                || target.startsWith("http://") ? target : null;
    }

    /** A page that sends its reader to {@code url} ({@code canonical} absolute), showing the document's preview. */
    private static String page(SiteConfig config, RenderedDocument rendered, SocialCards cards, String url,
                               String canonical) {
        Document doc = rendered.doc();
        String target = Html.escape(url);
        // A meta refresh drops the #fragment of the old URL; the script keeps it, so shared links to a
        // heading still land on that heading (and the link checker can check them on the new page).
        return "<!DOCTYPE html>\n<html lang=\"" + Html.escape(config.language()) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + Html.escape(doc.title()) + "</title>\n"
                + "<link rel=\"canonical\" href=\"" + Html.escape(canonical) + "\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + linkPreview(config, rendered, doc.isPost() ? cards.forPost(doc) : cards.forSite())
                + "<script>location.replace(" + jsString(url) + " + location.hash)</script>\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + target + "\">\n</head>\n<body>\n"
                + "<p>This page has moved to <a href=\"" + target + "\">" + Html.escape(doc.title()) + "</a>.</p>\n"
                + "</body>\n</html>\n";
    }

    /**
     * What a forum or chat app shows for a link to the old URL, most of which read these tags rather than follow
     * the refresh: the page it moved to, as that page describes itself (see partials/head.html).
     */
    private static String linkPreview(SiteConfig config, RenderedDocument rendered, Views.CardView card) {
        Document doc = rendered.doc();
        String own = doc.description() != null ? doc.description() : rendered.markdown().summary();
        String description = !own.isEmpty() ? own : !config.description().isEmpty() ? config.description()
                : config.title();
        StringBuilder tags = new StringBuilder();
        meta(tags, "name", "description", description);
        meta(tags, "property", "og:site_name", config.title());
        meta(tags, "property", "og:title", doc.title());
        meta(tags, "property", "og:type", doc.isPost() ? "article" : "website");
        meta(tags, "property", "og:url", config.absoluteUrl(doc.url()));
        meta(tags, "property", "og:description", description);
        if (card != null) {
            meta(tags, "property", "og:image", card.url());
            if (card.width() > 0) {
                meta(tags, "property", "og:image:type", "image/png");
                meta(tags, "property", "og:image:width", Integer.toString(card.width()));
                meta(tags, "property", "og:image:height", Integer.toString(card.height()));
            }
            meta(tags, "property", "og:image:alt", card.alt());
            meta(tags, "name", "twitter:card", "summary_large_image");
            meta(tags, "name", "twitter:image", card.url());
            meta(tags, "name", "twitter:image:alt", card.alt());
        } else {
            meta(tags, "name", "twitter:card", "summary");
        }
        meta(tags, "name", "twitter:title", doc.title());
        meta(tags, "name", "twitter:description", description);
        return tags.toString();
    }

    private static void meta(StringBuilder tags, String attribute, String name, String content) {
        tags.append("<meta ").append(attribute).append("=\"").append(name).append("\" content=\"")
                .append(Html.escape(content)).append("\">\n");
    }

    /** A JavaScript string literal that cannot end the script element it stands in. */
    private static String jsString(String text) {
        StringBuilder out = new StringBuilder();
        JsonWriter.string(text, out);
        return out.toString().replace("<", "\\u003c");
    }

}
