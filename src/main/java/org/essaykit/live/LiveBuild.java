package org.essaykit.live;

import org.essaykit.content.ContentLoader;
import org.essaykit.content.SiteSource;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.graph.GraphChange;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.markdown.MarkdownEngine;
import org.essaykit.output.SiteFile;
import org.essaykit.output.SiteSnapshot;
import org.essaykit.pipeline.BuildRequest;
import org.essaykit.pipeline.Pipeline;
import org.essaykit.pipeline.StageTimer;
import org.essaykit.pipeline.Transclusions;
import org.essaykit.render.PagePlanner;
import org.essaykit.render.Templates;
import org.essaykit.simc.SiteSimulations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A build kept in memory between edits, for {@code essaykit serve}: {@link #start} builds everything,
 * {@link #rebuild} takes the source files that changed and returns the new site. The site of a rebuild
 * with errors is not returned: the caller keeps serving the last good one.
 *
 * <p>A rebuild runs the plain build's stages in its order ({@link Pipeline}), each kept by a live stage that
 * reuses what the last rebuild made and is told what changed: only changed Markdown files are read again
 * ({@link LiveSource}); only their bodies, and bodies whose links resolve differently now, are rendered again
 * ({@link LiveMarkdown}); threads are read again only when they or what they link to changed ({@link LiveThreads});
 * edited bodies that keep their shape (a new title too, when it keeps the document's place in every order) are
 * swapped into the last graph ({@link LiveGraph}), and the plan then continues the last one; only the pages whose model or whose reads of shared views changed are rendered
 * ({@link PageCache}). A change to the site config, a data file or a folder starts a new session (everything is
 * read again); a template change plans and renders every page again.
 */
public final class LiveBuild {

    private final BuildRequest request;
    private final Path root;
    /** The live stages and what they keep; null when the next rebuild must read everything. */
    private Session session;
    /** The last site without errors, and its files as the stages made them, in their order. */
    private SiteSnapshot lastGood;
    private List<SiteFile> lastGoodFiles = List.of();

    /** What a session of rebuilds keeps, stage by stage: made anew when everything is read again. */
    private static final class Session {
        final LiveSource source;
        final LiveMarkdown markdown;
        final LiveThreads threads = new LiveThreads();
        final LiveGraph graph = new LiveGraph();
        /** The templates, read again when one changes. */
        Templates templates;
        final LivePlan plan = new LivePlan();
        final PageCache pages = new PageCache();
        final LiveSiteFiles siteWide;
        final LivePaths paths = new LivePaths();

        /** The site's own simulations, compiled again when a source of one changes (a new session). */
        final SiteSimulations simulations;

        Session(LiveSource source, Path root) {
            this.source = source;
            this.simulations = SiteSimulations.load(root);
            SiteSource site = source.source();
            this.markdown = new LiveMarkdown(MarkdownEngine.forSite(site.config(), site.data(), site.root(),
                    simulations.catalog()));
            this.siteWide = new LiveSiteFiles(root);
        }
    }

    private LiveBuild(BuildRequest request) {
        this.request = request;
        this.root = request.source().toAbsolutePath().normalize();
    }

    /** The request's {@code out} is not written: the site stays in memory. */
    public static LiveBuild of(BuildRequest request) {
        return new LiveBuild(request);
    }

    /**
     * @param site         the new site, or null when the build had errors
     * @param diagnostics  every problem, sorted
     * @param changedPaths site paths whose bytes differ from the previous good site (all on the first build)
     * @param work         what the rebuild did again
     */
    public record Outcome(SiteSnapshot site, List<Diagnostic> diagnostics, Set<String> changedPaths, Duration took,
                          Work work) {

        public Outcome(SiteSnapshot site, List<Diagnostic> diagnostics, Set<String> changedPaths, Duration took) {
            this(site, diagnostics, changedPaths, took, Work.NONE);
        }

        public boolean succeeded() {
            return site != null;
        }
    }

    /**
     * What a rebuild did again.
     *
     * @param everything   the config, a data file or a folder changed: everything was read again
     * @param keptGraph    only bodies (or titles) changed, each keeping its shape: they were swapped into the last
     *                     graph, and only the pages of the documents they belong to (and those showing a new title)
     *                     and of the lists were planned again
     * @param bodies       how many Markdown bodies were rendered
     * @param pagesRendered the URLs of the pages rendered with their templates, sorted
     * @param viewsRemade  when the plan was continued (only bodies changed), the shared views it made anew, as
     *                     {@code Type:id} sorted (every other view is the last plan's object); empty otherwise
     * @param stages       wall time per stage, in stage order
     */
    public record Work(boolean everything, boolean keptGraph, int bodies, List<String> pagesRendered,
                       List<String> viewsRemade, Map<String, Duration> stages) {
        static final Work NONE = new Work(false, false, 0, List.of(), List.of(), Map.of());

        public Work {
            pagesRendered = List.copyOf(pagesRendered);
            viewsRemade = List.copyOf(viewsRemade);
            stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
        }
    }

    /** The first, full build. */
    public Outcome start() {
        session = null;
        return rebuild(Set.of());
    }

    /** @param changed absolute paths of source files created, modified or deleted since the last call */
    public Outcome rebuild(Set<Path> changed) {
        long begin = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        StageTimer timer = new StageTimer();
        Rebuilt rebuilt;
        try {
            rebuilt = stages(changed, diagnostics, timer);
        } catch (RuntimeException | Error e) {
            // A stage stopped half way, so the caches may no longer agree: the next rebuild reads everything.
            session = null;
            throw e;
        }
        if (diagnostics.hasErrors()) {
            return new Outcome(null, diagnostics.sorted(), Set.of(), since(begin), rebuilt.work(timer));
        }
        Snapshot next = timer.time("snapshot", () -> snapshot(rebuilt.files(), changed));
        lastGood = next.site();
        lastGoodFiles = rebuilt.files();
        return new Outcome(next.site(), diagnostics.sorted(), next.differing(), since(begin), rebuilt.work(timer));
    }

    /** The files a rebuild made, in the plain build's order, and what it did again. */
    private record Rebuilt(List<SiteFile> files, SourceChange change, boolean keptGraph, int bodies,
                           List<String> pagesRendered, List<String> viewsRemade) {
        Work work(StageTimer timer) {
            return new Work(change.everything(), keptGraph, bodies, pagesRendered, viewsRemade, timer.timings());
        }
    }

    /**
     * The plain build's stages in its order ({@link Pipeline}), each given what the stage before it changed and
     * returning what it changed in turn: source change -> bodies -> threads -> graph change -> plan -> pages.
     */
    private Rebuilt stages(Set<Path> changed, Diagnostics diagnostics, StageTimer timer) {
        if (!ContentLoader.hasContent(root)) {
            session = null;
            ContentLoader.load(root, request.load(), diagnostics); // reports the missing folder
            return new Rebuilt(List.of(), SourceChange.all(), false, 0, List.of(), List.of());
        }
        SourceChange change = timer.time("load", () -> load(changed));
        Session live = session;
        live.simulations.problems().forEach(diagnostics::report);
        live.source.problems().forEach(diagnostics::report);
        SiteSource site = live.source.source();
        LiveMarkdown.Result bodies = timer.time("markdown", () -> live.markdown.update(site, change));
        // Embeds are filled again in every page that shows one; a page showing a body rendered again counts as
        // rendered again too.
        Transclusions.Filled embedded = timer.time("transclusion", () -> Transclusions.fill(new Pipeline.Markdown(site,
                bodies.index(), bodies.documents(), bodies.problems(), bodies.simulations()), bodies.embedding()));
        Pipeline.Markdown markdown = embedded.markdown();
        List<RenderedDocument> rendered = embedded.touching(bodies.rendered());
        markdown.problems().forEach(diagnostics::report);
        LiveThreads.Comments comments = timer.time("comments", () -> live.threads.update(change, site,
                bodies.index(), rendered, live.source.threadFiles()));
        comments.problems().forEach(diagnostics::report);
        LiveGraph.Result graph = timer.time("graph",
                () -> live.graph.update(change, markdown, rendered, comments, diagnostics));
        if (change.templates() || live.templates == null) {
            live.templates = Pipeline.templates(site, diagnostics, live.pages.tracker());
        }
        Templates templates = live.templates;
        // New templates may lack a layout a kept page uses: every page is planned again.
        LivePlan.Delta plan = timer.time("plan", () -> live.plan.update(graph.graph(),
                change.templates() ? GraphChange.ANYTHING : graph.change(), new PagePlanner(templates), diagnostics));
        PageCache.Result pages = timer.time("render",
                () -> live.pages.render(plan, templates, change.templates(), diagnostics));
        List<SiteFile> files = new ArrayList<>(pages.files());
        files.addAll(timer.time("site files",
                () -> live.siteWide.write(graph.graph(), plan.plan().pages(), graph.change(), diagnostics)));
        timer.time("static files", () -> {
            files.addAll(Pipeline.copiedFiles(markdown, live.simulations, diagnostics));
            live.paths.check(files, diagnostics);
            return null;
        });
        return new Rebuilt(files, change, graph.change() instanceof GraphChange.Bodies, bodies.rendered().size(),
                pages.rendered(), plan.viewsRemade());
    }

    /** Takes the edit into the live source; a change it cannot take file by file starts a new session. */
    private SourceChange load(Set<Path> changed) {
        LiveSource.Update update = session == null ? LiveSource.Update.RELOAD : session.source.update(changed);
        if (update.reloadNeeded()) {
            session = new Session(LiveSource.load(root, request.load()), root);
        }
        return SourceChange.of(root, changed, update);
    }

    private static Duration since(long begin) {
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /** A new site, with the paths added, removed, or whose bytes differ from the last good site. */
    private record Snapshot(SiteSnapshot site, Set<String> differing) {
    }

    /**
     * When the stages made the files of the last good site in the same order, with new objects only where
     * something changed, the new site is the last one with those files laid over it, and only they are compared.
     */
    private Snapshot snapshot(List<SiteFile> files, Set<Path> changed) {
        Set<Path> touched = new HashSet<>();
        changed.forEach(path -> touched.add(path.toAbsolutePath().normalize()));
        Set<String> differing = new TreeSet<>();
        Map<String, SiteFile> changes = lastGood == null ? null : SiteSnapshot.changedInPlace(lastGoodFiles, files);
        if (changes != null) {
            changes.forEach((path, file) -> {
                if (!sameBytes(lastGood.file(path).orElse(null), file, touched)) {
                    differing.add(path);
                }
            });
            return new Snapshot(lastGood.with(changes), differing);
        }
        SiteSnapshot site = new SiteSnapshot(files);
        Map<String, SiteFile> before = lastGood == null ? Map.of() : lastGood.files();
        site.files().forEach((path, file) -> {
            if (!sameBytes(before.get(path), file, touched)) {
                differing.add(path);
            }
        });
        before.keySet().stream().filter(path -> !site.files().containsKey(path)).forEach(differing::add);
        return new Snapshot(site, differing);
    }

    private static boolean sameBytes(SiteFile before, SiteFile after, Set<Path> touched) {
        if (before == after) {
            return true;
        }
        if (before instanceof SiteFile.Generated a && after instanceof SiteFile.Generated b) {
            return Arrays.equals(a.bytes(), b.bytes());
        }
        if (before instanceof SiteFile.Copied a && after instanceof SiteFile.Copied b) {
            return a.source().equals(b.source()) && !touched.contains(b.source());
        }
        if (before == null || after == null) {
            return false;
        }
        try {
            return Arrays.equals(SiteSnapshot.bytes(before), SiteSnapshot.bytes(after));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
