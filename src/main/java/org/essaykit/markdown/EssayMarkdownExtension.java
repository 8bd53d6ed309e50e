package org.essaykit.markdown;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.essaykit.content.DataTable;
import org.essaykit.content.SiteConfig.HeadingIdStyle;
import org.essaykit.math.MathCache;

import java.util.LinkedHashMap;
import java.util.Map;

/** Our Markdown dialect as one CommonMark extension: heading ids and permalinks, callouts, no HTML comments. */
final class EssayMarkdownExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final HeadingIdStyle headingIds;
    private final Map<String, DataTable> dataTables;
    private final MathCache math;
    private final SimRuns runs;

    EssayMarkdownExtension(HeadingIdStyle headingIds, Map<String, DataTable> dataTables, MathCache math,
                           SimRuns runs) {
        this.headingIds = headingIds;
        this.dataTables = dataTables;
        this.math = math;
        this.runs = runs;
    }

    @Override
    public void extend(Parser.Builder parser) {
        MathExtension.syntax(parser);
        parser.postProcessor(new EssayTreePass(headingIds, dataTables, math));
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(NodeWriter.of(HeadingAnchor.class, EssayMarkdownExtension::headingAnchor));
        renderer.nodeRendererFactory(NodeWriter.of(Callout.class, EssayMarkdownExtension::callout));
        renderer.nodeRendererFactory(NodeWriter.of(TableScroll.class, EssayMarkdownExtension::tableScroll));
        renderer.nodeRendererFactory(NodeWriter.of(WikiLink.class, EssayMarkdownExtension::unresolvedWikiLink));
        renderer.nodeRendererFactory(NodeWriter.of(DataTableBlocks.Caption.class,
                EssayMarkdownExtension::dataTableCaption));
        renderer.nodeRendererFactory(NodeWriter.of(BlockProblem.class, EssayMarkdownExtension::blockProblem));
        renderer.nodeRendererFactory(NodeWriter.of(FencedCodeBlock.class,
                (block, context) -> SimFigureRenderer.write(block, runs, context)));
        renderer.nodeRendererFactory(MathRenderer.FACTORY);
        renderer.nodeRendererFactory(FigureRenderer::new);
        renderer.nodeRendererFactory(NodeWriter.of(CitationRenderer::write, CitationNode.class, ReferenceList.class));
        renderer.nodeRendererFactory(NodeWriter.of(Sidenote.class, SidenoteRenderer::write));
        renderer.nodeRendererFactory(NodeWriter.of(Embed.class, EmbedRenderer::write));
        renderer.attributeProviderFactory(context -> new EssayAttributes());
    }

    /** Heading ids from their anchor; images load lazily so long essays open fast, with their size when it is known. */
    private static final class EssayAttributes implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading heading && heading.getLastChild() instanceof HeadingAnchor anchor) {
                attributes.put("id", anchor.id());
            } else if (node instanceof Image) {
                attributes.put("loading", "lazy");
                if (node instanceof SizedImage sized) {
                    attributes.put("width", Integer.toString(sized.width()));
                    attributes.put("height", Integer.toString(sized.height()));
                    if (sized.srcset() != null) {
                        attributes.put("srcset", sized.srcset());
                        attributes.put("sizes", org.essaykit.images.ResizedImages.sizes());
                    }
                }
            } else if (node instanceof CrossRefLink) {
                attributes.put("class", "xref");
            } else if (node instanceof TableBlock && node.getFirstChild() instanceof TableCaption caption && caption.numbering() != null) {
                attributes.put("id", caption.numbering().id());
            } else if (node instanceof TableCell cell) {
                // HTML5 dropped the align attribute; header cells get a scope for screen readers.
                String align = attributes.remove("align");
                if (align != null) {
                    attributes.put("style", "text-align: " + align);
                }
                if (cell.isHeader()) {
                    attributes.put("scope", cell.getParent() != null && cell.getParent().getParent() instanceof TableBody
                            ? "row" : "col");
                }
            }
        }
    }

    private static void headingAnchor(HeadingAnchor anchor, HtmlNodeRendererContext context) {
        HtmlWriter html = context.getWriter();
        html.raw(" ");
        html.tag("a", attributes("class", "anchor", "href", "#" + anchor.id(), "aria-label", "Link to this section"));
        html.raw("\u00b6");
        html.tag("/a");
    }

    /** A wikilink no page answers to (a build error) still shows its words. */
    private static void unresolvedWikiLink(WikiLink link, HtmlNodeRendererContext context) {
        HtmlWriter html = context.getWriter();
        html.tag("span", attributes("class", "unresolved-link"));
        NodeWriter.children(link, context);
        html.tag("/span");
    }

    /** A data table's caption: {@code <caption>} around its words. */
    private static void dataTableCaption(DataTableBlocks.Caption caption, HtmlNodeRendererContext context) {
        HtmlWriter html = context.getWriter();
        html.tag("caption", Map.of());
        NodeWriter.children(caption, context);
        html.tag("/caption");
        html.line();
    }

    /** A problem of a block (a build error) as a note in its place. */
    private static void blockProblem(BlockProblem problem, HtmlNodeRendererContext context) {
        HtmlWriter html = context.getWriter();
        html.tag("p", attributes("class", "build-error"));
        html.text(problem.message());
        NodeWriter.children(problem, context);
        html.tag("/p");
        html.line();
    }

    /** A wide table scrolls inside its box instead of widening the page on a phone. */
    private static void tableScroll(TableScroll scroll, HtmlNodeRendererContext context) {
        HtmlWriter html = context.getWriter();
        html.line();
        html.tag("div", attributes("class", "table-scroll"));
        context.render(scroll.getFirstChild());
        html.tag("/div");
        html.line();
    }

    private static void callout(Callout callout, HtmlNodeRendererContext context) {
        HtmlWriter html = context.getWriter();
        html.line();
        html.tag("div", context.extendAttributes(callout, "div",
                attributes("class", "callout callout-" + callout.type().cssName(), "role", "note")));
        html.line();
        html.tag("p", attributes("class", "callout-title"));
        html.text(callout.type().title());
        html.tag("/p");
        html.line();
        NodeWriter.children(callout, context);
        html.tag("/div");
        html.line();
    }

    /** Attributes in the order given: {@code Map.of} iterates in a different order on every run. */
    static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
