package org.essaykit.markdown;

import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import static org.essaykit.markdown.EssayMarkdownExtension.attributes;

/**
 * Writes an {@link Embed} as a placeholder holding a link to the source: {@code <div class="embed-pending"
 * data-embed="N">}. The transclusion pass replaces it with the content ({@link EmbedSlots}); a body rendered alone
 * keeps the link.
 */
final class EmbedRenderer {

    private EmbedRenderer() {
    }

    static void write(Embed embed, HtmlNodeRendererContext context) {
        HtmlWriter html = context.getWriter();
        html.line();
        html.tag("div", attributes("class", "embed-pending", "data-embed", Integer.toString(embed.ordinal())));
        context.render(embed.getFirstChild());
        html.tag("/div");
        html.line();
    }
}
