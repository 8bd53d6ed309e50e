package org.essaykit.live;

import org.essaykit.content.Document;
import org.essaykit.diag.SourcePos;
import org.essaykit.graph.GraphChange;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.markdown.SearchTerms;
import org.essaykit.output.JsonWriter;
import org.essaykit.output.SiteFile;
import org.essaykit.render.SearchIndex;
import org.essaykit.render.SearchPostings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * The search index ({@link SearchIndex}) of the last rebuild, kept so that the next one tokenizes again only the
 * documents whose text changed and, while the documents keep their numbers, writes again only the shards holding a
 * term whose postings changed, and only the entries of {@code docs.json} that changed.
 */
final class LiveSearchIndex {

    private final SearchPostings postings = SearchPostings.rewritten();
    private List<Path> numbering = List.of();
    private final Map<Path, Integer> numbers = new HashMap<>();
    private Map<Path, Kept> tokens = new HashMap<>();
    /** Each document's entry of docs.json as written, by number. */
    private List<JsonWriter.Raw> docs;
    /** The shards listed in the last docs.json written. */
    private List<String> shardNames = List.of();
    private SiteFile docsFile;
    /** The documents docs.json was last made from. */
    private List<RenderedDocument> listed = List.of();

    /**
     * A document's terms as tokenized, with the markdown stage's terms they were decoded from: a body that stage did
     * not render again keeps that very object, so its terms are not decoded again (a body rendered again has new
     * terms, compared with the old ones word by word when the postings are updated).
     */
    private record Kept(SearchTerms source, SearchIndex.Tokenized tokens) {
    }

    /** A document's terms: the ones {@code kept} holds when they were decoded from its very terms, else decoded now. */
    private static SearchIndex.Tokenized tokensOf(Map<Path, Kept> kept, RenderedDocument rendered) {
        Kept before = kept.get(rendered.doc().source());
        return before != null && rendered.markdown().terms() == before.source() ? before.tokens()
                : SearchIndex.Tokenized.of(rendered);
    }

    /** @param change when only bodies changed, only those documents are tokenized and listed again */
    List<SiteFile> write(SiteGraph graph, SourcePos origin, GraphChange change) {
        List<RenderedDocument> all = graph.documents();
        // Swapping bodies into a graph keeps every document in its place: numbers stay.
        boolean bodiesOnly = change instanceof GraphChange.Bodies && docsFile != null;
        List<Path> sources = bodiesOnly ? numbering : all.stream().map(r -> r.doc().source()).toList();
        boolean sameNumbers = bodiesOnly || sources.equals(numbering);
        if (!sameNumbers) {
            numbers.clear();
            for (int id = 0; id < sources.size(); id++) {
                numbers.put(sources.get(id), id);
            }
        }
        List<Integer> looked = change instanceof GraphChange.Bodies bodies && bodiesOnly
                ? bodies.documents().stream().map(body -> numbers.get(body.doc().source())).sorted().toList()
                : IntStream.range(0, all.size()).boxed().toList();
        if (sameNumbers) {
            Map<Integer, SearchIndex.Tokenized> now = SearchIndex.tokenize(looked, all,
                    rendered -> tokensOf(tokens, rendered));
            Set<String> dirty = new TreeSet<>();
            for (int id : looked) {
                Kept before = tokens.get(sources.get(id));
                if (before.tokens() != now.get(id)) {
                    postings.update(id, before.tokens(), now.get(id), dirty);
                    tokens.put(sources.get(id), new Kept(all.get(id).markdown().terms(), now.get(id)));
                }
            }
            dirty.forEach(shard -> postings.write(shard, origin));
        } else {
            postings.clear();
            Map<Path, Kept> before = tokens;
            tokens = new HashMap<>();
            for (int from = 0; from < all.size(); from += SearchIndex.SLICE) {
                List<Integer> slice = IntStream.range(from, Math.min(all.size(), from + SearchIndex.SLICE)).boxed().toList();
                SearchIndex.tokenize(slice, all, rendered -> tokensOf(before, rendered)).forEach((id, terms) -> {
                    postings.add(id, terms);
                    tokens.put(sources.get(id), new Kept(all.get(id).markdown().terms(), terms));
                });
            }
            postings.writeAll(origin);
        }
        numbering = sources;
        List<String> shardsNow = postings.shardNames();
        if (docsFile == null || !sameNumbers || !sameListing(all, looked) || !shardsNow.equals(shardNames)) {
            // With the same numbers only the looked-at documents' entries can differ.
            List<JsonWriter.Raw> docsNow;
            if (sameNumbers && docs != null) {
                docsNow = new ArrayList<>(docs);
                looked.forEach(id -> docsNow.set(id, SearchIndex.listing(graph, all.get(id))));
            } else {
                docsNow = all.stream().map(rendered -> SearchIndex.listing(graph, rendered)).toList();
            }
            if (!docsNow.equals(docs) || !shardsNow.equals(shardNames)) {
                docs = docsNow;
                shardNames = shardsNow;
                docsFile = SearchIndex.docsFile(docsNow, shardsNow, origin, UnaryOperator.identity());
            }
        }
        listed = all;
        List<SiteFile> files = new ArrayList<>();
        files.add(docsFile);
        files.addAll(postings.files());
        return files;
    }

    /** Whether docs.json would list the same for these documents (numbers): URL, title, kind and summary. */
    private boolean sameListing(List<RenderedDocument> all, List<Integer> ids) {
        for (int id : ids) {
            Document before = listed.get(id).doc();
            Document after = all.get(id).doc();
            if (before != after && !(before.url().equals(after.url()) && before.title().equals(after.title())
                    && before.kind() == after.kind() && Objects.equals(before.description(), after.description()))
                    || !listed.get(id).markdown().summary().equals(all.get(id).markdown().summary())) {
                return false;
            }
        }
        return true;
    }
}
