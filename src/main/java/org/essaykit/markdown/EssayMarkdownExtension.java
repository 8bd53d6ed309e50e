package org.essaykit.markdown;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.essaykit.content.DataTable;
import org.essaykit.content.SiteConfig.HeadingIdStyle;
import org.essaykit.math.MathCache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
        renderer.nodeRendererFactory(HeadingAnchorRenderer::new);
        renderer.nodeRendererFactory(CalloutRenderer::new);
        renderer.nodeRendererFactory(TableScrollRenderer::new);
        renderer.nodeRendererFactory(UnresolvedWikiLinkRenderer::new);
        renderer.nodeRendererFactory(context -> new WrapperRenderer(context, DataTableBlocks.Caption.class, "caption", null));
        renderer.nodeRendererFactory(context -> new WrapperRenderer(context, BlockProblem.class, "p", "build-error"));
        renderer.nodeRendererFactory(context -> new SimFigureRenderer(context, runs));
        renderer.nodeRendererFactory(MathRenderer::new);
        renderer.nodeRendererFactory(FigureRenderer::new);
        renderer.nodeRendererFactory(CitationRenderer::new);
        renderer.nodeRendererFactory(SidenoteRenderer::new);
        renderer.nodeRendererFactory(EmbedRenderer::new);
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

    private static final class HeadingAnchorRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        HeadingAnchorRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(HeadingAnchor.class);
        }

        @Override
        public void render(Node node) {
            HtmlWriter html = context.getWriter();
            html.raw(" ");
            html.tag("a", attributes("class", "anchor", "href", "#" + ((HeadingAnchor) node).id(),
                    "aria-label", "Link to this section"));
            html.raw("\u00b6");
            html.tag("/a");
        }
    }

    /** A wikilink no page answers to (a build error) still shows its words. */
    private static final class UnresolvedWikiLinkRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        UnresolvedWikiLinkRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(WikiLink.class);
        }

        @Override
        public void render(Node node) {
            HtmlWriter html = context.getWriter();
            html.tag("span", attributes("class", "unresolved-link"));
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            html.tag("/span");
        }
    }

    /** Renders a node as one element around its children: table captions, problem notes. */
    private static final class WrapperRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final Class<? extends Node> type;
        private final String tag;
        private final String cssClass;

        WrapperRenderer(HtmlNodeRendererContext context, Class<? extends Node> type, String tag, String cssClass) {
            this.context = context;
            this.type = type;
            this.tag = tag;
            this.cssClass = cssClass;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(type);
        }

        @Override
        public void render(Node node) {
            HtmlWriter html = context.getWriter();
            html.tag(tag, cssClass == null ? Map.of() : attributes("class", cssClass));
            if (node instanceof BlockProblem problem) {
                html.text(problem.message());
            }
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            html.tag("/" + tag);
            html.line();
        }
    }

    /** A wide table scrolls inside its box instead of widening the page on a phone. */
    private static final class TableScrollRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        TableScrollRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(TableScroll.class);
        }

        @Override
        public void render(Node node) {
            HtmlWriter html = context.getWriter();
            html.line();
            html.tag("div", attributes("class", "table-scroll"));
            context.render(node.getFirstChild());
            html.tag("/div");
            html.line();
        }
    }

    private static final class CalloutRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        CalloutRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Callout.class);
        }

        @Override
        public void render(Node node) {
            Callout callout = (Callout) node;
            HtmlWriter html = context.getWriter();
            html.line();
            html.tag("div", context.extendAttributes(node, "div",
                    attributes("class", "callout callout-" + callout.type().cssName(), "role", "note")));
            html.line();
            html.tag("p", attributes("class", "callout-title"));
            html.text(callout.type().title());
            html.tag("/p");
            html.line();
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            html.tag("/div");
            html.line();
        }
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
