package org.essaykit.markdown;

import org.essaykit.diag.SourcePos;

/**
 * A link or image reference found while rendering, with where it was written, for the link graph and
 * the link checker.
 */
public record FoundLink(Kind kind, String destination, String text, SourcePos pos) {

    public enum Kind { LINK, IMAGE }
}
