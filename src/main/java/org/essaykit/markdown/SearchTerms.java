package org.essaykit.markdown;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

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

    /** @param terms the terms in order, each followed by a newline; @param weights one varint per term */
    static SearchTerms encoded(byte[] terms, byte[] weights, int size) {
        return new SearchTerms(terms, weights, size);
    }

    /** The terms of one document; {@link Maker} does many documents faster. */
    public static SearchTerms of(String text, String title, Iterable<String> headings) {
        return new Maker().of(text, title, headings);
    }

    /**
     * Makes the terms of many documents, on any number of threads. Each thread keeps the words it has met with
     * their stems ({@link SearchVocabulary}): a site's documents share most of their words, so a word's string and stem
     * are made once per thread, and counting an occurrence costs a hash and a probe.
     */
    public static final class Maker {
        private final ThreadLocal<SearchVocabulary> vocabularies = ThreadLocal.withInitial(SearchVocabulary::new);

        public SearchTerms of(String text, String title, Iterable<String> headings) {
            SearchVocabulary words = start();
            words.count(text, 1);
            return words.terms(title, headings);
        }

        /**
         * Starts counting a document's words on this thread, so its running text can be counted piece by piece as
         * it is met and never kept whole; {@link SearchVocabulary#terms} ends it. One document at a time per thread.
         */
        SearchVocabulary start() {
            SearchVocabulary words = vocabularies.get();
            words.startDocument();
            return words;
        }
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
