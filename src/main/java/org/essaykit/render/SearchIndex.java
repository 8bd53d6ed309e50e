package org.essaykit.render;

import org.essaykit.content.Document;
import org.essaykit.diag.SourcePos;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.markdown.SearchTerms;
import org.essaykit.output.JsonWriter;
import org.essaykit.output.SiteFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * The full-text search index, written at build time so search needs no server: {@code search/docs.json}
 * lists the documents and the tokenizer's stop words, and {@code search/<cc>.json} holds the postings of
 * every term starting with the characters {@code cc}, so a query downloads only the shards of its own terms.
 *
 * <p>A posting is a document number and a weight: the document's {@link SearchTerms}, made as its body was
 * rendered. The script in {@code assets/search.js} tokenizes queries the same way: lowercase, split at anything
 * but letters and digits, drop one-letter tokens and stop words, and take each word's light stem, so that a query
 * finds the other forms of its words. {@code docs.json} also lists the shards there are, so a query for a term no
 * document has fetches nothing.
 */
public final class SearchIndex {

    static final String DIR = "search/";
    /** Documents tokenized together when the index is made anew. */
    public static final int SLICE = 1024;

    private SearchIndex() {
    }

    /**
     * A document's terms, sorted, with their weights. Arrays rather than a map: a large site has millions of
     * (document, term) pairs. Once the index holds the document, each term is replaced with the index's own
     * string, so documents share one per term.
     */
    public record Tokenized(String[] terms, int[] weights) {
        /** Decodes the terms the markdown stage kept compact: each becomes a string of its own. */
        public static Tokenized of(RenderedDocument rendered) {
            SearchTerms terms = rendered.markdown().terms();
            return new Tokenized(terms.terms(), terms.weights());
        }
    }

    /**
     * The search files of a build: {@code docs.json} first, then the shards, each handed to {@code keep} as soon as
     * it is made.
     */
    public static List<SiteFile> write(SiteGraph graph, SourcePos origin, UnaryOperator<SiteFile> keep) {
        List<RenderedDocument> all = graph.documents();
        SearchPostings postings = SearchPostings.writtenOnce(keep);
        // A slice at a time: until the index holds a document's terms, each is a string of its own, and all of
        // them at once would weigh more than the index itself.
        for (int from = 0; from < all.size(); from += SLICE) {
            List<Integer> slice = IntStream.range(from, Math.min(all.size(), from + SLICE)).boxed().toList();
            tokenize(slice, all, Tokenized::of).forEach(postings::add);
        }
        postings.writeAll(origin);
        List<SiteFile> files = new ArrayList<>();
        files.add(docsFile(all.stream().map(rendered -> listing(graph, rendered)).toList(), postings.shardNames(),
                origin, keep));
        files.addAll(postings.files());
        return files;
    }

    /**
     * The terms of these documents (numbers in {@code all}), by number, each by {@code tokenizer}, in parallel:
     * tokenizing is most of the work and independent per document.
     */
    public static Map<Integer, Tokenized> tokenize(List<Integer> ids, List<RenderedDocument> all,
                                                   Function<RenderedDocument, Tokenized> tokenizer) {
        Map<Integer, Tokenized> now = new ConcurrentHashMap<>();
        ids.parallelStream().forEach(id -> now.put(id, tokenizer.apply(all.get(id))));
        return new TreeMap<>(now);
    }

    /** A document's entry in docs.json: URL, title, kind and summary. */
    public static JsonWriter.Raw listing(SiteGraph graph, RenderedDocument rendered) {
        Document doc = rendered.doc();
        return JsonWriter.raw(List.of(graph.config().relativeUrl(doc.url()), doc.title(), doc.kind().defaultLayout(),
                doc.description() != null ? doc.description() : rendered.markdown().summary()));
    }

    /** {@code docs.json}: the documents' entries by number, the shards there are, and the stop words. */
    public static SiteFile docsFile(List<JsonWriter.Raw> docs, List<String> shards, SourcePos origin,
                                    UnaryOperator<SiteFile> keep) {
        Map<String, Object> meta = new TreeMap<>();
        meta.put("docs", docs);
        meta.put("shards", shards);
        meta.put("stop", SearchTerms.STOP_WORDS.stream().sorted().toList());
        return keep.apply(SiteFile.Generated.text(DIR + "docs.json", JsonWriter.compact(meta), origin));
    }
}
