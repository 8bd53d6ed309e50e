package org.essaykit.markdown;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * kramdown's syntax that Jekyll blogs use, for a Jekyll repository's Markdown: IALs and header ids
 * ({@link KramdownSyntax}), {@code {:toc}}, definition lists ({@link DefinitionList}) and abbreviations
 * ({@link Abbreviations}). Registered before our dialect, whose heading ids it sets first.
 */
final class KramdownExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    @Override
    public void extend(Parser.Builder parser) {
        parser.customBlockParserFactory(new DefinitionList.Factory());
        parser.postProcessor(new KramdownSyntax());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(NodeWriter.of(KramdownExtension::toc, KramdownToc.class, IalAttributes.class));
        renderer.nodeRendererFactory(NodeWriter.of(KramdownExtension::definitionList, DefinitionList.class,
                DefinitionList.Term.class, DefinitionList.Details.class));
        renderer.nodeRendererFactory(NodeWriter.of(Abbreviations.Abbreviation.class, (abbreviation, context) -> {
            HtmlWriter html = context.getWriter();
            html.tag("abbr", Map.of("title", abbreviation.title()));
            context.render(abbreviation.getFirstChild());
            html.tag("/abbr");
        }));
        renderer.attributeProviderFactory(context -> (node, tagName, attributes) -> {
            if (node.getFirstChild() instanceof IalAttributes given) {
                given.ial().applyTo(attributes);
            }
        });
    }

    /** {@code <dl>}, {@code <dt>}, {@code <dd>}; a definition of one paragraph without its {@code <p>}, as kramdown. */
    private static void definitionList(Node node, HtmlNodeRendererContext context) {
        HtmlWriter html = context.getWriter();
        String tag = node instanceof DefinitionList ? "dl" : node instanceof DefinitionList.Term ? "dt" : "dd";
        html.line();
        html.tag(tag, context.extendAttributes(node, tag, Map.of()));
        Node content = node instanceof DefinitionList.Details details && DefinitionList.tight(details)
                ? details.getFirstChild() : node;
        NodeWriter.children(content, context);
        html.tag("/" + tag);
        html.line();
    }

    /** {@code {:toc}} as kramdown writes it: nested lists of links to the body's headings; IALs write nothing. */
    private static void toc(Node node, HtmlNodeRendererContext context) {
        HtmlWriter html = context.getWriter();
        if (!(node instanceof KramdownToc)) {
            return;
        }
        Node root = node;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        List<Heading> headings = new ArrayList<>();
        collect(root, headings);
        html.line();
        int depth = 0;
        int[] levels = new int[7];
        for (Heading heading : headings) {
            if (depth == 0 || heading.getLevel() > levels[depth]) {
                html.tag("ul", depth == 0 ? Map.of("id", "markdown-toc") : Map.of());
                levels[++depth] = heading.getLevel();
            } else {
                while (depth > 1 && heading.getLevel() < levels[depth]) {
                    html.tag("/li");
                    html.tag("/ul");
                    depth--;
                }
                html.tag("/li");
            }
            html.tag("li");
            html.tag("a", Map.of("href", "#" + ((HeadingAnchor) heading.getLastChild()).id()));
            html.text(PlainText.of(heading).strip());
            html.tag("/a");
        }
        while (depth > 0) {
            html.tag("/li");
            html.tag("/ul");
            depth--;
        }
        html.line();
    }

    private static void collect(Node node, List<Heading> headings) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading && heading.getLastChild() instanceof HeadingAnchor) {
                headings.add(heading);
            } else {
                collect(child, headings);
            }
        }
    }
}
