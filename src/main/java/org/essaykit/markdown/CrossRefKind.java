package org.essaykit.markdown;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an id of the form {@code PREFIX:name} labels, numbered per page and referred to as {@code @PREFIX:name}
 * or {@code [[#PREFIX:name]]}. A display equation's label ({@code \label{eq:x}} or {@code {#eq:x}}) is numbered
 * as an {@link #EQUATION}, whatever its prefix; it shows as "(1)", as LaTeX's {@code \eqref} does.
 */
enum CrossRefKind {
    FIGURE("fig", "Figure"),
    TABLE("tbl", "Table"),
    EQUATION("eq", "Equation");

    private static final String PREFIXES = String.join("|", Arrays.stream(values()).map(k -> k.prefix).toList());
    /** An id: a prefix, a colon and a name of letters, digits, {@code -} and {@code _} (ending in neither). */
    static final String ID = "(?:" + PREFIXES + "):[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?";
    /** {@code {#fig:x}} at the end of a caption or after an image. */
    static final Pattern LABEL = Pattern.compile("\\s*\\{#(" + ID + ")\\}\\s*$");
    /** {@code @fig:x} in running text, not in an e-mail address. */
    static final Pattern REFERENCE = Pattern.compile("(?<![\\w@.])@(" + ID + ")");

    private final String prefix;
    private final String word;

    CrossRefKind(String prefix, String word) {
        this.prefix = prefix;
        this.word = word;
    }

    /** "Figure", "Table": a number's label and a reference's words. */
    String word() {
        return word;
    }

    /** How a reference shows number {@code n}: "Figure 2", "Table 1", "(3)". */
    String label(int n) {
        return this == EQUATION ? "(" + n + ")" : word + " " + n;
    }

    static Optional<CrossRefKind> of(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.prefix.equals(id.substring(0, colon))).findFirst();
    }
}
