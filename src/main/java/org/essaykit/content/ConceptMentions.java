package org.essaykit.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds mentions of concepts in running text for automatic links: their titles and aliases as whole words, in
 * any letter case, the longest name first ("inner alignment" wins over "alignment"). Only word starts are tried,
 * each against the names beginning with its letter, so a long essay costs one pass rather than one per name (an
 * alternation of every name in one regular expression tried them all at every character).
 */
public final class ConceptMentions {

    /** A mention at {@code [start, end)} of the text. */
    public record Mention(int start, int end, Document concept) {
    }

    private record Name(String text, Document concept) {
    }

    /** The names by their first character, folded as {@link String#regionMatches(boolean, int, String, int, int)} does. */
    private final Map<Character, List<Name>> byFirst = new HashMap<>();

    /** @param names each name (not blank) and the concept it names */
    ConceptMentions(Map<String, Document> names) {
        names.entrySet().stream()
                .filter(e -> !e.getKey().isEmpty())
                .sorted(Comparator.comparing((Map.Entry<String, Document> e) -> e.getKey().length()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> byFirst.computeIfAbsent(fold(e.getKey().charAt(0)), c -> new ArrayList<>())
                        .add(new Name(e.getKey(), e.getValue())));
    }

    /** Every mention in {@code text}, left to right, none overlapping. */
    public List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        int at = 0; // always a place a mention may start: the text's start, or after a character outside words
        while (at < text.length()) {
            Name name = nameAt(text, at);
            int next;
            if (name != null) {
                found.add(new Mention(at, at + name.text().length(), name.concept()));
                next = at + name.text().length();
            } else {
                next = at + Character.charCount(text.codePointAt(at));
            }
            // No mention starts inside a word: go on after the end of the one just passed, if any.
            if (isWordPart(text.codePointBefore(next))) {
                while (next < text.length() && isWordPart(text.codePointAt(next))) {
                    next += Character.charCount(text.codePointAt(next));
                }
                if (next < text.length()) {
                    next += Character.charCount(text.codePointAt(next));
                }
            }
            at = next;
        }
        return found;
    }

    private Name nameAt(String text, int at) {
        for (Name name : byFirst.getOrDefault(fold(text.charAt(at)), List.of())) {
            int end = at + name.text().length();
            if (end <= text.length() && text.regionMatches(true, at, name.text(), 0, name.text().length())
                    && (end == text.length() || !isWordPart(text.codePointAt(end)))) {
                return name;
            }
        }
        return null;
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Letters and numbers of any script: a mention must not start or end inside a word. */
    private static boolean isWordPart(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
