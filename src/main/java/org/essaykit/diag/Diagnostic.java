package org.essaykit.diag;

import java.util.Objects;

/**
 * One problem found in a build, compiler-style: where, what, and how to fix it.
 *
 * @param hint how to fix it; empty when there is nothing useful to add
 */
public record Diagnostic(Severity severity, SourcePos pos, String message, String hint)
        implements Comparable<Diagnostic> {

    public enum Severity { ERROR, WARNING }

    public Diagnostic {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(pos);
        Objects.requireNonNull(message);
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.ERROR, pos, message, hint);
    }

    public static Diagnostic warning(SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.WARNING, pos, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code content/posts/x.md:12:5: error: message} followed by an indented hint line. */
    public String format() {
        String head = pos + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
        return hint.isEmpty() ? head : head + System.lineSeparator() + "    hint: " + hint;
    }

    @Override
    public int compareTo(Diagnostic other) {
        int byPos = pos.compareTo(other.pos);
        return byPos != 0 ? byPos : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return format();
    }
}
