package org.essaykit.live;

import org.essaykit.content.Document;
import org.essaykit.diag.Diagnostic;
import org.essaykit.content.SiteIndex;
import org.essaykit.content.SiteSource;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.markdown.FoundLink;
import org.essaykit.liquid.LiquidPages;
import org.essaykit.markdown.MarkdownEngine;
import org.essaykit.images.ImagePaths;
import org.essaykit.pipeline.ProcessingFailure;
import org.essaykit.pipeline.Transclusions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Markdown stage of {@link LiveBuild}: keeps every rendered body and renders again only the documents whose
 * file changed and those whose links resolve differently now. A body depends on the site index through the names
 * its wikilinks look up, the files its links name and, for posts, the concepts it may auto-link; an edit that
 * leaves every document's {@link SiteIndex.Entry} alone keeps the index and touches no other body.
 */
final class LiveMarkdown {

    /** What a body asked the index, taken from the links it was rendered with. */
    private record Lookups(Set<String> names, Set<Path> files, boolean mentionsConcepts, boolean listsDocuments) {

        static Lookups of(RenderedDocument rendered) {
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
            return new Lookups(names, files, rendered.doc().autolinks(),
                    LiquidPages.readsDocumentLists(rendered.doc()));
        }
    }

    /** A body as rendered, with the lookups it made. */
    private record Body(RenderedDocument rendered, Lookups lookups) {
    }

    /**
     * @param rendered    the bodies this update rendered
     * @param problems    the problems of every body
     * @param simulations the names of the simulations the bodies embed, sorted
     * @param embedding   the documents with {@code ![[embeds]]}, in the source's order
     */
    record Result(SiteIndex index, List<RenderedDocument> documents, List<RenderedDocument> rendered,
                  List<Diagnostic> problems, Set<String> simulations, List<RenderedDocument> embedding) {
    }

    private final MarkdownEngine engine;
    private final Map<Path, Body> bodies = new ConcurrentHashMap<>();
    /** The bodies with problems, and those embedding simulations: kept apart so no rebuild looks at every body. */
    private final Map<Path, List<Diagnostic>> problems = new ConcurrentHashMap<>();
    private final Map<Path, List<String>> simulations = new ConcurrentHashMap<>();
    private final Set<Path> embedding = ConcurrentHashMap.newKeySet();
    private SiteIndex index;

    LiveMarkdown(MarkdownEngine engine) {
        this.engine = engine;
    }

    /** The documents of the last update, in the source's order, with the place of each. */
    private List<RenderedDocument> documents = List.of();
    private Map<Path, Integer> places = Map.of();

    /**
     * The documents of the last update that show one of these files (site paths) as an image: their pages carry
     * the image's size and copies, so they are rendered again when it changes.
     */
    private Set<Path> showing(Set<String> images, String baseurl) {
        Set<Path> showing = new HashSet<>();
        for (RenderedDocument rendered : documents) {
            for (FoundLink link : rendered.markdown().links()) {
                if (link.kind() == FoundLink.Kind.IMAGE && ImagePaths.sitePath(link.destination(), rendered.doc().url(), baseurl)
                        .filter(images::contains).isPresent()) {
                    showing.add(rendered.doc().source());
                }
            }
        }
        return showing;
    }

    /**
     * Renders the bodies the change touched: the documents read again, added or removed, those showing a changed
     * file as an image, and those whose links resolve differently now.
     */
    Result update(SiteSource source, SourceChange change) {
        if (change.everything() || change.files().isEmpty()) {
            return update(source, change.documents());
        }
        Set<Path> documents = new HashSet<>(change.documents());
        documents.addAll(showing(change.files(), source.config().baseurl()));
        return update(source, documents);
    }

    /** @param changed source paths (relative to the site root) of documents read again, added or removed */
    private Result update(SiteSource source, Set<Path> changed) {
        Map<Path, Document> now = samePlaces(source.documents(), changed);
        boolean inPlace = now != null;
        if (!inPlace) {
            now = new HashMap<>();
            for (Document doc : source.documents()) {
                now.put(doc.source(), doc);
            }
        }
        Set<Path> stale = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<Path> files = new HashSet<>();
        boolean concepts = false;
        for (Path path : changed) {
            Body before = bodies.get(path);
            Document after = now.get(path);
            if (after != null) {
                stale.add(path);
            }
            SiteIndex.Entry was = before == null ? null : SiteIndex.entryOf(before.rendered().doc());
            SiteIndex.Entry is = after == null ? null : SiteIndex.entryOf(after);
            if (!Objects.equals(was, is)) {
                files.add(path);
                for (SiteIndex.Entry entry : new SiteIndex.Entry[]{was, is}) {
                    if (entry != null) {
                        names.addAll(entry.keys());
                        concepts |= entry.kind() == Document.Kind.CONCEPT;
                    }
                }
            }
        }
        if (!inPlace) {
            bodies.keySet().retainAll(now.keySet());
            problems.keySet().retainAll(now.keySet());
            simulations.keySet().retainAll(now.keySet());
            embedding.retainAll(now.keySet());
        }
        // Liquid that reads site.posts (or pages, tags, categories) shows every document: any change renders it again.
        boolean listsChanged = !changed.isEmpty() && bodies.values().stream().anyMatch(b -> b.lookups().listsDocuments());
        if (index == null || !files.isEmpty() || listsChanged) {
            index = SiteIndex.of(source);
        }
        if (listsChanged) {
            bodies.forEach((path, body) -> {
                if (body.lookups().listsDocuments()) {
                    stale.add(path);
                }
            });
        }
        if (!files.isEmpty()) {
            boolean conceptsChanged = concepts;
            bodies.forEach((path, body) -> {
                Lookups asked = body.lookups();
                if ((conceptsChanged && asked.mentionsConcepts()) || asked.files().stream().anyMatch(files::contains)
                        || asked.names().stream().anyMatch(names::contains)) {
                    stale.add(path);
                }
            });
        }
        if (!inPlace) {
            now.keySet().stream().filter(path -> !bodies.containsKey(path)).forEach(stale::add);
        }
        SiteIndex current = index;
        Map<Path, Document> docs = now;
        if (stale.stream().anyMatch(path -> !docs.containsKey(path))) {
            // Another body links to a changed one: they are rendered again, and looked up in the whole source.
            source.documents().forEach(doc -> docs.put(doc.source(), doc));
        }
        List<RenderedDocument> rendered = stale.parallelStream().map(path -> {
            Document doc = docs.get(path);
            RenderedDocument body = new RenderedDocument(doc,
                    ProcessingFailure.blaming(doc.source(), () -> engine.render(doc, current)));
            bodies.put(path, new Body(body, Lookups.of(body)));
            if (body.markdown().problems().isEmpty()) {
                problems.remove(path);
            } else {
                problems.put(path, body.markdown().problems());
            }
            if (body.markdown().simulations().isEmpty()) {
                simulations.remove(path);
            } else {
                simulations.put(path, body.markdown().simulations());
            }
            if (Transclusions.embedsAny(body)) {
                embedding.add(path);
            } else {
                embedding.remove(path);
            }
            return body;
        }).toList();
        if (inPlace) {
            documents = new ArrayList<>(documents);
            rendered.forEach(body -> documents.set(places.get(body.doc().source()), body));
        } else {
            documents = source.documents().stream().map(doc -> bodies.get(doc.source()).rendered()).toList();
            places = new HashMap<>();
            for (int i = 0; i < documents.size(); i++) {
                places.put(documents.get(i).doc().source(), i);
            }
        }
        List<Diagnostic> all = new ArrayList<>();
        problems.values().forEach(all::addAll);
        Set<String> embedded = new java.util.TreeSet<>();
        simulations.values().forEach(embedded::addAll);
        List<RenderedDocument> hosts = embedding.stream().map(places::get).sorted().map(documents::get).toList();
        return new Result(index, Collections.unmodifiableList(documents), rendered, all, embedded, hosts);
    }

    /**
     * The changed documents as they are now, when each is at the place it had and none came or went; else null.
     */
    private Map<Path, Document> samePlaces(List<Document> docs, Set<Path> changed) {
        if (docs.size() != documents.size()) {
            return null;
        }
        Map<Path, Document> now = new HashMap<>();
        for (Path path : changed) {
            Integer at = places.get(path);
            if (at == null || !docs.get(at).source().equals(path)) {
                return null;
            }
            now.put(path, docs.get(at));
        }
        return now;
    }
}
