package org.essaykit.graph;

import org.essaykit.content.Document;

import java.nio.file.Path;

/**
 * A document that links to another, with the words around the link. It names the linking document by what a
 * backlink shows of it, not by its rendering: a new body that keeps the document's shape leaves it as it is.
 *
 * @param source the linking document's source path
 */
public record Backlink(Path source, Document.Kind kind, String title, String url, String context) {

    static Backlink of(RenderedDocument from, String context) {
        Document doc = from.doc();
        return new Backlink(doc.source(), doc.kind(), doc.title(), doc.url(), context);
    }
}
