package org.essaykit.graph;

import org.essaykit.content.Document;
import org.essaykit.markdown.RenderedMarkdown;

/** A document whose Markdown has been rendered. */
public record RenderedDocument(Document doc, RenderedMarkdown markdown) {
}
