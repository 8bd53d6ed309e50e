package org.essaykit.cite;

import java.util.Collection;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.SourcePos;
import org.essaykit.diag.Suggestions;

/** The error for a citation whose key no bibliography of its page holds, with the closest key as the hint. */
public final class UnknownKey {

    private UnknownKey() {
    }

    public static Diagnostic at(SourcePos citation, String key, Collection<String> known) {
        String hint = Suggestions.closest(key, known)
                .map(closest -> "did you mean @" + closest + "?")
                .orElse("add an entry with this key to the bibliography, or fix the key");
        return Diagnostic.error(citation, "no bibliography entry has the key '" + key + "'", hint);
    }
}
