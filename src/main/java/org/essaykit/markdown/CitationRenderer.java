package org.essaykit.markdown;

import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.essaykit.cite.CitationFormatter;

/**
 * A citation as the links {@code cite.CitationLinks} made (an unresolved one as its text); the reference list as
 * Pandoc writes it ({@code div.references.csl-bib-body}).
 */
final class CitationRenderer {

    private CitationRenderer() {
    }

    static void write(Node node, HtmlNodeRendererContext context) {
        HtmlWriter html = context.getWriter();
        if (node instanceof CitationNode citation) {
            if (citation.html() == null) {
                html.tag("span", EssayMarkdownExtension.attributes("class", "citation unresolved"));
                html.text(citation.written());
                html.tag("/span");
                return;
            }
            html.raw(citation.html());
        } else if (node instanceof ReferenceList list) {
            html.line();
            html.tag("div", EssayMarkdownExtension.attributes("class", "references csl-bib-body"));
            html.line();
            for (CitationFormatter.Entry entry : list.entries()) {
                html.raw(entry.html());
                html.line();
            }
            html.tag("/div");
            html.line();
        }
    }
}
