package org.essaykit.markdown;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A document's words as the search index takes them, each with its weight: occurrences in the running text, plus
 * {@value #TITLE_WEIGHT} per occurrence in the title and {@value #HEADING_WEIGHT} per occurrence in a heading.
 * Tokens are lowercase runs of letters and digits; one-letter tokens and stop words are left out, and each
 * word counts for its {@link LightStemmer} stem, as {@code assets/search.js} does with a query.
 *
 * <p>Made while the body is rendered, so the running text itself is never kept: the terms, sorted and stored as
 * UTF-8 with their weights as varints, take about a third of its size, and a large site holds every document's.
 */
public final class SearchTerms {

    public static final int TITLE_WEIGHT = 8;
    public static final int HEADING_WEIGHT = 4;
    public static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for", "from", "has", "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to",
            "was", "were", "will", "with");

    /** The terms in order, each followed by a newline (no term holds one). */
    private final byte[] terms;
    /** One varint per term. */
    private final byte[] weights;
    private final int size;

    private SearchTerms(byte[] terms, byte[] weights, int size) {
        this.terms = terms;
        this.weights = weights;
        this.size = size;
    }

    /** The terms of one document; {@link Maker} does many documents faster. */
    public static SearchTerms of(String text, String title, Iterable<String> headings) {
        return new Maker().of(text, title, headings);
    }

    /**
     * Makes the terms of many documents, on any number of threads, remembering each word's stem: a site's
     * documents share most of their words, and stemming every occurrence was most of the cost.
     */
    public static final class Maker {
        private final Map<String, String> stems = new ConcurrentHashMap<>();

        public SearchTerms of(String text, String title, Iterable<String> headings) {
            Map<String, int[]> words = new HashMap<>();
            count(text, 1, words);
            count(title, TITLE_WEIGHT, words);
            for (String heading : headings) {
                count(heading, HEADING_WEIGHT, words);
            }
            Map<String, int[]> counts = new HashMap<>(words.size() * 2);
            words.forEach((word, weight) -> counts.computeIfAbsent(stems.computeIfAbsent(word, LightStemmer::stem),
                    t -> new int[1])[0] += weight[0]);
            return SearchTerms.of(counts);
        }
    }

    private static SearchTerms of(Map<String, int[]> counts) {
        String[] sorted = counts.keySet().toArray(String[]::new);
        Arrays.sort(sorted);
        ByteArrayOutputStream termBytes = new ByteArrayOutputStream(sorted.length * 8);
        ByteArrayOutputStream weightBytes = new ByteArrayOutputStream(sorted.length);
        for (String term : sorted) {
            termBytes.writeBytes(term.getBytes(StandardCharsets.UTF_8));
            termBytes.write('\n');
            for (int weight = counts.get(term)[0]; ; weight >>>= 7) {
                if (weight < 0x80) {
                    weightBytes.write(weight);
                    break;
                }
                weightBytes.write(0x80 | (weight & 0x7f));
            }
        }
        return new SearchTerms(termBytes.toByteArray(), weightBytes.toByteArray(), sorted.length);
    }

    public int size() {
        return size;
    }

    /** The terms, sorted. */
    public String[] terms() {
        String[] out = new String[size];
        int start = 0;
        for (int i = 0; i < size; i++) {
            int end = start;
            while (terms[end] != '\n') {
                end++;
            }
            out[i] = new String(terms, start, end - start, StandardCharsets.UTF_8);
            start = end + 1;
        }
        return out;
    }

    /** The weight of each term, in the order of {@link #terms()}. */
    public int[] weights() {
        int[] out = new int[size];
        int at = 0;
        for (int i = 0; i < size; i++) {
            int weight = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = weights[at++];
                weight |= (b & 0x7f) << shift;
                if (b >= 0) {
                    break;
                }
            }
            out[i] = weight;
        }
        return out;
    }

    /** Lowercase runs of letters and digits; one-letter tokens and stop words are left out. */
    private static void count(String text, int weight, Map<String, int[]> counts) {
        char[] chars = text.toCharArray();
        char[] token = new char[64];
        int length = 0;
        for (int i = 0; i <= chars.length; i++) {
            int c = i < chars.length ? Character.codePointAt(chars, i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                if (length + 2 > token.length) {
                    token = Arrays.copyOf(token, token.length * 2);
                }
                length += Character.toChars(Character.toLowerCase(c), token, length);
                if (Character.isSupplementaryCodePoint(c)) {
                    i++;
                }
            } else if (length > 0) {
                if (length > 1) {
                    String word = new String(token, 0, length);
                    if (!STOP_WORDS.contains(word)) {
                        counts.computeIfAbsent(word, t -> new int[1])[0] += weight;
                    }
                }
                length = 0;
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchTerms that && Arrays.equals(terms, that.terms)
                && Arrays.equals(weights, that.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
    }
}
