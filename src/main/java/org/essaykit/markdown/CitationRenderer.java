package org.essaykit.markdown;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.essaykit.cite.CitationFormatter;
import org.essaykit.cite.CitationSyntax.Citation;

/**
 * A citation as a link to its first work's entry, naming every work it cites in {@code data-cites} (which the
 * preview script shows); the reference list as Pandoc writes it ({@code div.references.csl-bib-body}).
 */
final class CitationRenderer implements NodeRenderer {

    /** A citation is one link: links inside the processor's text (a URL variable) would nest. */
    private static final Pattern LINK_TAG = Pattern.compile("</?a\\b[^>]*>");

    private final HtmlNodeRendererContext context;

    CitationRenderer(HtmlNodeRendererContext context) {
        this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(CitationNode.class, ReferenceList.class);
    }

    @Override
    public void render(Node node) {
        HtmlWriter html = context.getWriter();
        if (node instanceof CitationNode citation) {
            if (citation.html() == null) {
                html.tag("span", EssayMarkdownExtension.attributes("class", "citation unresolved"));
                html.text(citation.written());
                html.tag("/span");
                return;
            }
            String keys = citation.citations().stream().map(Citation::key).distinct().collect(Collectors.joining(" "));
            html.tag("a", EssayMarkdownExtension.attributes("class", "citation",
                    "href", "#" + CitationFormatter.entryId(citation.citations().get(0).key()), "data-cites", keys));
            html.raw(LINK_TAG.matcher(citation.html()).replaceAll(""));
            html.tag("/a");
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
