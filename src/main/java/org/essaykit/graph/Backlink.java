package org.essaykit.graph;

/** A document that links to another, with the words around the link. */
public record Backlink(RenderedDocument from, String context) {
}
