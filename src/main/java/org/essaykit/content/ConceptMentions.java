package org.essaykit.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds mentions of concepts in running text for automatic links: their titles and aliases as whole words, in
 * any letter case, the longest name first ("inner alignment" wins over "alignment"). The names sit in a trie of
 * case-folded characters, and only word starts are tried: each costs one walk down the trie, as far as the text
 * follows a name, whatever the number of names (trying each name beginning with the word's letter in turn was a
 * tenth of the markdown stage on a site with our 22 concepts).
 */
public final class ConceptMentions {

    /** A mention at {@code [start, end)} of the text. */
    public record Mention(int start, int end, Document concept) {
    }

    private final Node root = new Node();
    /** Per ASCII character: {@link #WORD_PART}, and {@link #NAME_START} when a name begins with it. */
    private final byte[] asciiKinds = new byte[128];
    private static final int WORD_PART = 1;
    private static final int NAME_START = 2;

    /** @param names each name (not blank) and the concept it names */
    ConceptMentions(Map<String, Document> names) {
        // Of two names that fold to the same characters, the first in this order wins, as it always has.
        names.entrySet().stream()
                .filter(e -> !e.getKey().isEmpty())
                .sorted(Comparator.comparing((Map.Entry<String, Document> e) -> e.getKey().length()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> root.add(e.getKey(), e.getValue()));
        root.indexed();
        for (char c = 0; c < 128; c++) {
            asciiKinds[c] = (byte) ((ASCII_WORD_PART[c] ? WORD_PART : 0) | (root.child(fold(c)) != null ? NAME_START : 0));
        }
    }

    /**
     * Every mention in {@code text}, left to right, none overlapping. Text that is all ASCII, most text, is scanned
     * here; at its first other character the text is scanned again from its start by {@link #findInAnyScript}.
     */
    public List<Mention> find(String text) {
        byte[] kinds = asciiKinds;
        List<Mention> found = List.of();
        int length = text.length();
        int afterWord = 0; // 1 when the character before is part of a word, where no mention starts
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return findInAnyScript(text);
            }
            int kind = kinds[c];
            // Bit arithmetic instead of two tests: a word's start is unpredictable, and the branch is taken only
            // where a name could begin.
            if ((kind & ~(afterWord << 1) & NAME_START) != 0) {
                Mention mention = longestAt(text, i);
                if (mention != null) {
                    found = with(found, mention);
                    i = mention.end() - 1;
                    afterWord = kinds[text.charAt(i)] & WORD_PART;
                    continue;
                }
            }
            afterWord = kind & WORD_PART;
        }
        return found;
    }

    /**
     * {@link #find} for text of any script: the same mentions, letters and numbers of every script being parts of
     * words and names matched in any case; {@link #find} takes its place for text that is all ASCII, most text.
     */
    List<Mention> findInAnyScript(String text) {
        List<Mention> found = List.of();
        int length = text.length();
        int at = 0; // always a place a mention may start: the text's start, or after a character outside words
        while (at < length) {
            int next = at + charsAt(text, at);
            Mention mention = longestAt(text, at);
            if (mention != null) {
                found = with(found, mention);
                next = mention.end();
            }
            // No mention starts inside a word: go on after the end of the one just passed, if any.
            if (isWordPartBefore(text, next)) {
                next = wordEnd(text, next);
                if (next < length) {
                    next += charsAt(text, next);
                }
            }
            at = next;
        }
        return found;
    }

    /** The mentions found so far and one more; most texts mention nothing, and then no list is made. */
    private static List<Mention> with(List<Mention> found, Mention mention) {
        List<Mention> more = found.isEmpty() ? new ArrayList<>() : found;
        more.add(mention);
        return more;
    }

    /** The longest name starting at {@code at} and ending at a word's end; null when none does. */
    private Mention longestAt(String text, int at) {
        int length = text.length();
        Node named = null;
        int end = at;
        Node node = root;
        for (int i = at; i < length && (node = node.child(fold(text.charAt(i)))) != null; i++) {
            if (node.concept != null && (i + 1 == length || !isWordPartAt(text, i + 1))) {
                named = node;
                end = i + 1;
            }
        }
        return named == null ? null : new Mention(at, end, named.concept);
    }

    /** Where the word going on at {@code from} ends: most text is ASCII, looked up in a table. */
    private static int wordEnd(String text, int from) {
        int i = from;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c < 128) {
                if (!ASCII_WORD_PART[c]) {
                    return i;
                }
                i++;
            } else {
                int codePoint = text.codePointAt(i);
                if (!isWordPart(codePoint)) {
                    return i;
                }
                i += Character.charCount(codePoint);
            }
        }
        return i;
    }

    private static boolean isWordPartBefore(String text, int end) {
        char before = text.charAt(end - 1);
        return before < 128 ? ASCII_WORD_PART[before] : isWordPart(text.codePointBefore(end));
    }

    /** One character of the names, folded; the concept when a name ends here. */
    private static final class Node {
        private char[] labels = new char[0];
        private Node[] children = new Node[0];
        private Document concept;
        private Node[] ascii;

        void add(String name, Document named) {
            Node node = this;
            for (int i = 0; i < name.length(); i++) {
                node = node.childOrNew(fold(name.charAt(i)));
            }
            if (node.concept == null) {
                node.concept = named;
            }
        }

        Node child(char label) {
            if (ascii != null && label < 128) {
                return ascii[label];
            }
            char[] sorted = labels;
            if (sorted.length > 8) {
                int at = Arrays.binarySearch(sorted, label);
                return at < 0 ? null : children[at];
            }
            // Below the first character a node has one or a few children: a scan beats a search's call.
            for (int i = 0; i < sorted.length && sorted[i] <= label; i++) {
                if (sorted[i] == label) {
                    return children[i];
                }
            }
            return null;
        }

        /** Indexes the children by ASCII character: the root is asked at nearly every character of the text. */
        Node indexed() {
            ascii = new Node[128];
            for (int i = 0; i < labels.length && labels[i] < 128; i++) {
                ascii[labels[i]] = children[i];
            }
            return this;
        }

        private Node childOrNew(char label) {
            int at = Arrays.binarySearch(labels, label);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            Node child = new Node();
            char[] newLabels = new char[labels.length + 1];
            Node[] newChildren = new Node[children.length + 1];
            System.arraycopy(labels, 0, newLabels, 0, insert);
            System.arraycopy(children, 0, newChildren, 0, insert);
            newLabels[insert] = label;
            newChildren[insert] = child;
            System.arraycopy(labels, insert, newLabels, insert + 1, labels.length - insert);
            System.arraycopy(children, insert, newChildren, insert + 1, children.length - insert);
            labels = newLabels;
            children = newChildren;
            return child;
        }
    }

    /** Folded as {@link String#regionMatches(boolean, int, String, int, int)} compares. */
    private static char fold(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
                : Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The length of the character at {@code i}: two for a surrogate pair. */
    private static int charsAt(String text, int i) {
        return text.charAt(i) < 128 ? 1 : Character.charCount(text.codePointAt(i));
    }

    /** Whether the character at {@code i} is part of a word; most text is ASCII, which needs no Unicode tables. */
    private static boolean isWordPartAt(String text, int i) {
        char c = text.charAt(i);
        return c < 128 ? ASCII_WORD_PART[c] : isWordPart(text.codePointAt(i));
    }

    /** ASCII letters and digits. */
    private static final boolean[] ASCII_WORD_PART = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD_PART[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
    }

    /** Letters and numbers of any script: a mention must not start or end inside a word. */
    private static boolean isWordPart(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
