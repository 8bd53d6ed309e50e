package org.essaykit.markdown;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.CoreHtmlNodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.Set;

import static org.essaykit.markdown.EssayMarkdownExtension.attributes;

/**
 * {@link Figure} as {@code <figure class="figure">} with its {@code <figcaption>} ("Figure 2: caption"),
 * {@link TableCaption} as {@code <caption>}, an unresolved {@link CrossRef} as its words, and
 * {@link FigureAnchor} as nothing (the simulation's figure after it shows its id and number).
 */
final class FigureRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final CoreHtmlNodeRenderer core;

    FigureRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.core = new CoreHtmlNodeRenderer(context);
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Figure.class, TableCaption.class, CrossRef.class, FigureAnchor.class, SizedImage.class,
                CrossRefLink.class);
    }

    @Override
    public void render(Node node) {
        HtmlWriter html = context.getWriter();
        if (node instanceof SizedImage || node instanceof CrossRefLink) {
            core.render(node); // renderers are found by exact class: these render as the image and link they are
        } else if (node instanceof Figure figure) {
            html.line();
            Numbering numbering = figure.numbering();
            html.tag("figure", numbering == null ? attributes("class", "figure") : attributes("class", "figure", "id", numbering.id()));
            FigureCaption caption = figure.caption();
            context.render(figure.getFirstChild()); // the image
            if (numbering != null || caption != null) {
                html.tag("figcaption");
                label(html, numbering, caption != null);
                if (caption != null) {
                    NodeWriter.children(caption, context);
                }
                html.tag("/figcaption");
            }
            html.tag("/figure");
            html.line();
        } else if (node instanceof TableCaption caption) {
            html.tag("caption");
            label(html, caption.numbering(), node.getFirstChild() != null);
            NodeWriter.children(node, context);
            html.tag("/caption");
        } else if (node instanceof CrossRef) {
            html.tag("span", attributes("class", "unresolved-link"));
            NodeWriter.children(node, context);
            html.tag("/span");
        }
    }

    /** "Figure 2:" before a caption, "Figure 2" alone. */
    static void label(HtmlWriter html, Numbering numbering, boolean captionFollows) {
        if (numbering == null) {
            return;
        }
        html.tag("span", attributes("class", "figure-label"));
        html.text(captionFollows ? numbering.label() + ":" : numbering.label());
        html.tag("/span");
        if (captionFollows) {
            html.text(" ");
        }
    }
}
