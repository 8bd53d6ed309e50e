package org.essaykit.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one build from every stage, so that all problems are reported
 * together instead of stopping at the first. Thread-safe: pages render in parallel.
 */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();
    private final boolean strict;

    public Diagnostics() {
        this(false);
    }

    private Diagnostics(boolean strict) {
        this.strict = strict;
    }

    /** A collector for {@code --strict}: every warning is kept as an error, so it fails the build. */
    public static Diagnostics strict() {
        return new Diagnostics(true);
    }

    public synchronized void report(Diagnostic diagnostic) {
        all.add(strict && !diagnostic.isError()
                ? Diagnostic.error(diagnostic.pos(), diagnostic.message(), diagnostic.hint()) : diagnostic);
    }

    public void error(SourcePos pos, String message, String hint) {
        report(Diagnostic.error(pos, message, hint));
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized int errorCount() {
        return (int) all.stream().filter(Diagnostic::isError).count();
    }

    /** Sorted by file, line and column: stable output whatever order the threads reported in. */
    public synchronized List<Diagnostic> sorted() {
        return all.stream().distinct().sorted().toList();
    }
}
