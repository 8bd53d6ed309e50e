package org.essaykit.graph;

import org.essaykit.content.Document;
import org.essaykit.markdown.FoundLink;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the graph and the other documents' pages take from a rendered document: its front matter and what
 * its body links to, may be linked at and embeds, but not the body's text. Two renderings of one shape can swap
 * places in a graph ({@link SiteGraph#withBodies}); what differs between them (HTML, contents, summary, word
 * count) reaches other pages only through the document's own view, whose reads are tracked.
 *
 * @param frontMatter the document with an empty body: every key, the URL, dates, tags, positions of the keys
 * @param links       each link without its position: targets for the link check, contexts for backlinks
 */
record DocumentShape(Document frontMatter, List<Link> links, Set<String> anchorIds, List<String> headingIds,
                     List<String> simulations) {

    /** A link as the graph sees it: where it leads and the words around it, not where it is written. */
    record Link(FoundLink.Kind kind, String destination, String text, Path target, String fragment, String context) {
    }

    static DocumentShape of(RenderedDocument rendered) {
        return of(rendered, rendered.doc().title());
    }

    /** The shape with the title taken as {@code title}: two renderings whose shapes differ only in title. */
    static DocumentShape of(RenderedDocument rendered, String title) {
        Document doc = rendered.doc();
        Document frontMatter = new Document(doc.source(), doc.kind(), doc.slug(), doc.url(), title,
                doc.subtitle(), doc.date(), doc.modified(), doc.tags(), doc.categories(), doc.layout(), doc.draft(),
                doc.description(), doc.author(), doc.aliases(), doc.series(), doc.seriesPart(), withTitle(doc, title),
                doc.positions(), "", doc.bodyLine());
        List<Link> links = rendered.markdown().links().stream()
                .map(l -> new Link(l.kind(), l.destination(), l.text(), l.target(), l.fragment(), l.context()))
                .toList();
        return new DocumentShape(frontMatter, links, rendered.markdown().anchorIds(), rendered.markdown().headingIds(),
                rendered.markdown().simulations());
    }

    private static Map<String, Object> withTitle(Document doc, String title) {
        if (title.equals(doc.title()) || !doc.frontMatter().containsKey("title")) {
            return doc.frontMatter();
        }
        Map<String, Object> keys = new LinkedHashMap<>(doc.frontMatter());
        keys.put("title", title);
        return keys;
    }
}
