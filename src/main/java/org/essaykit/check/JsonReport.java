package org.essaykit.check;

import org.essaykit.diag.SourcePos;

import java.util.LinkedHashMap;
import java.util.Map;

/** The report as JSON: a summary and every finding, with optional keys left out when empty. */
final class JsonReport {

    private JsonReport() {
    }

    static Map<String, Object> tree(CheckReport report, ReportPaths paths) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("errors", report.count(Finding.Level.ERROR));
        summary.put("warnings", report.count(Finding.Level.WARNING));
        summary.put("notes", report.count(Finding.Level.NOTE));
        summary.put("files", report.files().size());
        summary.put("links", report.links());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("summary", summary);
        root.put("findings", report.findings().stream().map(f -> finding(f, paths)).toList());
        return root;
    }

    private static Map<String, Object> finding(Finding f, ReportPaths paths) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", f.level().label());
        m.put("rule", f.rule());
        m.put("message", f.message());
        if (!f.url().isEmpty()) {
            m.put("url", f.url());
        }
        m.put("output", position(paths.output(f.output()), f.output()));
        f.source().ifPresent(s -> m.put("source", position(ReportPaths.source(s), s)));
        if (!f.template().isEmpty()) {
            m.put("template", f.template());
        }
        if (!f.hint().isEmpty()) {
            m.put("hint", f.hint());
        }
        return m;
    }

    private static Map<String, Object> position(String file, SourcePos pos) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("line", pos.line());
        m.put("column", pos.column());
        return m;
    }
}
