package org.essaykit.build;

import org.essaykit.comments.CommentThread;
import org.essaykit.comments.Threads;
import org.essaykit.content.ContentLoader;
import org.essaykit.content.SiteIndex;
import org.essaykit.content.SiteSource;
import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.markdown.MarkdownEngine;
import org.essaykit.output.SiteFile;
import org.essaykit.output.SiteWriter;
import org.essaykit.output.StaticFiles;
import org.essaykit.render.PagePlanner;
import org.essaykit.render.PlannedPage;
import org.essaykit.render.SiteRenderer;
import org.essaykit.render.Templates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * files -> model -> rendered Markdown -> graph -> planned pages -> rendered files -> site/.
 *
 * <p>Each stage takes the previous stage's value; problems go to one collector and the build carries
 * on as far as it can, so a single run reports every error. Nothing is written unless there are none.
 */
public final class Pipeline {

    private Pipeline() {
    }



    /** The output folder relative to the site folder when inside it ("site"), else as given. */
    private static Path displayed(BuildRequest request) {
        Path source = request.source().toAbsolutePath().normalize();
        Path out = request.out().toAbsolutePath().normalize();
        return out.startsWith(source) ? source.relativize(out) : request.out();
    }

    public static BuildResult build(BuildRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        StageTimer timer = new StageTimer();
        Assembled site = assemble(request, diagnostics, timer);
        List<SiteFile> files = site.files();
        List<PlannedPage> pages = site.pages();

        if (diagnostics.hasErrors()) {
            return new BuildResult(diagnostics.sorted(), pages.size(), 0, timer.timings());
        }
        timer.time("write", () -> {
            try {
                SiteWriter.replace(request.out(), files);
            } catch (IOException e) {
                diagnostics.error(SourcePos.startOf(request.out()), "cannot write the site: " + e.getMessage(),
                        "check that the output folder's parent is writable");
            }
            return null;
        });
        int written = diagnostics.hasErrors() ? 0 : files.size();
        return new BuildResult(diagnostics.sorted(), pages.size(), written, timer.timings());
    }

    /** Every file of the site and the pages planned, in memory; nothing written. */
    record Assembled(List<SiteFile> files, List<PlannedPage> pages) {
    }

    /** The stages up to (not including) the write, in memory; {@code serve} keeps the result. */
    static Assembled assemble(BuildRequest request, Diagnostics diagnostics, StageTimer timer) {
        SiteSource source = timer.time("load", () -> ContentLoader.load(request.source(), request.load(), diagnostics));
        MarkdownEngine markdown = new MarkdownEngine(source.config().headingIds(), source.data());
        SiteIndex index = SiteIndex.of(source);
        List<RenderedDocument> rendered = timer.time("markdown", () -> source.documents().parallelStream()
                .map(doc -> new RenderedDocument(doc, markdown.render(doc, index)))
                .toList());
        rendered.forEach(r -> r.markdown().problems().forEach(diagnostics::report));
        Map<Path, CommentThread> threads = timer.time("comments", () -> Threads.load(source, index, diagnostics));
        SiteGraph graph = timer.time("graph", () -> SiteGraph.build(source, index, rendered, threads, diagnostics));
        Templates templates = new Templates(source.root(), source.config());
        List<PlannedPage> pages = timer.time("plan", () -> new PagePlanner(templates).plan(graph, diagnostics));
        List<SiteFile> files = timer.time("render", () -> {
            List<SiteFile> all = new ArrayList<>(new SiteRenderer(templates).render(graph, pages, diagnostics));
            all.addAll(StaticFiles.collect(source, diagnostics));
            if (rendered.stream().anyMatch(r -> !r.markdown().simulations().isEmpty())) {
                all.addAll(StaticFiles.simulationBundle(diagnostics));
            }
            return all;
        });
        SiteWriter.checkUniquePaths(files, diagnostics);
        if (request.check() && !diagnostics.hasErrors()) {
            timer.time("check", () -> {
                SiteCheck.run(graph, pages, files, displayed(request), diagnostics);
                return null;
            });
        }
        return new Assembled(files, pages);
    }
}
