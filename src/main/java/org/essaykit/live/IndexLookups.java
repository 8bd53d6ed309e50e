package org.essaykit.live;

import org.essaykit.content.SiteIndex;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.liquid.LiquidPages;
import org.essaykit.markdown.FoundLink;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What each kept body asked the site index, filed by question: the bodies an edit makes stale are found by the
 * names and files it changed, without looking at every body (at 10,000 posts that look took 10 ms of each edit).
 */
final class IndexLookups {

    /** What one body asked the index, taken from the links it was rendered with. */
    record Asked(Set<String> names, Set<Path> files, boolean mentionsConcepts, boolean listsDocuments) {

        static Asked by(RenderedDocument rendered) {
            Set<String> names = new HashSet<>();
            Set<Path> files = new HashSet<>();
            for (FoundLink link : rendered.markdown().links()) {
                if (link.byName()) {
                    names.add(SiteIndex.keyOf(link.wikiName()));
                }
                if (link.target() != null) {
                    files.add(link.target());
                }
            }
            return new Asked(Set.copyOf(names), Set.copyOf(files), rendered.doc().autolinks(),
                    LiquidPages.readsDocumentLists(rendered.doc()));
        }
    }

    private final Map<Path, Asked> asked = new HashMap<>();
    private final Map<String, Set<Path>> byName = new HashMap<>();
    private final Map<Path, Set<Path>> byFile = new HashMap<>();
    private final Set<Path> mentioningConcepts = new HashSet<>();
    private final Set<Path> listingDocuments = new HashSet<>();

    /** Files what a body asked now, replacing what it asked before. */
    void put(Path body, Asked now) {
        remove(body);
        asked.put(body, now);
        now.names().forEach(name -> byName.computeIfAbsent(name, n -> new HashSet<>()).add(body));
        now.files().forEach(file -> byFile.computeIfAbsent(file, f -> new HashSet<>()).add(body));
        if (now.mentionsConcepts()) {
            mentioningConcepts.add(body);
        }
        if (now.listsDocuments()) {
            listingDocuments.add(body);
        }
    }

    /** Forgets a body that is gone. */
    void remove(Path body) {
        Asked before = asked.remove(body);
        if (before == null) {
            return;
        }
        before.names().forEach(name -> forget(byName, name, body));
        before.files().forEach(file -> forget(byFile, file, body));
        mentioningConcepts.remove(body);
        listingDocuments.remove(body);
    }

    private static <K> void forget(Map<K, Set<Path>> filed, K question, Path body) {
        Set<Path> askers = filed.get(question);
        askers.remove(body);
        if (askers.isEmpty()) {
            filed.remove(question);
        }
    }

    /** The bodies that asked for one of these names (lookup keys). */
    Set<Path> askingNames(Set<String> names) {
        Set<Path> bodies = new HashSet<>();
        names.forEach(name -> bodies.addAll(byName.getOrDefault(name, Set.of())));
        return bodies;
    }

    /** The bodies that link to one of these files. */
    Set<Path> askingFiles(Set<Path> files) {
        Set<Path> bodies = new HashSet<>();
        files.forEach(file -> bodies.addAll(byFile.getOrDefault(file, Set.of())));
        return bodies;
    }

    /** The posts that may link mentions of concepts. */
    Set<Path> mentioningConcepts() {
        return mentioningConcepts;
    }

    /** The bodies whose Liquid reads the lists of documents ({@code site.posts} and the like). */
    Set<Path> listingDocuments() {
        return listingDocuments;
    }

    /** Keeps only the bodies of these documents. */
    void retainAll(Set<Path> documents) {
        new HashSet<>(asked.keySet()).stream().filter(body -> !documents.contains(body)).forEach(this::remove);
    }
}
