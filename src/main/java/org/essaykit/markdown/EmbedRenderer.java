package org.essaykit.markdown;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.Set;

import static org.essaykit.markdown.EssayMarkdownExtension.attributes;

/**
 * Writes an {@link Embed} as a placeholder holding a link to the source: {@code <div class="embed-pending"
 * data-embed="N">}. The transclusion pass replaces it with the content ({@link EmbedSlots}); a body rendered alone
 * keeps the link.
 */
final class EmbedRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;

    EmbedRenderer(HtmlNodeRendererContext context) {
        this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Embed.class);
    }

    @Override
    public void render(Node node) {
        HtmlWriter html = context.getWriter();
        html.line();
        html.tag("div", attributes("class", "embed-pending", "data-embed", Integer.toString(((Embed) node).ordinal())));
        context.render(node.getFirstChild());
        html.tag("/div");
        html.line();
    }
}
