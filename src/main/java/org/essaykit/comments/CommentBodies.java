package org.essaykit.comments;

import org.essaykit.markdown.SafeUrls;
import org.commonmark.Extension;
import org.essaykit.content.ConceptMentions;
import org.essaykit.content.SiteConfig;
import org.essaykit.content.SiteIndex;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.essaykit.markdown.MathExtension;
import org.essaykit.math.MathText;
import org.essaykit.math.MathCache;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders untrusted comment Markdown to HTML that is safe to embed: raw HTML is escaped by the Markdown
 * renderer, the result is cleaned to a small safe list by jsoup, and every link and image URL must pass
 * {@link SafeUrls}; the refused ones are listed with their place in the body, and a refused {@code source} is left
 * out. TeX math becomes MathML, which the safe list lets through as MathML Core's layout elements with their
 * presentation attributes only (no style, class, id or link). Immutable and thread-safe.
 */
public final class CommentBodies {

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
        parser = Parser.builder().extensions(extensions).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
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
        Node tree = parser.parse(comment.body());
        List<RenderedComment.RefusedUrl> refused = new ArrayList<>();
        if (comment.source() != null && !SafeUrls.allowed(comment.source())) {
            refused.add(new RenderedComment.RefusedUrl("source", comment.source(), 1, 1));
            comment = withoutSource(comment);
        }
        refusedLinks(tree, refused);
        String html = renderer.render(tree);
        // A base URI is needed for jsoup to tell relative URLs from unknown schemes; it never reaches the output.
        Document dirty = Jsoup.parseBodyFragment(html, "https://comment.invalid/");
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element link : clean.select("a")) {
            // An empty href is what the Markdown renderer leaves of a forbidden URL.
            if (link.hasAttr("href") && (link.attr("href").isBlank() || !SafeUrls.allowed(link.attr("href")))) {
                link.removeAttr("href");
            }
            link.attr("rel", "nofollow ugc noopener");
        }
        index.conceptMentions().ifPresent(mentions -> linkConcepts(clean.body(), mentions));
        List<String> links = clean.select("a[href]").eachAttr("href");
        clean.select("a[href]").forEach(link -> withBase(link, "href"));
        for (Element image : clean.select("img")) {
            if (image.attr("src").isBlank() || !SafeUrls.allowed(image.attr("src"))) {
                // Its words stay readable; only the URL goes.
                image.replaceWith(new org.jsoup.nodes.TextNode(image.attr("alt")));
            } else {
                image.attr("loading", "lazy");
                withBase(image, "src");
            }
        }
        clean.outputSettings().prettyPrint(false);
        return new RenderedComment(comment, clean.body().html(), readableText(clean.body()), links, refused);
    }

    /** The body's text for previews, each formula as readable text ({@link MathText}) rather than its symbols run together. */
    private static String readableText(Element body) {
        if (body.selectFirst("math") == null) {
            return body.text();
        }
        Element copy = body.clone();
        for (Element math : copy.select("math")) {
            math.replaceWith(new org.jsoup.nodes.TextNode(MathText.of(math.outerHtml())));
        }
        return copy.text();
    }

    /** Every link and image destination of the body that {@link SafeUrls} refuses, where it is written. */
    private static void refusedLinks(Node tree, List<RenderedComment.RefusedUrl> out) {
        tree.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                check(link, link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                check(image, image.getDestination());
                visitChildren(image);
            }

            private void check(Node node, String url) {
                if (!SafeUrls.allowed(url)) {
                    List<SourceSpan> spans = node.getSourceSpans();
                    SourceSpan at = spans.isEmpty() ? null : spans.get(0);
                    out.add(new RenderedComment.RefusedUrl("body", url, at == null ? 1 : at.getLineIndex() + 1,
                            at == null ? 1 : at.getColumnIndex() + 1));
                }
            }
        });
    }

    private static Comment withoutSource(Comment c) {
        return new Comment(c.id(), c.parent(), c.author(), c.op(), c.date(), c.score(), null, c.body(), c.pos(),
                c.positions());
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

}
