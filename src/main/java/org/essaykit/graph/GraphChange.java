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
     * The previous graph with these new renderings (as the graph holds them), each of the same shape but perhaps
     * a new title in the same place of every order.
     *
     * @param replaced the renderings they replace, in the same order
     * @param reshown  other documents of the graph, the same objects as before, whose own views show a new title
     *                 of one of them (in their backlinks or their series' neighbours), so must be made again
     */
    record Bodies(List<RenderedDocument> documents, List<RenderedDocument> replaced, List<RenderedDocument> reshown)
            implements GraphChange {
        public Bodies {
            documents = List.copyOf(documents);
            replaced = List.copyOf(replaced);
            reshown = List.copyOf(reshown);
        }

        /** Whether a document has a new title: pages of lists, neighbours and backlinks showing it change too. */
        public boolean retitled() {
            for (int k = 0; k < documents.size(); k++) {
                if (!documents.get(k).doc().title().equals(replaced.get(k).doc().title())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Whether what is made from this document may differ from last time. */
    default boolean touches(Path document) {
        return !(this instanceof Bodies bodies)
                || bodies.documents().stream().anyMatch(body -> body.doc().source().equals(document));
    }
}
