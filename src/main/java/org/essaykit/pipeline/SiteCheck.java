package org.essaykit.pipeline;

import org.essaykit.check.CheckOptions;
import org.essaykit.check.CheckReport;
import org.essaykit.check.Finding;
import org.essaykit.check.LinkChecker;
import org.essaykit.check.SiteTree;
import org.essaykit.check.SourceMap;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.output.SiteFile;
import org.essaykit.render.PlannedPage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;

/**
 * {@code build --check}: the link checker over the files a build is about to write, so broken links stop
 * the build before anything reaches {@code site/}, reported at the Markdown that made them.
 */
final class SiteCheck {

    private SiteCheck() {
    }

    /** @param outDir the output folder as the user named it, for positions in built files */
    static void run(SiteGraph graph, List<PlannedPage> pages, List<SiteFile> files, Path outDir,
                    Diagnostics diagnostics) {
        Map<Path, RenderedDocument> bySource = new HashMap<>();
        graph.documents().forEach(r -> bySource.put(r.doc().source(), r));
        List<SourceMap> maps = pages.stream().map(page -> {
            RenderedDocument doc = bySource.get(page.origin().file());
            return doc == null ? new SourceMap(page.outputPath(), null, page.template(), List.of())
                    : new SourceMap(page.outputPath(), doc.doc().source(), page.template(), doc.markdown().links());
        }).toList();
        CheckReport report = LinkChecker.check(SiteTree.of(files),
                CheckOptions.offline(graph.config().url(), graph.config().baseurl()), maps);
        // A broken link in a template breaks every page using it: say so once, not once per page.
        Map<String, List<Finding>> byProblem = new TreeMap<>();
        for (Finding finding : report.findings()) {
            if (finding.level() != Finding.Level.NOTE) {
                String key = finding.source().isPresent() ? finding.primary() + finding.message()
                        : "\u0000" + finding.message();
                byProblem.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
            }
        }
        for (List<Finding> same : byProblem.values()) {
            Finding first = same.get(0);
            SourcePos output = onSite(outDir, first.output());
            String templates = same.stream().map(Finding::template).distinct().sorted()
                    .collect(Collectors.joining(", "));
            String where = first.source().isPresent() ? " (" + output + ")"
                    : " (made by a template: " + templates + (same.size() == 1 ? "" : "; on " + same.size() + " pages") + ")";
            diagnostics.report(new Diagnostic(first.level() == Finding.Level.ERROR ? Diagnostic.Severity.ERROR
                    : Diagnostic.Severity.WARNING, first.source().orElse(output), first.message() + where,
                    first.hint()));
        }
    }

    /** The checker's positions are inside the site folder; diagnostics name them from the site root. */
    private static SourcePos onSite(Path outDir, SourcePos pos) {
        return new SourcePos(outDir.resolve(pos.file()), pos.line(), pos.column());
    }
}
