package org.essaykit.live;

import org.essaykit.content.Document;
import org.essaykit.diag.Diagnostic;
import org.essaykit.content.SiteIndex;
import org.essaykit.content.SiteSource;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.markdown.FoundLink;
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
import java.util.TreeSet;

/**
 * The Markdown stage of {@link LiveBuild}: keeps every rendered body and renders again only the documents whose
 * file changed and those whose links resolve differently now. A body depends on the site index through the names
 * its wikilinks look up, the files its links name and, for posts, the concepts it may auto-link
 * ({@link IndexLookups}); an edit that leaves every document's {@link SiteIndex.Entry} alone keeps the index and
 * touches no other body, and one that changes entries in place updates the index by them.
 */
final class LiveMarkdown {

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
    private final Map<Path, RenderedDocument> bodies = new HashMap<>();
    private final IndexLookups lookups = new IndexLookups();
    /** The bodies with problems, and those embedding simulations: kept apart so no rebuild looks at every body. */
    private final Map<Path, List<Diagnostic>> problems = new HashMap<>();
    private final Map<Path, List<String>> simulations = new HashMap<>();
    private final Set<Path> embedding = new HashSet<>();
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

    /**
     * What changed in the index's answers, entry by entry: a body's output depends on a document it looks up
     * through that document's URL (a link to its file, a wikilink to one of its names), and, for an embed, its
     * title ("Embedded: title").
     */
    private static final class Answers {
        final Set<String> names = new HashSet<>();
        final Set<Path> files = new HashSet<>();
        /** Names whose document is the same but shows another title: embeds of them are rendered again. */
        final Set<String> retitled = new HashSet<>();
        /** The documents whose entries changed in place, as they were and as they are. */
        final Map<Document, Document> replaced = new HashMap<>();
        boolean concepts;

        void compare(Document was, Document is) {
            SiteIndex.Entry before = was == null ? null : SiteIndex.entryOf(was);
            SiteIndex.Entry after = is == null ? null : SiteIndex.entryOf(is);
            if (Objects.equals(before, after)) {
                return;
            }
            if (before == null || after == null || !before.url().equals(after.url())
                    || before.kind() != after.kind()) {
                files.add(before == null ? after.source() : before.source());
                for (SiteIndex.Entry entry : new SiteIndex.Entry[]{before, after}) {
                    if (entry != null) {
                        names.addAll(entry.keys());
                    }
                }
            } else {
                Set<String> kept = new HashSet<>(before.keys());
                kept.retainAll(after.keys());
                before.keys().stream().filter(key -> !kept.contains(key)).forEach(names::add);
                after.keys().stream().filter(key -> !kept.contains(key)).forEach(names::add);
                if (!before.title().equals(after.title())) {
                    retitled.addAll(kept);
                }
            }
            if (was != null && is != null) {
                replaced.put(was, is);
            }
            concepts |= (before != null && before.kind() == Document.Kind.CONCEPT)
                    || (after != null && after.kind() == Document.Kind.CONCEPT);
        }

        boolean any() {
            return !names.isEmpty() || !files.isEmpty() || !retitled.isEmpty() || !replaced.isEmpty() || concepts;
        }
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
        Answers answers = new Answers();
        Map<Document, Document> changedInPlace = new HashMap<>();
        for (Path path : changed) {
            RenderedDocument before = bodies.get(path);
            Document after = now.get(path);
            if (after != null) {
                stale.add(path);
            }
            answers.compare(before == null ? null : before.doc(), after);
            if (before != null && after != null) {
                changedInPlace.put(before.doc(), after);
            }
        }
        if (!inPlace) { // after the removed documents' entries were compared: the bodies asking for them are stale
            bodies.keySet().retainAll(now.keySet());
            problems.keySet().retainAll(now.keySet());
            simulations.keySet().retainAll(now.keySet());
            embedding.retainAll(now.keySet());
            lookups.retainAll(now.keySet());
        }
        // Liquid that reads site.posts (or pages, tags, categories) shows every document: any change renders it again.
        boolean listsChanged = !changed.isEmpty() && !lookups.listingDocuments().isEmpty();
        if (index == null || !inPlace) {
            index = SiteIndex.of(source);
        } else if (answers.any() || listsChanged) {
            index = index.replacing(source, listsChanged ? changedInPlace : answers.replaced);
        }
        if (listsChanged) {
            stale.addAll(lookups.listingDocuments());
        }
        stale.addAll(lookups.askingFiles(answers.files));
        stale.addAll(lookups.askingNames(answers.names));
        lookups.askingNames(answers.retitled).stream().filter(embedding::contains).forEach(stale::add);
        if (answers.concepts) {
            stale.addAll(lookups.mentioningConcepts());
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
            return new RenderedDocument(doc, ProcessingFailure.blaming(doc.source(), () -> engine.render(doc, current)));
        }).toList();
        rendered.forEach(this::keep);
        if (inPlace) {
            documents = new ArrayList<>(documents);
            rendered.forEach(body -> documents.set(places.get(body.doc().source()), body));
        } else {
            documents = source.documents().stream().map(doc -> bodies.get(doc.source())).toList();
            places = new HashMap<>();
            for (int i = 0; i < documents.size(); i++) {
                places.put(documents.get(i).doc().source(), i);
            }
        }
        List<Diagnostic> all = new ArrayList<>();
        problems.values().forEach(all::addAll);
        Set<String> embedded = new TreeSet<>();
        simulations.values().forEach(embedded::addAll);
        List<RenderedDocument> hosts = embedding.stream().map(places::get).sorted().map(documents::get).toList();
        return new Result(index, Collections.unmodifiableList(documents), rendered, all, embedded, hosts);
    }

    /** Keeps a body rendered again, with what it asked the index, its problems, simulations and embeds. */
    private void keep(RenderedDocument body) {
        Path path = body.doc().source();
        bodies.put(path, body);
        lookups.put(path, IndexLookups.Asked.by(body));
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
