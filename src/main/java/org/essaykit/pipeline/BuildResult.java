package org.essaykit.pipeline;

import org.essaykit.diag.Diagnostic;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a build did.
 *
 * @param diagnostics every problem found, sorted by position
 * @param filesWritten 0 when the build failed and wrote nothing
 * @param timings    wall time per stage, in stage order
 */
public record BuildResult(List<Diagnostic> diagnostics, int pages, int filesWritten, Map<String, Duration> timings) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
    }

    public boolean succeeded() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}
