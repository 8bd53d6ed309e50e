package org.essaykit.render;

import org.essaykit.content.SiteConfig;
import org.essaykit.diag.SourcePos;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.markdown.Section;
import org.essaykit.output.Json;
import org.essaykit.output.SiteFile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The full-text search index, written at build time so search needs no server: {@code search/docs.json}
 * lists the documents and the tokenizer's stop words, and {@code search/<cc>.json} holds the postings of
 * every term starting with the characters {@code cc}, so a query downloads only the shards of its own terms.
 *
 * <p>A posting is a document number and a weight: occurrences in the body, plus {@value #TITLE_WEIGHT}
 * per occurrence in the title and {@value #HEADING_WEIGHT} per occurrence in a heading. The script in
 * {@code assets/search.js} tokenizes queries the same way: lowercase, split at anything but letters and
 * digits, drop one-letter tokens and stop words.
 */
final class SearchIndex {

    static final String DIR = "search/";
    static final int TITLE_WEIGHT = 8;
    static final int HEADING_WEIGHT = 4;

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for", "from", "has", "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to",
            "was", "were", "will", "with");

    private SearchIndex() {
    }

    /** Postings of one term: document numbers and weights, interleaved, documents ascending. */
    private static final class Postings {
        int[] values = new int[4];
        int size;

        void add(int doc, int weight) {
            if (size + 2 > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = doc;
            values[size++] = weight;
        }
    }

    static List<SiteFile> write(SiteGraph graph, SourcePos origin) {
        SiteConfig config = graph.config();
        List<RenderedDocument> all = graph.documents();

        // Tokenizing is most of the work and independent per document.
        List<Map<String, Integer>> weights = IntStream.range(0, all.size()).parallel()
                .mapToObj(id -> weights(all.get(id))).toList();
        Map<String, Postings> index = new HashMap<>();
        for (int id = 0; id < all.size(); id++) {
            int doc = id;
            weights.get(id).forEach((term, weight) -> index.computeIfAbsent(term, t -> new Postings()).add(doc, weight));
        }
        Map<String, List<String>> shards = new TreeMap<>();
        index.keySet().forEach(term -> shards.computeIfAbsent(shard(term), s -> new ArrayList<>()).add(term));

        List<Object> docs = new ArrayList<>();
        for (RenderedDocument rendered : all) {
            docs.add(List.of(config.relativeUrl(rendered.doc().url()), rendered.doc().title(),
                    rendered.doc().kind().defaultLayout(),
                    rendered.doc().description() != null ? rendered.doc().description() : rendered.markdown().summary()));
        }
        Map<String, Object> meta = new TreeMap<>();
        meta.put("docs", docs);
        meta.put("stop", STOP_WORDS.stream().sorted().toList());

        List<SiteFile> files = new ArrayList<>();
        files.add(SiteFile.Generated.text(DIR + "docs.json", Json.compact(meta), origin));
        files.addAll(shards.entrySet().parallelStream()
                .map(shard -> SiteFile.Generated.text(DIR + shard.getKey() + ".json",
                        shardJson(shard.getValue(), index), origin))
                .toList());
        return files;
    }

    /** {"term":[doc,weight,...],...} with terms sorted, written directly: shards of large sites are megabytes. */
    private static String shardJson(List<String> terms, Map<String, Postings> index) {
        StringBuilder out = new StringBuilder(terms.size() * 64);
        out.append('{');
        String[] sorted = terms.toArray(String[]::new);
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Json.string(sorted[i], out);
            out.append(":[");
            Postings postings = index.get(sorted[i]);
            for (int j = 0; j < postings.size; j++) {
                if (j > 0) {
                    out.append(',');
                }
                out.append(postings.values[j]);
            }
            out.append(']');
        }
        return out.append("}\n").toString();
    }

    private static Map<String, Integer> weights(RenderedDocument rendered) {
        Map<String, Integer> weights = new HashMap<>();
        count(rendered.markdown().plainText(), 1, weights);
        count(rendered.doc().title(), TITLE_WEIGHT, weights);
        for (Section section : rendered.markdown().sections().values()) {
            count(section.title(), HEADING_WEIGHT, weights);
        }
        return weights;
    }

    /** Lowercase runs of letters and digits; one-letter tokens and stop words are left out. */
    private static void count(String text, int weight, Map<String, Integer> weights) {
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                token.appendCodePoint(Character.toLowerCase(c));
                if (Character.isSupplementaryCodePoint(c)) {
                    i++;
                }
            } else if (token.length() > 0) {
                if (token.length() > 1) {
                    String term = token.toString();
                    if (!STOP_WORDS.contains(term)) {
                        weights.merge(term, weight, Integer::sum);
                    }
                }
                token.setLength(0);
            }
        }
    }

    /**
     * Terms are grouped by their first two characters ("me" for "mesa"), so a query on a large site downloads
     * a few small shards; terms starting with anything outside a-z and 0-9 share the shard "_".
     */
    static String shard(String term) {
        return plain(term.charAt(0)) && plain(term.charAt(1)) ? term.substring(0, 2) : "_";
    }

    private static boolean plain(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
