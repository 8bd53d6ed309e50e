package org.essaykit.diag;

/**
 * A problem of the input found by a reader that stops at it (a file that is not UTF-8, YAML that cannot be read,
 * a template that cannot be rendered): where it is, what it is, and a hint when the problem has its own.
 */
public class SourceProblem extends Exception {

    private final SourcePos pos;
    private final String hint;

    public SourceProblem(SourcePos pos, String message, String hint) {
        super(message);
        this.pos = pos;
        this.hint = hint;
    }

    public SourcePos pos() {
        return pos;
    }

    /** The problem's own hint, else {@code general} (what the caller says about its kind of file). */
    public String hint(String general) {
        return hint != null ? hint : general;
    }

    /** The diagnostic a build reports for it. */
    public Diagnostic error(String generalHint) {
        return Diagnostic.error(pos, getMessage(), hint(generalHint));
    }
}
