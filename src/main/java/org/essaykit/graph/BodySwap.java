package org.essaykit.graph;

import org.essaykit.content.Document;
import org.essaykit.content.SiteSource;
import org.essaykit.content.Slugs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * New renderings of some documents swapped into a graph ({@link SiteGraph#withBodies}) instead of relating the site
 * again: what a live build does after an edit that keeps each document's shape and place.
 */
final class BodySwap {

    private BodySwap() {
    }

    static Optional<SiteGraph.Swapped> into(SiteGraph graph, SiteSource next, Collection<RenderedDocument> bodies) {
        if (next.documents().size() != graph.posts().size() + graph.concepts().size() + graph.pages().size()) {
            return Optional.empty();
        }
        // Found where their order puts them: a body of the same shape sorts as the one it replaces.
        Map<RenderedDocument, RenderedDocument> swap = new IdentityHashMap<>();
        for (RenderedDocument raw : bodies) {
            RenderedDocument body = SiteGraph.withCommentAnchors(raw, graph.threads());
            Document.Kind kind = body.doc().kind();
            List<RenderedDocument> list = kind == Document.Kind.POST ? graph.posts()
                    : kind == Document.Kind.CONCEPT ? graph.concepts() : graph.pages();
            int at = placeOf(list, body, orderOf(kind));
            RenderedDocument old = at < 0 ? null : list.get(at);
            if (old == null || !DocumentShape.of(old).equals(DocumentShape.of(body, old.doc().title()))
                    || !keepsPlace(list, at, body, orderOf(kind))) {
                return Optional.empty();
            }
            swap.put(old, body);
        }
        Set<Path> retitled = new HashSet<>();
        for (Map.Entry<RenderedDocument, RenderedDocument> entry : swap.entrySet()) {
            RenderedDocument old = entry.getKey();
            if (!old.doc().title().equals(entry.getValue().doc().title())) {
                retitled.add(old.doc().source());
                // Titles break ties in a series' order too.
                for (Series s : graph.series()) {
                    int at = s.posts().indexOf(old);
                    if (at >= 0 && !keepsPlace(s.posts(), at, entry.getValue(), SiteGraph.SERIES_ORDER)) {
                        return Optional.empty();
                    }
                }
            }
        }
        // Only the tags and series of the swapped documents can hold them.
        Set<String> slugs = new HashSet<>();
        for (RenderedDocument body : swap.values()) {
            body.doc().tags().forEach(tag -> slugs.add(Slugs.slugify(tag)));
            if (body.doc().series() != null) {
                slugs.add(Slugs.slugify(body.doc().series()));
            }
        }
        SiteGraph swapped = new SiteGraph(next, swapIn(graph.posts(), swap, SiteGraph.NEWEST_FIRST),
                swapIn(graph.concepts(), swap, SiteGraph.CONCEPT_ORDER), swapIn(graph.pages(), swap, SiteGraph.PAGE_ORDER),
                graph.tags().stream().map(tag -> !slugs.contains(tag.slug()) ? tag
                        : new TagGroup(tag.name(), tag.slug(), tag.url(), swapIn(tag.posts(), swap, SiteGraph.NEWEST_FIRST)))
                        .toList(),
                graph.series().stream().map(s -> !slugs.contains(s.slug()) ? s
                        : new Series(s.name(), s.slug(), s.url(), swapIn(s.posts(), swap, null))).toList(),
                retitled.isEmpty() ? graph.backlinks() : retitledBacklinks(graph, swap.values(), retitled), graph.threads());
        return Optional.of(new SiteGraph.Swapped(swapped, new GraphChange.Bodies(List.copyOf(swap.values()),
                List.copyOf(swap.keySet()), retitled.isEmpty() ? List.of() : showing(swapped, retitled))));
    }


    /** Where a document of the same source sits in a list kept in {@code order}; -1 when none. */
    private static int placeOf(List<RenderedDocument> list, RenderedDocument body, Comparator<RenderedDocument> order) {
        int found = Collections.binarySearch(list, body, order);
        int near = found >= 0 ? found : -found - 1;
        // A new title can move the search off its place (titles break ties), but only among the documents it ties
        // with otherwise, which sit next to where the search ended: look there first, outwards.
        for (int step = 0; step < 2 * list.size() + 1; step++) {
            int i = near + (step % 2 == 0 ? step / 2 : -(step + 1) / 2);
            if (i >= 0 && i < list.size() && list.get(i).doc().source().equals(body.doc().source())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code body} sorts between the neighbours of place {@code at}, as the document it replaces did. */
    private static boolean keepsPlace(List<RenderedDocument> list, int at, RenderedDocument body,
                                      Comparator<RenderedDocument> order) {
        return (at == 0 || order.compare(list.get(at - 1), body) < 0)
                && (at + 1 == list.size() || order.compare(body, list.get(at + 1)) < 0);
    }

    /** The backlinks with the new titles of the retitled documents (whose links are the same). */
    private static Map<Path, List<Backlink>> retitledBacklinks(SiteGraph graph, Collection<RenderedDocument> bodies,
                                                               Set<Path> retitled) {
        Map<Path, String> titles = new HashMap<>();
        bodies.forEach(body -> titles.put(body.doc().source(), body.doc().title()));
        Map<Path, List<Backlink>> renamed = new HashMap<>(graph.backlinks());
        renamed.replaceAll((target, list) -> list.stream().noneMatch(b -> retitled.contains(b.source())) ? list
                : list.stream().map(b -> !retitled.contains(b.source()) ? b
                        : new Backlink(b.source(), b.kind(), titles.get(b.source()), b.url(), b.context())).toList());
        return renamed;
    }

    /**
     * The documents other than {@code retitled} whose own pages show one of their titles: those they link to
     * (backlinks), the concepts linking to them (a concept's picture of its neighbours) and their neighbours in a
     * series. In site order.
     */
    private static List<RenderedDocument> showing(SiteGraph graph, Set<Path> retitled) {
        Set<Path> shown = new HashSet<>();
        graph.backlinks().forEach((target, list) -> {
            if (list.stream().anyMatch(b -> retitled.contains(b.source()))) {
                shown.add(target);
            }
        });
        // A concept's page pictures its neighbours, those it links to among them.
        retitled.forEach(doc -> graph.backlinks().getOrDefault(doc, List.of()).stream()
                .filter(b -> b.kind() == Document.Kind.CONCEPT).forEach(b -> shown.add(b.source())));
        for (Series s : graph.series()) {
            List<RenderedDocument> members = s.posts();
            for (int i = 0; i < members.size(); i++) {
                if (retitled.contains(members.get(i).doc().source())) {
                    if (i > 0) {
                        shown.add(members.get(i - 1).doc().source());
                    }
                    if (i + 1 < members.size()) {
                        shown.add(members.get(i + 1).doc().source());
                    }
                }
            }
        }
        shown.removeAll(retitled);
        return graph.documents().stream().filter(doc -> shown.contains(doc.doc().source())).toList();
    }


    /**
     * The list with the swapped documents in it replaced, found by binary search in lists kept in {@code order}
     * (null: looked for one by one); the list itself when it holds none, so unchanged lists stay the same objects.
     */
    private static List<RenderedDocument> swapIn(List<RenderedDocument> list,
                                                 Map<RenderedDocument, RenderedDocument> swap,
                                                 Comparator<RenderedDocument> order) {
        List<RenderedDocument> swapped = null;
        for (Map.Entry<RenderedDocument, RenderedDocument> entry : swap.entrySet()) {
            int at = order != null ? Collections.binarySearch(list, entry.getKey(), order) : list.indexOf(entry.getKey());
            if (at >= 0 && list.get(at) == entry.getKey()) {
                swapped = swapped == null ? new ArrayList<>(list) : swapped;
                swapped.set(at, entry.getValue());
            }
        }
        return swapped == null ? list : Collections.unmodifiableList(swapped);
    }

    private static Comparator<RenderedDocument> orderOf(Document.Kind kind) {
        return kind == Document.Kind.POST ? SiteGraph.NEWEST_FIRST
                : kind == Document.Kind.CONCEPT ? SiteGraph.CONCEPT_ORDER : SiteGraph.PAGE_ORDER;
    }
}
