package org.essaykit.comments;

import org.commonmark.Extension;
import org.essaykit.content.ConceptMentions;
import org.essaykit.content.SiteConfig;
import org.essaykit.content.SiteIndex;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.essaykit.markdown.MathExtension;
import org.essaykit.math.MathCache;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Renders untrusted comment Markdown to HTML that is safe to embed: raw HTML is escaped by the Markdown
 * renderer, the result is cleaned to a small safe list by jsoup, and every link and image URL must be
 * http, https, mailto or relative. TeX math becomes MathML, which the safe list lets through as MathML Core's
 * layout elements with their presentation attributes only (no style, class, id or link). Thread-safe.
 */
public final class CommentBodies {

    /** After removing what browsers ignore in a scheme, anything else with a colon before any / ? # is a scheme. */
    private static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\x00-\\x20\\x7f-\\x9f\\u00a0\\u200b-\\u200f\\u2028\\u2029\\ufeff]");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final List<String> SCHEMES = List.of("http", "https", "mailto");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist;
    private final String baseurl;
    private final SiteIndex index;

    /** @param baseurl the site's base path ("" or e.g. "/repo"), put before root-relative URLs as on every page */
    public CommentBodies(String baseurl) {
        this(baseurl, SiteIndex.EMPTY);
    }

    /** @param index finds the concepts a comment mentions, to link them as in posts */
    public CommentBodies(String baseurl, SiteIndex index) {
        this.baseurl = baseurl;
        this.index = index;
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), MathExtension.create(new MathCache()));
        parser = Parser.builder().extensions(extensions).build();
        renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true).build();
        safelist = Safelist.basic()
                .addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr", "del", "s", "img",
                        "table", "thead", "tbody", "tr", "th", "td")
                .addAttributes("img", "src", "alt", "title")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addProtocols("img", "src", "http", "https")
                // MathML Core, as Temml writes it: no semantics/annotation (annotation-xml may hold HTML)
                .addTags("math", "mrow", "mi", "mn", "mo", "ms", "mtext", "mspace", "mpadded", "mphantom", "mstyle",
                        "msub", "msup", "msubsup", "munder", "mover", "munderover", "mfrac", "msqrt", "mroot",
                        "mtable", "mtr", "mtd", "mmultiscripts", "mprescripts", "none", "menclose")
                .addAttributes("math", "display")
                .addAttributes("mi", "mathvariant")
                .addAttributes("mo", "fence", "form", "stretchy", "symmetric", "largeop", "movablelimits", "lspace",
                        "rspace", "minsize", "maxsize", "accent", "separator")
                .addAttributes("mfrac", "linethickness")
                .addAttributes("mover", "accent")
                .addAttributes("munder", "accentunder")
                .addAttributes("munderover", "accent", "accentunder")
                .addAttributes("mspace", "width", "height", "depth")
                .addAttributes("mpadded", "width", "height", "depth", "lspace", "voffset")
                .addAttributes("mstyle", "displaystyle", "scriptlevel", "mathcolor")
                .addAttributes("mtable", "columnalign", "rowspacing")
                .addAttributes("mtd", "columnalign")
                .addAttributes("menclose", "notation")
                .removeProtocols("a", "href", "ftp")
                .preserveRelativeLinks(true);
    }

    public RenderedComment render(Comment comment) {
        String html = renderer.render(parser.parse(comment.body()));
        // A base URI is needed for jsoup to tell relative URLs from unknown schemes; it never reaches the output.
        Document dirty = Jsoup.parseBodyFragment(html, "https://comment.invalid/");
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element link : clean.select("a")) {
            // An empty href is what the Markdown renderer leaves of a forbidden URL.
            if (link.hasAttr("href") && (link.attr("href").isBlank() || !allowed(link.attr("href")))) {
                link.removeAttr("href");
            }
            link.attr("rel", "nofollow ugc noopener");
        }
        index.conceptMentions().ifPresent(mentions -> linkConcepts(clean.body(), mentions));
        List<String> links = clean.select("a[href]").eachAttr("href");
        clean.select("a[href]").forEach(link -> withBase(link, "href"));
        for (Element image : clean.select("img")) {
            if (image.attr("src").isBlank() || !allowed(image.attr("src"))) {
                // Its words stay readable; only the URL goes.
                image.replaceWith(new org.jsoup.nodes.TextNode(image.attr("alt")));
            } else {
                image.attr("loading", "lazy");
                withBase(image, "src");
            }
        }
        clean.outputSettings().prettyPrint(false);
        return new RenderedComment(comment, clean.body().html(), clean.body().text(), links);
    }

    /**
     * Links the first mention of each concept in the comment, as in posts: never inside links, code, math, quotes
     * or headings. Runs on the cleaned tree, and the only URLs it adds are the site's own concept pages.
     */
    private void linkConcepts(Element body, ConceptMentions mentions) {
        Set<String> linked = new HashSet<>();
        for (TextNode text : body.select("*:not(a, a *, code, code *, pre, pre *, math, math *, blockquote, blockquote *, h1, h2, h3, h4, h5, h6)")
                .textNodes().stream().toList()) {
            String whole = text.getWholeText();
            int done = 0;
            for (ConceptMentions.Mention m : mentions.find(whole)) {
                org.essaykit.content.Document concept = m.concept();
                if (!linked.add(concept.url())) {
                    continue;
                }
                text.before(new TextNode(whole.substring(done, m.start())));
                // Root-relative like the comment's own links: the base path is added to all of them below.
                text.before(new Element("a").attr("href", concept.url()).text(whole.substring(m.start(), m.end())));
                done = m.end();
            }
            if (done > 0) {
                text.before(new TextNode(whole.substring(done)));
                text.remove();
            }
        }
    }

    private void withBase(Element element, String attribute) {
        String url = element.attr(attribute);
        element.attr(attribute, SiteConfig.withBase(baseurl, url));
    }

    /** Only http, https, mailto or relative URLs, however the scheme is spelled. */
    static boolean allowed(String url) {
        String squeezed = IGNORED_IN_SCHEME.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        var scheme = SCHEME.matcher(squeezed);
        if (scheme.find()) {
            return SCHEMES.contains(scheme.group(1));
        }
        // No scheme: relative, unless the colon is hidden behind characters a browser would drop or decode.
        int colon = squeezed.indexOf(':');
        int end = firstOf(squeezed, "/?#");
        return colon < 0 || end >= 0 && end < colon;
    }

    private static int firstOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
