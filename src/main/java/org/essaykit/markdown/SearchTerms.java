package org.essaykit.markdown;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
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

    /** The terms of one document; {@link Maker} does many documents faster. */
    public static SearchTerms of(String text, String title, Iterable<String> headings) {
        return new Maker().of(text, title, headings);
    }

    /**
     * Makes the terms of many documents, on any number of threads. Each thread keeps the words it has met with
     * their stems ({@link Vocabulary}): a site's documents share most of their words, so a word's string and stem
     * are made once per thread, and counting an occurrence costs a hash and a probe.
     */
    public static final class Maker {
        private final ThreadLocal<Vocabulary> vocabularies = ThreadLocal.withInitial(Vocabulary::new);

        public SearchTerms of(String text, String title, Iterable<String> headings) {
            Vocabulary words = vocabularies.get();
            words.startDocument();
            words.count(text, 1);
            words.count(title, TITLE_WEIGHT);
            for (String heading : headings) {
                words.count(heading, HEADING_WEIGHT);
            }
            return words.terms();
        }
    }

    /**
     * The words one thread has met, each with its stem (null for a stop word), and the weights of the current
     * document's words. An open-addressing table: a token's hash is made as it is read, so an occurrence of a known
     * word makes no string. Bounded: past {@link #MAX_WORDS} words it starts again empty.
     */
    private static final class Vocabulary {
        private static final int MAX_WORDS = 1 << 18;

        private String[] keys;
        /** Each word's stem, as an index into {@link #stemNames}; -1 for a stop word. */
        private int[] stems;
        private int[] hashes;
        private int size;
        private int document;
        /** Every stem met, once, with its number; and the current document's weight of each. */
        private final Map<String, Integer> stemIds = new HashMap<>();
        private String[] stemNames = new String[1024];
        private int[] stemWeights = new int[1024];
        private int[] stemDocuments = new int[1024];
        /** The stems the current document's words have. */
        private int[] touched = new int[256];
        private int touchedCount;
        private char[] token = new char[64];

        Vocabulary() {
            allocate(4096);
        }

        private void allocate(int capacity) {
            keys = new String[capacity];
            stems = new int[capacity];
            hashes = new int[capacity];
            size = 0;
        }

        void startDocument() {
            document++;
            touchedCount = 0;
            if (size > MAX_WORDS) {
                allocate(4096);
                stemIds.clear();
            }
        }

        /** Lowercase runs of letters and digits; one-letter tokens and stop words are left out. */
        void count(String text, int weight) {
            int length = 0;
            int hash = 0;
            int end = text.length();
            for (int i = 0; i <= end; i++) {
                char ch = i < end ? text.charAt(i) : ' ';
                if (ch < 0x80) {
                    // ASCII, most of any text: letters and digits as Character sees them, lowercased by hand.
                    char lower = ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
                    if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                        if (length == token.length) {
                            token = Arrays.copyOf(token, token.length * 2);
                        }
                        token[length++] = lower;
                        hash = 31 * hash + lower;
                        continue;
                    }
                } else {
                    int c = Character.codePointAt(text, i);
                    if (Character.isLetterOrDigit(c)) {
                        if (length + 2 > token.length) {
                            token = Arrays.copyOf(token, token.length * 2);
                        }
                        int added = Character.toChars(Character.toLowerCase(c), token, length);
                        for (int k = length; k < length + added; k++) {
                            hash = 31 * hash + token[k];
                        }
                        length += added;
                        if (Character.isSupplementaryCodePoint(c)) {
                            i++;
                        }
                        continue;
                    }
                }
                if (length > 1) {
                    add(hash, length, weight);
                }
                length = 0;
                hash = 0;
            }
        }

        private void add(int hash, int length, int weight) {
            int mask = keys.length - 1;
            int slot = (hash ^ (hash >>> 16)) & mask;
            for (String key = keys[slot]; key != null; key = keys[slot]) {
                if (hashes[slot] == hash && sameAsToken(key, length)) {
                    weigh(slot, weight);
                    return;
                }
                slot = (slot + 1) & mask;
            }
            String word = new String(token, 0, length);
            keys[slot] = word;
            hashes[slot] = hash;
            stems[slot] = STOP_WORDS.contains(word) ? -1 : stemId(LightStemmer.stem(word));
            weigh(slot, weight);
            if (++size * 2 > keys.length) {
                grow();
            }
        }

        private int stemId(String stem) {
            Integer known = stemIds.get(stem);
            if (known != null) {
                return known;
            }
            int id = stemIds.size();
            if (id == stemNames.length) {
                stemNames = Arrays.copyOf(stemNames, id * 2);
                stemWeights = Arrays.copyOf(stemWeights, id * 2);
                stemDocuments = Arrays.copyOf(stemDocuments, id * 2);
            }
            stemNames[id] = stem;
            stemDocuments[id] = 0;
            stemIds.put(stem, id);
            return id;
        }

        private void weigh(int slot, int weight) {
            int stem = stems[slot];
            if (stem < 0) {
                return;
            }
            if (stemDocuments[stem] != document) {
                stemDocuments[stem] = document;
                stemWeights[stem] = 0;
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touched.length * 2);
                }
                touched[touchedCount++] = stem;
            }
            stemWeights[stem] += weight;
        }

        private boolean sameAsToken(String key, int length) {
            if (key.length() != length) {
                return false;
            }
            for (int k = 0; k < length; k++) {
                if (key.charAt(k) != token[k]) {
                    return false;
                }
            }
            return true;
        }

        /** Doubles the table of words (a document's weights are kept by stem, so nothing else moves). */
        private void grow() {
            String[] oldKeys = keys;
            int[] oldStems = stems;
            int[] oldHashes = hashes;
            int count = size;
            allocate(oldKeys.length * 2);
            size = count;
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    int slot = (oldHashes[i] ^ (oldHashes[i] >>> 16)) & mask;
                    while (keys[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    stems[slot] = oldStems[i];
                    hashes[slot] = oldHashes[i];
                }
            }
        }

        /** The current document's terms: its stems, sorted, each with its weight. */
        SearchTerms terms() {
            Integer[] order = new Integer[touchedCount];
            for (int t = 0; t < touchedCount; t++) {
                order[t] = touched[t];
            }
            Arrays.sort(order, (a, b) -> stemNames[a].compareTo(stemNames[b]));
            ByteArrayOutputStream termBytes = new ByteArrayOutputStream(touchedCount * 8);
            ByteArrayOutputStream weightBytes = new ByteArrayOutputStream(touchedCount);
            for (int stem : order) {
                termBytes.writeBytes(stemNames[stem].getBytes(StandardCharsets.UTF_8));
                termBytes.write('\n');
                for (int weight = stemWeights[stem]; ; weight >>>= 7) {
                    if (weight < 0x80) {
                        weightBytes.write(weight);
                        break;
                    }
                    weightBytes.write(0x80 | (weight & 0x7f));
                }
            }
            return new SearchTerms(termBytes.toByteArray(), weightBytes.toByteArray(), touchedCount);
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
