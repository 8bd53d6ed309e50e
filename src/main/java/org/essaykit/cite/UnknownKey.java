package org.essaykit.cite;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.SourcePos;
import org.essaykit.diag.Suggestions;

/** The error for a citation whose key no bibliography of its page holds, with the closest keys as the hint. */
public final class UnknownKey {

    /** How many close keys the hint names at most. */
    private static final int SHOWN = 3;

    private UnknownKey() {
    }

    public static Diagnostic at(SourcePos citation, String key, Collection<String> known) {
        List<String> closest = closest(key, known);
        String hint = closest.isEmpty() ? "add an entry with this key to the bibliography, or fix the key"
                : "did you mean @" + closest.get(0) + "?" + (closest.size() == 1 ? ""
                : " (or " + closest.subList(1, closest.size()).stream().map(k -> "@" + k).collect(Collectors.joining(", ")) + ")");
        return Diagnostic.error(citation, "no bibliography entry has the key '" + key + "'", hint);
    }

    /** The keys close enough to be a typo of {@code key}, closest first. */
    private static List<String> closest(String key, Collection<String> known) {
        List<String> found = new ArrayList<>();
        Set<String> left = new LinkedHashSet<>(known);
        while (found.size() < SHOWN) {
            Optional<String> next = Suggestions.closest(key, left);
            if (next.isEmpty()) {
                break;
            }
            found.add(next.get());
            left.remove(next.get());
        }
        return found;
    }
}
