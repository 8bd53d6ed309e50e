package org.essaykit.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?": the closest candidate by edit distance, if it is close enough to be a likely typo. */
public final class Suggestions {

    private record Scored(String candidate, int distance) {
    }

    private Suggestions() {
    }

    public static Optional<String> closest(String wanted, Collection<String> candidates) {
        int limit = Math.max(2, wanted.length() / 3);
        // The distance is at least the difference in length: most candidates of a large site need no table.
        return candidates.stream()
                .filter(c -> Math.abs(c.length() - wanted.length()) <= limit)
                .map(c -> new Scored(c, distance(wanted.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance() <= limit)
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .map(Scored::candidate);
    }

    /** Levenshtein distance with two rows: strings here are short (paths, heading ids). */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
