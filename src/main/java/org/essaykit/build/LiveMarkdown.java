package org.essaykit.build;

import org.essaykit.content.Document;
import org.essaykit.content.SiteIndex;
import org.essaykit.content.SiteSource;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.markdown.FoundLink;
import org.essaykit.markdown.MarkdownEngine;

import java.nio.file.Path;
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
    private record Lookups(Set<String> names, Set<Path> files, boolean mentionsConcepts) {

        static Lookups of(RenderedDocument rendered) {
            Set<String> names = new HashSet<>();
            Set<Path> files = new HashSet<>();
            for (FoundLink link : rendered.markdown().links()) {
                if (link.kind() == FoundLink.Kind.WIKILINK) {
                    names.add(SiteIndex.keyOf(link.wikiName()));
                }
                if (link.target() != null) {
                    files.add(link.target());
                }
            }
            Document doc = rendered.doc();
            return new Lookups(names, files, doc.isPost() && !Boolean.FALSE.equals(doc.frontMatter().get("autolink")));
        }
    }

    /** A body as rendered, with the lookups it made. */
    private record Body(RenderedDocument rendered, Lookups lookups) {
    }

    /** @param rendered the bodies this update rendered */
    record Result(SiteIndex index, List<RenderedDocument> documents, List<RenderedDocument> rendered) {
    }

    private final MarkdownEngine engine;
    private final Map<Path, Body> bodies = new ConcurrentHashMap<>();
    private SiteIndex index;

    LiveMarkdown(MarkdownEngine engine) {
        this.engine = engine;
    }

    /** @param changed source paths (relative to the site root) of documents read again, added or removed */
    Result update(SiteSource source, Set<Path> changed) {
        Map<Path, Document> now = new HashMap<>();
        source.documents().forEach(doc -> now.put(doc.source(), doc));
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
        bodies.keySet().retainAll(now.keySet());
        if (index == null || !files.isEmpty()) {
            index = SiteIndex.of(source);
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
        now.keySet().stream().filter(path -> !bodies.containsKey(path)).forEach(stale::add);
        SiteIndex current = index;
        List<RenderedDocument> rendered = stale.parallelStream().map(path -> {
            Document doc = now.get(path);
            RenderedDocument body = new RenderedDocument(doc, engine.render(doc, current));
            bodies.put(path, new Body(body, Lookups.of(body)));
            return body;
        }).toList();
        List<RenderedDocument> documents = source.documents().stream().map(doc -> bodies.get(doc.source()).rendered())
                .toList();
        return new Result(index, documents, rendered);
    }
}
