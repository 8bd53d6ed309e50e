package org.essaykit.check;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Findings grouped by the file to fix, each as {@code file:line:col: level: message}, then a summary line. */
final class TextReport {

    private TextReport() {
    }

    static void write(CheckReport report, ReportPaths paths, Writer out) throws IOException {
        Map<String, List<Finding>> groups = new TreeMap<>();
        report.findings().forEach(f -> groups.computeIfAbsent(paths.group(f), k -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<Finding>> group : groups.entrySet()) {
            out.write(group.getKey() + "\n");
            for (Finding f : group.getValue()) {
                String where = f.source().map(s -> ReportPaths.source(s) + ":" + s.line() + ":" + s.column())
                        .orElse(paths.outputPos(f.output()));
                out.write("  " + where + ": " + f.level().label() + ": " + f.message() + "\n");
                if (f.source().isPresent()) {
                    out.write("      in " + paths.outputPos(f.output()) + "\n");
                } else if (!f.template().isEmpty()) {
                    out.write("      produced by template " + f.template() + "\n");
                }
                if (!f.hint().isEmpty()) {
                    out.write("      hint: " + f.hint() + "\n");
                }
            }
        }
        out.write(summary(report) + "\n");
    }

    static String summary(CheckReport report) {
        return String.format(Locale.ROOT, "%s, %s, %s in %s (%s checked)",
                plural(report.count(Finding.Level.ERROR), "error"),
                plural(report.count(Finding.Level.WARNING), "warning"),
                plural(report.count(Finding.Level.NOTE), "note"),
                plural(report.files().size(), "file"),
                plural(report.links(), "link"));
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
