package org.essaykit.markdown;

import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import static org.essaykit.markdown.EssayMarkdownExtension.attributes;

/**
 * Writes a {@link Sidenote}: {@code <small class="sidenote" hidden>} in running text (its paragraphs as block
 * spans), or {@code <aside class="sidenote" hidden>} before a block. It is {@code hidden}, so a page whose styles
 * do not know sidenotes (a site's own templates, a feed reader) shows the footnotes alone, as before; the theme's
 * {@code sidenotes.css} shows it in the margin of a wide screen.
 */
final class SidenoteRenderer {

    private SidenoteRenderer() {
    }

    static void write(Sidenote sidenote, HtmlNodeRendererContext context) {
        HtmlWriter html = context.getWriter();
        String tag = sidenote.inline() ? "small" : "aside";
        if (!sidenote.inline()) {
            html.line();
        }
        html.tag(tag, attributes("class", "sidenote", "hidden", ""));
        html.tag("span", attributes("class", "sidenote-number"));
        html.text(Integer.toString(sidenote.number()));
        html.tag("/span");
        html.text(" ");
        for (Node block = sidenote.note().getFirstChild(); block != null; block = block.getNext()) {
            if (sidenote.inline()) {
                html.tag("span", attributes("class", "sidenote-para"));
                renderInlines(block, context);
                html.tag("/span");
            } else {
                context.render(block);
            }
        }
        html.tag("/" + tag);
        if (!sidenote.inline()) {
            html.line();
        }
    }

    /**
     * A paragraph's text without its references to other notes: rendering one again would count it twice in the
     * footnotes' back-references and repeat its id (the other note stays reachable from the footnotes).
     */
    private static void renderInlines(Node paragraph, HtmlNodeRendererContext context) {
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof FootnoteReference)) {
                context.render(child);
            }
        }
    }
}
