package org.essaykit.check;

import java.util.List;

/**
 * What one run of the checker found.
 *
 * @param findings every problem, sorted by where to fix it
 * @param files    the pages and stylesheets read, sorted
 * @param links    URLs checked (internal and external, ignored ones excluded)
 */
public record CheckReport(List<Finding> findings, List<String> files, int links) {

    public CheckReport {
        findings = findings.stream().sorted().toList();
        files = files.stream().sorted().toList();
    }

    public long count(Finding.Level level) {
        return findings.stream().filter(f -> f.level() == level).count();
    }

    /** True when the run must fail: exit code 1. */
    public boolean failed() {
        return count(Finding.Level.ERROR) > 0;
    }
}
