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
import org.essaykit.graph.GraphChange;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.markdown.MarkdownEngine;
import org.essaykit.output.SiteFile;
import org.essaykit.output.SiteWriter;
import org.essaykit.output.StaticFiles;
import org.essaykit.images.ResizedImages;
import org.essaykit.render.PagePlanner;
import org.essaykit.render.PlannedPage;
import org.essaykit.render.SiteRenderer;
import org.essaykit.render.SiteWideFiles;
import org.essaykit.render.Templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

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
        Diagnostics diagnostics = request.strict() ? Diagnostics.strict() : new Diagnostics();
        StageTimer timer = new StageTimer();
        // Pages are written into the staging folder as they are rendered, so a large site is never whole in
        // memory; the staging folder replaces the output folder only when the build has no errors.
        try (SiteWriter.Staging staging = SiteWriter.Staging.beside(request.out())) {
            Assembled site = assemble(request, new Fresh(request, staging::keep), diagnostics, timer);
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
    record Assembled(List<SiteFile> files, List<PlannedPage> pages) {
    }

    /** The stages up to (not including) the write, in memory, each done from scratch. */
    static Assembled assemble(BuildRequest request, Diagnostics diagnostics, StageTimer timer) {
        return assemble(request, new Fresh(request, UnaryOperator.identity()), diagnostics, timer);
    }

    /**
     * How the stages that can reuse an earlier build's work do theirs: {@link Fresh} for a build, {@link LiveBuild}'s
     * caches in {@code serve}. The order of the stages stays here either way.
     */
    interface Stages {
        SiteSource load(Diagnostics diagnostics);

        Markdown markdown(SiteSource source);

        Map<Path, CommentThread> threads(SiteSource source, SiteIndex index, Diagnostics diagnostics);

        /** How the documents relate; reports links that lead nowhere. */
        SiteGraph graph(SiteSource source, Markdown markdown, Map<Path, CommentThread> threads,
                        Diagnostics diagnostics);

        Templates templates(SiteSource source);

        PagePlanner.Plan plan(Templates templates, SiteGraph graph, Diagnostics diagnostics);

        /** The HTML pages of the plan; a page whose template fails is reported and left out. */
        List<SiteFile> pages(Templates templates, PagePlanner.Plan plan, Diagnostics diagnostics);

        /** Feed, sitemap, previews, search index and the other files made from the whole site. */
        List<SiteFile> siteFiles(SiteGraph graph, List<PlannedPage> pages, Diagnostics diagnostics);

        /** Reports every output path claimed by more than one file. */
        void checkPaths(List<SiteFile> files, Diagnostics diagnostics);
    }

    /**
     * Every document's rendered body, in the source's order, and the index the links were resolved with.
     *
     * @param source      the site as the later stages read it (a build lets the documents' Markdown text go)
     * @param problems    the problems of every body
     * @param simulations whether any body embeds a simulation (the site then carries the bundle)
     */
    record Markdown(SiteSource source, SiteIndex index, List<RenderedDocument> documents, List<Diagnostic> problems,
                    boolean simulations) {

        static Markdown of(SiteSource source, SiteIndex index, List<RenderedDocument> documents) {
            return new Markdown(source, index, documents,
                    documents.stream().flatMap(r -> r.markdown().problems().stream()).toList(),
                    documents.stream().anyMatch(r -> !r.markdown().simulations().isEmpty()));
        }
    }

    /**
     * Each stage from scratch.
     *
     * @param keep what is kept of each page and site-wide file once made: the file, or the file as written out
     */
    private record Fresh(BuildRequest request, UnaryOperator<SiteFile> keep) implements Stages {
        @Override
        public SiteSource load(Diagnostics diagnostics) {
            return ContentLoader.load(request.source(), request.load(), diagnostics);
        }

        @Override
        public Markdown markdown(SiteSource source) {
            MarkdownEngine markdown = MarkdownEngine.forSite(source.config(), source.data(), source.root());
            SiteSource read = source.withoutBodies();
            SiteIndex index = SiteIndex.of(read);
            List<Document> written = source.documents();
            return Markdown.of(read, index, IntStream.range(0, written.size()).parallel()
                    .mapToObj(i -> new RenderedDocument(read.documents().get(i), ProcessingFailure.blaming(
                            written.get(i).source(), () -> markdown.render(written.get(i), index))))
                    .toList());
        }

        @Override
        public Map<Path, CommentThread> threads(SiteSource source, SiteIndex index, Diagnostics diagnostics) {
            return Threads.load(source, index, diagnostics);
        }

        @Override
        public SiteGraph graph(SiteSource source, Markdown markdown, Map<Path, CommentThread> threads,
                               Diagnostics diagnostics) {
            return SiteGraph.build(source, markdown.index(), markdown.documents(), threads, diagnostics);
        }

        @Override
        public Templates templates(SiteSource source) {
            return new Templates(source.root(), source.config());
        }

        @Override
        public PagePlanner.Plan plan(Templates templates, SiteGraph graph, Diagnostics diagnostics) {
            return new PagePlanner(templates).plan(graph, PagePlanner.Plan.NONE, GraphChange.ANYTHING, diagnostics);
        }

        @Override
        public List<SiteFile> pages(Templates templates, PagePlanner.Plan plan, Diagnostics diagnostics) {
            return new SiteRenderer(templates).renderPages(plan.pages(), plan.site(), false, keep, diagnostics)
                    .stream().map(SiteRenderer.RenderedPage::file).toList();
        }

        @Override
        public List<SiteFile> siteFiles(SiteGraph graph, List<PlannedPage> pages, Diagnostics diagnostics) {
            return SiteWideFiles.once(request.source(), keep).write(graph, pages, GraphChange.ANYTHING, diagnostics)
                    .parallelStream().map(keep).toList();
        }

        @Override
        public void checkPaths(List<SiteFile> files, Diagnostics diagnostics) {
            SiteWriter.checkUniquePaths(files, diagnostics);
        }
    }

    static Assembled assemble(BuildRequest request, Stages stages, Diagnostics diagnostics, StageTimer timer) {
        Markdown markdown = read(stages, diagnostics, timer);
        SiteSource source = markdown.source();
        markdown.problems().forEach(diagnostics::report);
        Map<Path, CommentThread> threads = timer.time("comments",
                () -> stages.threads(source, markdown.index(), diagnostics));
        SiteGraph graph = timer.time("graph", () -> stages.graph(source, markdown, threads, diagnostics));
        Templates templates = stages.templates(source);
        templates.unreadable().forEach(diagnostics::report);
        PagePlanner.Plan plan = timer.time("plan", () -> stages.plan(templates, graph, diagnostics));
        List<PlannedPage> pages = plan.pages();
        List<SiteFile> files = new ArrayList<>(timer.time("render", () -> stages.pages(templates, plan, diagnostics)));
        files.addAll(timer.time("site files", () -> stages.siteFiles(graph, pages, diagnostics)));
        timer.time("static files", () -> {
            files.addAll(StaticFiles.collect(source, diagnostics));
            files.addAll(ResizedImages.collect(source, diagnostics));
            if (markdown.simulations()) {
                files.addAll(StaticFiles.simulationBundle(diagnostics));
            }
            stages.checkPaths(files, diagnostics);
            return null;
        });
        if (request.check() && !diagnostics.hasErrors()) {
            timer.time("check", () -> {
                SiteCheck.run(graph, pages, files, displayed(request), diagnostics);
                return null;
            });
        }
        return new Assembled(files, pages);
    }

    /** Load and Markdown, in a frame of their own: the site as loaded, Markdown text and all, goes with it. */
    private static Markdown read(Stages stages, Diagnostics diagnostics, StageTimer timer) {
        SiteSource loaded = timer.time("load", () -> stages.load(diagnostics));
        return timer.time("markdown", () -> stages.markdown(loaded));
    }
}
