package org.essaykit.check;

import org.essaykit.output.JsonWriter;

import java.io.IOException;
import java.io.Writer;

/** The ways a {@link CheckReport} can be written. Every format is deterministic: same report, same bytes. */
public enum ReportFormat {
    /** Compiler-style lines grouped by the file to fix, for people. */
    TEXT,
    /** One object with a summary and every finding, for scripts. */
    JSON,
    /** One test case per file read, one failure per error, for CI dashboards. */
    JUNIT,
    /** SARIF 2.1.0, for code-scanning tools. */
    SARIF;

    /**
     * @param siteFolder how to name the site folder in front of output paths ({@code site}); "" for none
     */
    public void write(CheckReport report, String siteFolder, Writer out) throws IOException {
        ReportPaths paths = new ReportPaths(siteFolder);
        switch (this) {
            case TEXT -> TextReport.write(report, paths, out);
            case JSON -> out.write(JsonWriter.write(JsonReport.tree(report, paths)));
            case JUNIT -> JunitReport.write(report, paths, out);
            case SARIF -> out.write(JsonWriter.write(SarifReport.tree(report, paths)));
        }
        out.flush();
    }
}
