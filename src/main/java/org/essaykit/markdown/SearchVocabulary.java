package org.essaykit.markdown;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The words one thread has met, each with its stem (none for a stop word), and the weights of the current
 * document's words. An open-addressing table: a token's hash is made as it is read, so an occurrence of a known
 * word makes no string. Bounded: past {@link #MAX_WORDS} words it starts again empty. A word's slot (its hash,
 * stem, place in one array of characters and first eight characters) is eight neighbouring ints: looking up a
 * token of up to eight characters touches one place in memory, where a table of strings touched five, and
 * those misses were most of counting.
 */
final class SearchVocabulary {
    private static final int MAX_WORDS = 1 << 18;
    /** Each ASCII character lowercased if it is a letter or digit, 0 if it ends a token. */
    private static final char[] ASCII_TOKEN_CHARS = new char[0x80];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_TOKEN_CHARS[c] = c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_TOKEN_CHARS[c] = c;
            ASCII_TOKEN_CHARS[c - 'a' + 'A'] = c;
        }
    }

    /** Per slot: the word's hash, its stem (an index into {@link #stemNames}; -1 for a stop word), where its
     *  characters start in {@link #characters}, their number (0 for an empty slot: tokens have two or more), and
     *  its first characters again. */
    private int[] slots;
    private static final int SLOT_INTS = 8;
    /** A slot's first ints of characters: a word's first {@value #INLINE_CHARS} characters, two per int (0 past its end). */
    private static final int INLINE_AT = 4;
    private static final int INLINE_CHARS = 8;
    /** The characters of every word, one after another. */
    private char[] characters;
    private int charactersUsed;
    private int size;
    private int document;
    /** Every stem met, once, with its number; and the current document's weight of each. */
    private final Map<String, Integer> stemIds = new HashMap<>();
    private String[] stemNames = new String[1024];
    private byte[][] stemUtf8 = new byte[1024][];
    /** The first three characters of each stem, for sorting ({@link #sortKey}). */
    private long[] stemPrefixes = new long[1024];
    /** Per stem, side by side: the last document that had it, and its weight there. */
    private int[] stemCounts = new int[2 * 1024];
    /** The stems the current document's words have. */
    private int[] touched = new int[256];
    private int touchedCount;
    private char[] token = new char[64];

    SearchVocabulary() {
        allocate(4096);
        characters = new char[1 << 16];
    }

    private void allocate(int capacity) {
        slots = new int[capacity * SLOT_INTS];
        size = 0;
    }

    void startDocument() {
        document++;
        touchedCount = 0;
        if (size > MAX_WORDS) {
            allocate(4096);
            characters = new char[1 << 16];
            charactersUsed = 0;
            stemIds.clear();
        }
    }

    /**
     * Counts the tokens of a text: lowercase runs of letters and digits; one-letter tokens and stop words are
     * left out. Returns the text's words as a reader counts them, runs of characters other than ASCII spaces and
     * controls (reading time): this loop reads every character anyway, and a second loop was a measurable share
     * of the markdown stage.
     */
    int count(String text, int weight) {
        char[] chars = token;
        int length = 0;
        int hash = 0;
        int words = 0;
        boolean inWord = false;
        int end = text.length();
        for (int i = 0; i < end; i++) {
            char ch = text.charAt(i);
            boolean visible = ch > ' ';
            if (visible && !inWord) {
                words++;
            }
            inWord = visible;
            if (ch < 0x80) {
                // ASCII, most of any text: letters and digits as Character sees them, lowercased by table.
                char lower = ASCII_TOKEN_CHARS[ch];
                if (lower != 0) {
                    if (length == chars.length) {
                        chars = token = Arrays.copyOf(chars, chars.length * 2);
                    }
                    chars[length++] = lower;
                    hash = 31 * hash + lower;
                    continue;
                }
            } else {
                int c = Character.codePointAt(text, i);
                if (Character.isLetterOrDigit(c)) {
                    if (length + 2 > chars.length) {
                        chars = token = Arrays.copyOf(chars, chars.length * 2);
                    }
                    int added = Character.toChars(Character.toLowerCase(c), chars, length);
                    for (int k = length; k < length + added; k++) {
                        hash = 31 * hash + chars[k];
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
        if (length > 1) {
            add(hash, length, weight);
        }
        return words;
    }

    private void add(int hash, int length, int weight) {
        int[] table = slots;
        int mask = table.length / SLOT_INTS - 1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        int c01 = packedToken(0, length);
        int c23 = packedToken(2, length);
        int c45 = packedToken(4, length);
        int c67 = packedToken(6, length);
        for (int at = slot * SLOT_INTS; table[at + 3] != 0; at = slot * SLOT_INTS) {
            if (table[at] == hash && table[at + 3] == length && table[at + INLINE_AT] == c01
                    && table[at + INLINE_AT + 1] == c23 && table[at + INLINE_AT + 2] == c45
                    && table[at + INLINE_AT + 3] == c67 && sameAsToken(table[at + 2], length)) {
                weigh(table[at + 1], weight);
                return;
            }
            slot = (slot + 1) & mask;
        }
        String word = new String(token, 0, length);
        int stem = SearchTerms.STOP_WORDS.contains(word) ? -1 : stemId(LightStemmer.stem(word));
        if (charactersUsed + length > characters.length) {
            characters = Arrays.copyOf(characters, Math.max(characters.length * 2, charactersUsed + length));
        }
        System.arraycopy(token, 0, characters, charactersUsed, length);
        int at = slot * SLOT_INTS;
        place(table, at, hash, stem, charactersUsed, length);
        table[at + INLINE_AT] = c01;
        table[at + INLINE_AT + 1] = c23;
        table[at + INLINE_AT + 2] = c45;
        table[at + INLINE_AT + 3] = c67;
        charactersUsed += length;
        weigh(stem, weight);
        if (++size * 2 > mask + 1) {
            grow();
        }
    }

    private static void place(int[] table, int at, int hash, int stem, int start, int length) {
        table[at] = hash;
        table[at + 1] = stem;
        table[at + 2] = start;
        table[at + 3] = length;
    }

    private int stemId(String stem) {
        Integer known = stemIds.get(stem);
        if (known != null) {
            return known;
        }
        int id = stemIds.size();
        if (id == stemNames.length) {
            stemNames = Arrays.copyOf(stemNames, id * 2);
            stemUtf8 = Arrays.copyOf(stemUtf8, id * 2);
            stemPrefixes = Arrays.copyOf(stemPrefixes, id * 2);
            stemCounts = Arrays.copyOf(stemCounts, id * 4);
        }
        stemNames[id] = stem;
        stemUtf8[id] = stem.getBytes(StandardCharsets.UTF_8);
        long prefix = 0;
        for (int k = 0; k < PREFIX_CHARS; k++) {
            prefix = prefix << 16 | (k < stem.length() ? stem.charAt(k) : 0);
        }
        stemPrefixes[id] = prefix;
        stemCounts[2 * id] = 0;
        stemIds.put(stem, id);
        return id;
    }

    private void weigh(int stem, int weight) {
        if (stem < 0) {
            return;
        }
        int[] counts = stemCounts;
        if (counts[2 * stem] != document) {
            counts[2 * stem] = document;
            counts[2 * stem + 1] = 0;
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touched.length * 2);
            }
            touched[touchedCount++] = stem;
        }
        counts[2 * stem + 1] += weight;
    }

    /** The token's characters {@code k} and {@code k + 1} in one int, 0 for each past its end. */
    private int packedToken(int k, int length) {
        return (k < length ? token[k] << 16 : 0) | (k + 1 < length ? token[k + 1] : 0);
    }

    /**
     * Whether the word whose characters start at {@code start} is the token (of the same length and the same first
     * characters, which its slot holds: most words are that short, and the pool is then not read, where reading it
     * was a cache miss per token).
     */
    private boolean sameAsToken(int start, int length) {
        char[] pool = characters;
        char[] chars = token;
        for (int k = INLINE_CHARS; k < length; k++) {
            if (pool[start + k] != chars[k]) {
                return false;
            }
        }
        return true;
    }

    /** Doubles the table of words (a document's weights are kept by stem, so nothing else moves). */
    private void grow() {
        int[] old = slots;
        int count = size;
        allocate(old.length / SLOT_INTS * 2);
        size = count;
        int mask = slots.length / SLOT_INTS - 1;
        for (int at = 0; at < old.length; at += SLOT_INTS) {
            if (old[at + 3] != 0) {
                int slot = (old[at] ^ (old[at] >>> 16)) & mask;
                while (slots[slot * SLOT_INTS + 3] != 0) {
                    slot = (slot + 1) & mask;
                }
                System.arraycopy(old, at, slots, slot * SLOT_INTS, SLOT_INTS);
            }
        }
    }

    /** Ends the current document: its title and headings weighed in, its stems sorted, each with its weight. */
    SearchTerms terms(String title, Iterable<String> headings) {
        count(title, SearchTerms.TITLE_WEIGHT);
        for (String heading : headings) {
            count(heading, SearchTerms.HEADING_WEIGHT);
        }
        int[] order = sortedTouched();
        int termLength = 0;
        for (int stem : order) {
            termLength += stemUtf8[stem].length + 1;
        }
        byte[] termBytes = new byte[termLength];
        byte[] weightBytes = new byte[order.length * 5]; // a varint of an int takes at most 5 bytes
        int at = 0;
        int weightLength = 0;
        for (int stem : order) {
            byte[] utf8 = stemUtf8[stem];
            System.arraycopy(utf8, 0, termBytes, at, utf8.length);
            at += utf8.length;
            termBytes[at++] = '\n';
            for (int weight = stemCounts[2 * stem + 1]; ; weight >>>= 7) {
                if (weight < 0x80) {
                    weightBytes[weightLength++] = (byte) weight;
                    break;
                }
                weightBytes[weightLength++] = (byte) (0x80 | (weight & 0x7f));
            }
        }
        return SearchTerms.encoded(termBytes, Arrays.copyOf(weightBytes, weightLength), order.length);
    }

    /**
     * The current document's stems in the order of their names. Sorting boxed numbers by a comparator of their
     * names was a third of the cost of the terms: most stems differ in their first three characters, so they
     * are sorted as numbers ({@link #sortKey}), and only runs that share those are sorted by name.
     */
    private int[] sortedTouched() {
        int count = touchedCount;
        int[] order = new int[count];
        if (count > INDEX_MASK + 1) {
            Integer[] boxed = new Integer[count];
            for (int t = 0; t < count; t++) {
                boxed[t] = touched[t];
            }
            Arrays.sort(boxed, (a, b) -> stemNames[a].compareTo(stemNames[b]));
            for (int t = 0; t < count; t++) {
                order[t] = boxed[t];
            }
            return order;
        }
        long[] keys = new long[count];
        for (int t = 0; t < count; t++) {
            keys[t] = sortKey(stemPrefixes[touched[t]], t);
        }
        Arrays.sort(keys);
        for (int t = 0; t < count; t++) {
            order[t] = touched[(int) (keys[t] & INDEX_MASK)];
        }
        for (int from = 0; from < count; ) {
            int to = from + 1;
            while (to < count && keys[to] >>> INDEX_BITS == keys[from] >>> INDEX_BITS) {
                to++;
            }
            for (int i = from + 1; i < to; i++) { // insertion sort of a run, which is short
                int stem = order[i];
                int j = i - 1;
                for (; j >= from && stemNames[order[j]].compareTo(stemNames[stem]) > 0; j--) {
                    order[j + 1] = order[j];
                }
                order[j + 1] = stem;
            }
            from = to;
        }
        return order;
    }

    private static final int PREFIX_CHARS = 3;
    private static final int INDEX_BITS = 16;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    /**
     * A stem's first three UTF-16 units above its place among the touched stems, the top bit flipped so that
     * signed order is the units' unsigned order (a shorter stem's missing units are 0, before any character).
     */
    private static long sortKey(long prefix, int index) {
        return (prefix << INDEX_BITS | index) ^ Long.MIN_VALUE;
    }
}
