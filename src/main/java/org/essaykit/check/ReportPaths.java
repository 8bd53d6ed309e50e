package org.essaykit.check;

import org.essaykit.diag.SourcePos;

/** How reports name files: output files under the site folder's name, sources as they are (from the site root). */
record ReportPaths(String siteFolder) {

    ReportPaths {
        siteFolder = siteFolder.replace('\\', '/').replaceAll("/+$", "");
    }

    String output(String path) {
        return siteFolder.isEmpty() || siteFolder.equals(".") ? path : siteFolder + "/" + path;
    }

    String output(SourcePos pos) {
        return output(pos.file().toString().replace('\\', '/'));
    }

    static String source(SourcePos pos) {
        return pos.file().toString().replace('\\', '/');
    }

    /** {@code file:line:col} of the output position. */
    String outputPos(SourcePos pos) {
        return output(pos) + ":" + pos.line() + ":" + pos.column();
    }

    /** The file to fix: the Markdown file, the template, or the output file. */
    String group(Finding f) {
        if (f.source().isPresent()) {
            return source(f.source().get());
        }
        return f.template().isEmpty() ? output(f.output()) : "template " + f.template();
    }
}
