package org.essaykit.pipeline;

import org.essaykit.comments.CommentThread;
import org.essaykit.comments.Threads;
import org.essaykit.content.ContentLoader;
import org.essaykit.content.Document;
import org.essaykit.content.SiteIndex;
import org.essaykit.content.SiteSource;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.markdown.MarkdownEngine;
import org.essaykit.output.SiteFile;
import org.essaykit.output.SiteWriter;
import org.essaykit.output.StaticFiles;
import org.essaykit.images.ResizedImages;
import org.essaykit.render.PagePlan;
import org.essaykit.render.PagePlanner;
import org.essaykit.render.PlannedPage;
import org.essaykit.render.SiteRenderer;
import org.essaykit.render.SiteWideFiles;
import org.essaykit.render.Templates;
import io.pebbletemplates.pebble.extension.Extension;
import org.essaykit.simc.SimulationCatalog;
import org.essaykit.simc.SimulationFiles;
import org.essaykit.simc.SiteSimulations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * files -> model -> rendered Markdown -> graph -> planned pages -> rendered files -> site/.
 *
 * <p>Each stage is a function of the previous stage's value; problems go to one collector and the build carries
 * on as far as it can, so a single run reports every error. Nothing is written unless there are none. This is
 * the plain build: it knows nothing of reuse. {@code serve}'s rebuilds run the same stages through the live
 * layer ({@code org.essaykit.live}), which keeps what an edit did not touch.
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
        Diagnostics diagnostics = request.strict() ? Diagnostics.strict() : new Diagnostics();
        StageTimer timer = new StageTimer();
        // Pages are written into the staging folder as they are rendered, so a large site is never whole in
        // memory; the staging folder replaces the output folder only when the build has no errors.
        try (SiteWriter.Staging staging = SiteWriter.Staging.beside(request.out())) {
            Assembled site = assemble(request, staging::keep, diagnostics, timer);
            if (!diagnostics.hasErrors()) {
                timer.time("write", () -> {
                    try {
                        staging.commit(site.files());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                });
            }
            int written = diagnostics.hasErrors() ? 0 : site.files().size();
            return new BuildResult(diagnostics.sorted(), site.pages().size(), written, timer.timings());
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(SourcePos.startOf(request.out()), "cannot write the site: " + e.getMessage(),
                    "check that the output folder's parent is writable");
            return new BuildResult(diagnostics.sorted(), 0, 0, timer.timings());
        }
    }

    /** Every file of the site and the pages planned, in memory; nothing written. */
    public record Assembled(List<SiteFile> files, List<PlannedPage> pages) {
    }

    /** The stages up to (not including) the write, in memory: the site a clean build would write. */
    public static Assembled assemble(BuildRequest request, Diagnostics diagnostics, StageTimer timer) {
        return assemble(request, UnaryOperator.identity(), diagnostics, timer);
    }

    /**
     * The stages up to (not including) the write.
     *
     * @param keep what is kept of each page and site-wide file once made: the file, or the file as written out
     */
    private static Assembled assemble(BuildRequest request, UnaryOperator<SiteFile> keep, Diagnostics diagnostics,
                                      StageTimer timer) {
        SiteSimulations simulations = timer.time("simulations", () -> SiteSimulations.load(request.source()));
        simulations.problems().forEach(diagnostics::report);
        Markdown markdown = read(request, simulations.catalog(), diagnostics, timer);
        SiteSource source = markdown.source();
        markdown.problems().forEach(diagnostics::report);
        Map<Path, CommentThread> threads = timer.time("comments",
                () -> Threads.load(source, markdown.index(), diagnostics));
        SiteGraph graph = timer.time("graph",
                () -> SiteGraph.build(source, markdown.index(), markdown.documents(), threads, diagnostics));
        Templates templates = templates(source, diagnostics);
        PagePlan plan = timer.time("plan", () -> new PagePlanner(templates).plan(graph, diagnostics));
        List<SiteFile> files = new ArrayList<>(timer.time("render",
                () -> new SiteRenderer(templates).render(plan.pages(), plan.site(), keep, diagnostics)));
        files.addAll(timer.time("site files",
                () -> SiteWideFiles.of(graph, plan.pages(), request.source(), keep, diagnostics)));
        timer.time("static files", () -> {
            files.addAll(copiedFiles(markdown, simulations, diagnostics));
            SiteWriter.checkUniquePaths(files, diagnostics);
            return null;
        });
        if (request.check() && !diagnostics.hasErrors()) {
            timer.time("check", () -> {
                SiteCheck.run(graph, plan.pages(), files, displayed(request), diagnostics);
                return null;
            });
        }
        return new Assembled(files, plan.pages());
    }

    /**
     * Every document's rendered body, in the source's order, and the index the links were resolved with.
     *
     * @param source      the site as the later stages read it (a build lets the documents' Markdown text go)
     * @param problems    the problems of every body
     * @param simulations the names of the simulations the bodies embed, sorted (the site then carries a bundle)
     */
    public record Markdown(SiteSource source, SiteIndex index, List<RenderedDocument> documents,
                           List<Diagnostic> problems, Set<String> simulations) {

        public Markdown {
            simulations = java.util.Collections.unmodifiableSet(new TreeSet<>(simulations));
        }

        public static Markdown of(SiteSource source, SiteIndex index, List<RenderedDocument> documents) {
            return new Markdown(source, index, documents,
                    documents.stream().flatMap(r -> r.markdown().problems().stream()).toList(),
                    documents.stream().flatMap(r -> r.markdown().simulations().stream()).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    /**
     * Load, Markdown and the embeds filled, in a frame of their own: the site as loaded, Markdown text and all, goes
     * with it.
     */
    private static Markdown read(BuildRequest request, SimulationCatalog simulations, Diagnostics diagnostics,
                                 StageTimer timer) {
        SiteSource loaded = timer.time("load", () -> ContentLoader.load(request.source(), request.load(), diagnostics));
        Markdown bodies = timer.time("markdown", () -> markdown(loaded, simulations));
        return timer.time("transclusion", () -> Transclusions.fill(bodies).markdown());
    }

    /** Every body rendered, on all cores; the documents' Markdown text is not kept. */
    private static Markdown markdown(SiteSource source, SimulationCatalog simulations) {
        MarkdownEngine markdown = MarkdownEngine.forSite(source.config(), source.data(), source.root(), simulations);
        SiteSource read = source.withoutBodies();
        SiteIndex index = SiteIndex.of(read);
        List<Document> written = source.documents();
        List<RenderedDocument> rendered = IntStream.range(0, written.size()).parallel()
                .mapToObj(i -> new RenderedDocument(read.documents().get(i), ProcessingFailure.blaming(
                        written.get(i).source(), () -> markdown.render(written.get(i), index))))
                .toList();
        markdown.pruneCaches();
        return Markdown.of(read, index, rendered);
    }

    /**
     * The site's templates; those that cannot be read are reported.
     *
     * @param extensions more for Pebble: the live layer's read tracking (a build has none)
     */
    public static Templates templates(SiteSource source, Diagnostics diagnostics, Extension... extensions) {
        Templates templates = new Templates(source.root(), source.config(), extensions);
        templates.unreadable().forEach(diagnostics::report);
        return templates;
    }

    /** The files copied rather than made: static files, resized images and, when a page embeds one, the simulations. */
    public static List<SiteFile> copiedFiles(Markdown markdown, SiteSimulations simulations, Diagnostics diagnostics) {
        List<SiteFile> files = new ArrayList<>(StaticFiles.collect(markdown.source(), diagnostics));
        files.addAll(ResizedImages.collect(markdown.source(), diagnostics));
        if (!markdown.simulations().isEmpty()) {
            files.addAll(SimulationFiles.of(simulations, markdown.simulations(), diagnostics));
        }
        return files;
    }
}
