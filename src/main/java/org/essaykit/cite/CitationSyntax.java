package org.essaykit.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pandoc's citation syntax, read from plain text: the inside of a bracketed group
 * ({@code see @a, p. 33; -@b}) and the key of an in-text citation ({@code @key says}).
 * Pure string work, so the Markdown inline parser and the comment renderer share one reading.
 */
public final class CitationSyntax {

    private CitationSyntax() {
    }

    /** How a citation shows its author: in parentheses, author left out, or as part of the sentence. */
    public enum Mode { NORMAL, SUPPRESS_AUTHOR, IN_TEXT }

    /** One cited work with the words around it inside its group. */
    public record Citation(String key, String prefix, String suffix, Mode mode) {
    }

    /**
     * The citations of a bracketed group's inside, or empty when the text is not a citation group
     * (Pandoc's rule: every part separated by ';' must hold a key, so {@code [email me @ home]} stays text).
     */
    public static Optional<List<Citation>> group(String inside) {
        List<Citation> citations = new ArrayList<>();
        for (String part : inside.split(";", -1)) {
            Optional<Citation> citation = part(part);
            if (citation.isEmpty()) {
                return Optional.empty();
            }
            citations.add(citation.get());
        }
        return Optional.of(List.copyOf(citations));
    }

    /** A citation found in a text: characters {@code start} to {@code end} are {@code citations}. */
    public record Found(int start, int end, List<Citation> citations) {
        public Found {
            citations = List.copyOf(citations);
        }
    }

    /**
     * The citations of one run of text: bracketed groups ({@code [see @a; @b]}) and in-text {@code @key}s that begin
     * a word and that {@code inText} accepts (an {@code @word} that is no key, a handle say, stays text).
     */
    public static List<Found> find(String text, java.util.function.Predicate<String> inText) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '[' ? text.indexOf(']', i + 1) : -1;
            if (close > 0 && text.lastIndexOf('[', close) == i && text.indexOf('@', i) < close) {
                Optional<List<Citation>> group = group(text.substring(i + 1, close));
                if (group.isPresent()) {
                    found.add(new Found(i, close + 1, group.get()));
                    i = close + 1;
                    continue;
                }
            }
            if (c == '@' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int length = keyLength(text, i + 1);
                String key = text.substring(i + 1, i + 1 + length);
                if (length > 0 && inText.test(key)) {
                    found.add(new Found(i, i + 1 + length, List.of(new Citation(key, "", "", Mode.IN_TEXT))));
                    i += 1 + length;
                    continue;
                }
            }
            i++;
        }
        return List.copyOf(found);
    }

    /** The length of the key starting at {@code start} (just after '@'), or 0 when none starts there. */
    public static int keyLength(CharSequence text, int start) {
        if (start >= text.length() || !Character.isLetterOrDigit(text.charAt(start)) && text.charAt(start) != '_') {
            return 0;
        }
        int end = start + 1;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (Character.isLetterOrDigit(c) || c == '_') {
                end++;
            } else if (INTERNAL_PUNCTUATION.indexOf(c) >= 0 && end + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(end + 1))) {
                end += 2; // punctuation counts only inside a key: "@doe99." ends at the 9
            } else {
                break;
            }
        }
        return end - start;
    }

    private static final String INTERNAL_PUNCTUATION = ":.#$%&-+?<>~/";

    private static Optional<Citation> part(String part) {
        int at = keyStart(part);
        if (at < 0) {
            return Optional.empty();
        }
        boolean suppress = at > 0 && part.charAt(at - 1) == '-';
        int prefixEnd = suppress ? at - 1 : at;
        int length = keyLength(part, at + 1);
        String suffix = part.substring(at + 1 + length);
        if (suffix.startsWith(",")) {
            suffix = suffix.substring(1); // "@a, p. 33": the comma only separates the locator
        }
        return Optional.of(new Citation(part.substring(at + 1, at + 1 + length), part.substring(0, prefixEnd).strip(),
                suffix.strip(), suppress ? Mode.SUPPRESS_AUTHOR : Mode.NORMAL));
    }

    /** The first '@' that begins a word and is followed by a key, or -1. */
    private static int keyStart(String part) {
        for (int i = part.indexOf('@'); i >= 0; i = part.indexOf('@', i + 1)) {
            boolean wordStart = i == 0 || Character.isWhitespace(part.charAt(i - 1)) || part.charAt(i - 1) == '-';
            if (wordStart && keyLength(part, i + 1) > 0) {
                return i;
            }
        }
        return -1;
    }
}
