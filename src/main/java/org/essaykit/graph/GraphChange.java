package org.essaykit.graph;

import java.nio.file.Path;
import java.util.List;

/**
 * How a live build's graph differs from its previous one, so the stages after it can redo only what an edit
 * touched: a graph made anew ({@link #ANYTHING}) or the previous one with new bodies swapped in
 * ({@link SiteGraph#withBodies}), in which every other document is still the same object.
 */
public sealed interface GraphChange {

    GraphChange ANYTHING = new Anything();

    /** A graph made anew: anything may differ. */
    record Anything() implements GraphChange {
    }

    /**
     * The previous graph with these new renderings (as the graph holds them), each of the same shape.
     *
     * @param replaced the renderings they replace, in the same order
     */
    record Bodies(List<RenderedDocument> documents, List<RenderedDocument> replaced) implements GraphChange {
        public Bodies {
            documents = List.copyOf(documents);
            replaced = List.copyOf(replaced);
        }
    }

    /** Whether what is made from this document may differ from last time. */
    default boolean touches(Path document) {
        return !(this instanceof Bodies bodies)
                || bodies.documents().stream().anyMatch(body -> body.doc().source().equals(document));
    }
}
