package org.essaykit.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one build from every stage, so that all problems are reported
 * together instead of stopping at the first. Thread-safe: pages render in parallel.
 */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void report(Diagnostic diagnostic) {
        all.add(diagnostic);
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
