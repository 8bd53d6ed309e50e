package org.essaykit.render;

import org.essaykit.content.SiteConfig;
import org.essaykit.diag.SourcePos;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.markdown.Section;
import org.essaykit.output.Json;
import org.essaykit.output.SiteFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The full-text search index, written at build time so search needs no server: {@code search/docs.json}
 * lists the documents and the tokenizer's stop words, and {@code search/<c>.json} holds the postings of
 * every term starting with character {@code c}, so a query downloads only the shards of its own terms.
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

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for", "from", "has", "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to",
            "was", "were", "will", "with");

    private SearchIndex() {
    }

    static List<SiteFile> write(SiteGraph graph, SourcePos origin) {
        SiteConfig config = graph.config();
        List<RenderedDocument> all = new ArrayList<>(graph.posts());
        all.addAll(graph.concepts());
        all.addAll(graph.pages());
        List<Object> docs = new ArrayList<>();
        Map<String, Map<String, List<Integer>>> shards = new TreeMap<>();
        for (int id = 0; id < all.size(); id++) {
            RenderedDocument rendered = all.get(id);
            docs.add(List.of(config.relativeUrl(rendered.doc().url()), rendered.doc().title(),
                    rendered.doc().kind().defaultLayout(),
                    rendered.doc().description() != null ? rendered.doc().description() : rendered.markdown().summary()));
            Map<String, Integer> weights = new HashMap<>();
            count(rendered.markdown().plainText(), 1, weights);
            count(rendered.doc().title(), TITLE_WEIGHT, weights);
            for (Section section : rendered.markdown().sections().values()) {
                count(section.title(), HEADING_WEIGHT, weights);
            }
            for (Map.Entry<String, Integer> term : weights.entrySet()) {
                List<Integer> postings = shards.computeIfAbsent(shard(term.getKey()), s -> new TreeMap<>())
                        .computeIfAbsent(term.getKey(), t -> new ArrayList<>());
                postings.add(id);
                postings.add(term.getValue());
            }
        }
        List<SiteFile> files = new ArrayList<>();
        Map<String, Object> meta = new TreeMap<>();
        meta.put("docs", docs);
        meta.put("stop", STOP_WORDS.stream().sorted().toList());
        files.add(SiteFile.Generated.text(DIR + "docs.json", Json.compact(meta), origin));
        shards.forEach((shard, terms) -> files.add(SiteFile.Generated.text(DIR + shard + ".json", Json.compact(terms), origin)));
        return files;
    }

    private static void count(String text, int weight, Map<String, Integer> weights) {
        for (String token : SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            if (token.length() > 1 && !STOP_WORDS.contains(token)) {
                weights.merge(token, weight, Integer::sum);
            }
        }
    }

    /** Terms are grouped by their first character; anything outside a-z and 0-9 shares one shard. */
    static String shard(String term) {
        char first = term.charAt(0);
        return (first >= 'a' && first <= 'z') || (first >= '0' && first <= '9') ? String.valueOf(first) : "_";
    }
}
