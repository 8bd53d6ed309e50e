package org.essaykit.pipeline;

import org.essaykit.comments.CommentThread;
import org.essaykit.comments.Threads;
import org.essaykit.content.ContentLoader;
import org.essaykit.content.LiveSource;
import org.essaykit.content.SiteIndex;
import org.essaykit.content.SiteSource;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.markdown.MarkdownEngine;
import org.essaykit.output.SiteFile;
import org.essaykit.output.SiteSnapshot;
import org.essaykit.output.SiteWriter;
import org.essaykit.render.PageCache;
import org.essaykit.render.PagePlanner;
import org.essaykit.render.PlannedPage;
import org.essaykit.render.SiteWideFiles;
import org.essaykit.graph.GraphChange;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.render.Templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A build kept in memory between edits, for {@code essaykit serve}: {@link #start} builds everything,
 * {@link #rebuild} takes the source files that changed and returns the new site. The site of a rebuild
 * with errors is not returned: the caller keeps serving the last good one.
 *
 * <p>A rebuild runs the same stages as a build ({@link Pipeline}) and reuses what the last one made: only changed
 * Markdown files are read again; only their bodies, and bodies whose links resolve differently now, are rendered
 * again ({@link LiveMarkdown}); the graph and the page plan are made anew (they are cheap), and only the pages
 * whose model or whose reads of shared views changed are rendered ({@link PageCache}). A change to the site config
 * or a data file reads everything again; a template change renders every page again.
 */
public final class LiveBuild {

    private final BuildRequest request;
    private final Path root;
    private LiveSource source;
    private LiveMarkdown markdown;
    private PageCache pages;
    private SiteWideFiles siteWide;
    private Templates templates;
    /** The last site without errors, and its files as the stages made them, in their order. */
    private SiteSnapshot lastGood;
    private List<SiteFile> lastGoodFiles = List.of();
    /** The files of the last rebuild, whether their paths were all different. */
    private List<SiteFile> lastFiles = List.of();
    private boolean lastPathsUnique;
    private ThreadCache threads = ThreadCache.NONE;
    /** The last graph, when it was made without a problem: edited bodies can then be swapped into it. */
    private SiteGraph graph;

    /** The comment threads as last read, with what they were read against. */
    private record ThreadCache(SiteIndex index, Map<Path, CommentThread> threads, List<Diagnostic> problems,
                               Set<Path> posts) {
        static final ThreadCache NONE = new ThreadCache(null, Map.of(), List.of(), Set.of());
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
     * @param keptGraph    only bodies changed, each keeping its shape: they were swapped into the last graph, and
     *                     only the pages of the documents they belong to and of the lists were planned again
     * @param bodies       how many Markdown bodies were rendered
     * @param pagesRendered the URLs of the pages rendered with their templates, sorted
     * @param stages       wall time per stage, in stage order
     */
    public record Work(boolean everything, boolean keptGraph, int bodies, List<String> pagesRendered,
                       Map<String, Duration> stages) {
        static final Work NONE = new Work(false, false, 0, List.of(), Map.of());

        public Work {
            pagesRendered = List.copyOf(pagesRendered);
            stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
        }
    }

    /** The first, full build. */
    public Outcome start() {
        source = null;
        return rebuild(Set.of());
    }

    /** @param changed absolute paths of source files created, modified or deleted since the last call */
    public Outcome rebuild(Set<Path> changed) {
        long begin = System.nanoTime();
        Reuse reuse = new Reuse(changed);
        Diagnostics diagnostics = new Diagnostics();
        StageTimer timer = new StageTimer();
        Pipeline.Assembled assembled;
        try {
            assembled = Pipeline.assemble(request, reuse, diagnostics, timer);
        } catch (RuntimeException | Error e) {
            // A stage stopped half way, so the caches may no longer agree: the next rebuild reads everything.
            source = null;
            graph = null;
            throw e;
        }
        if (diagnostics.hasErrors()) {
            return new Outcome(null, diagnostics.sorted(), Set.of(), since(begin), work(reuse, timer));
        }
        Snapshot next = timer.time("snapshot", () -> snapshot(assembled.files(), changed));
        lastGood = next.site();
        lastGoodFiles = assembled.files();
        return new Outcome(next.site(), diagnostics.sorted(), next.differing(), since(begin), work(reuse, timer));
    }

    private static Work work(Reuse reuse, StageTimer timer) {
        return new Work(reuse.everything, reuse.change instanceof GraphChange.Bodies, reuse.bodies.size(),
                reuse.pagesRendered, timer.timings());
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

    /** The stages of one rebuild, reusing this session's caches. */
    private final class Reuse implements Pipeline.Stages {
        private final Set<Path> changed;
        private boolean templatesChanged;
        private boolean everything;
        private LiveSource.Update update;
        private List<RenderedDocument> bodies = List.of();
        private boolean threadsRead;
        private GraphChange change = GraphChange.ANYTHING;
        private List<String> pagesRendered = List.of();

        Reuse(Set<Path> changed) {
            this.changed = changed;
            Path templatesDir = root.resolve(Templates.TEMPLATES_DIR);
            Path assets = root.resolve(org.essaykit.output.StaticFiles.THEME_ASSETS);
            for (Path path : changed) {
                Path file = path.toAbsolutePath().normalize();
                // Theme assets are copied, not rendered, unless a template includes one.
                templatesChanged |= file.startsWith(templatesDir)
                        && (!file.startsWith(assets) || file.getFileName().toString().endsWith(".html"));
            }
        }

        @Override
        public SiteSource load(Diagnostics diagnostics) {
            if (!ContentLoader.hasContent(root)) {
                source = null;
                return ContentLoader.load(root, request.load(), diagnostics); // reports the missing folder
            }
            update = source == null ? null : source.update(changed);
            if (update == null || update.reloadNeeded()) {
                everything = true;
                source = LiveSource.load(root, request.load());
                SiteSource loaded = source.source();
                markdown = new LiveMarkdown(MarkdownEngine.forSite(loaded.config(), loaded.data(), loaded.root()));
                pages = new PageCache();
                siteWide = SiteWideFiles.live(root);
                templates = null;
            }
            source.problems().forEach(diagnostics::report);
            return source.source();
        }

        @Override
        public Pipeline.Markdown markdown(SiteSource site) {
            if (source == null) {
                return Pipeline.Markdown.of(site, SiteIndex.of(site), List.of());
            }
            LiveMarkdown.Result result = markdown.update(site, everything ? Set.of() : withImageUsers(update.documents()));
            bodies = result.rendered();
            return new Pipeline.Markdown(site, result.index(), result.documents(), result.problems(),
                    result.simulations());
        }

        /** The changed documents and those showing a changed file of content/ or the theme's assets as an image. */
        private Set<Path> withImageUsers(Set<Path> documents) {
            Path content = root.resolve(ContentLoader.CONTENT_DIR);
            Path assets = root.resolve(org.essaykit.output.StaticFiles.THEME_ASSETS);
            Set<String> files = new java.util.HashSet<>();
            for (Path path : changed) {
                Path file = path.toAbsolutePath().normalize();
                if (file.startsWith(content) && !file.toString().endsWith(".md")) {
                    files.add(content.relativize(file).toString().replace('\\', '/'));
                } else if (file.startsWith(assets)) {
                    files.add("assets/" + assets.relativize(file).toString().replace('\\', '/'));
                }
            }
            if (files.isEmpty()) {
                return documents;
            }
            Set<Path> all = new java.util.HashSet<>(documents);
            all.addAll(markdown.showing(files, source.source().config().baseurl()));
            return all;
        }

        /**
         * Threads are read again when a thread file changed, when a post came or went (a thread needs its post) or
         * when the index changed (comment bodies link concepts and pages through it).
         */
        @Override
        public Map<Path, CommentThread> threads(SiteSource site, SiteIndex index, Diagnostics diagnostics) {
            if (source == null) {
                return Map.of();
            }
            // Every document of a changed file that is still there was rendered again: those are the posts now.
            Set<Path> postsNow = bodies.stream().filter(body -> body.doc().isPost()).map(body -> body.doc().source())
                    .collect(java.util.stream.Collectors.toSet());
            boolean postsCameOrWent = update == null || update.documents().stream()
                    .anyMatch(path -> threads.posts().contains(path) != postsNow.contains(path));
            if (everything || update.threads() || postsCameOrWent || index != threads.index()) {
                threadsRead = true;
                Diagnostics own = new Diagnostics();
                threads = new ThreadCache(index, Threads.load(site, index, source.threadFiles(), own), own.sorted(),
                        site.documents().stream().filter(doc -> doc.isPost()).map(doc -> doc.source())
                                .collect(java.util.stream.Collectors.toSet()));
            }
            threads.problems().forEach(diagnostics::report);
            return threads.threads();
        }

        /**
         * When only bodies changed, each keeping its {@link org.essaykit.graph.DocumentShape}, they are swapped into
         * the last graph: every link resolves as it did then, and that graph reported nothing.
         */
        @Override
        public SiteGraph graph(SiteSource site, Pipeline.Markdown rendered, Map<Path, CommentThread> threadsNow,
                               Diagnostics diagnostics) {
            Optional<SiteGraph.Swapped> swapped = graph == null || everything || threadsRead ? Optional.empty()
                    : graph.withBodies(site, bodies);
            if (swapped.isPresent()) {
                change = swapped.get().change();
                graph = swapped.get().graph();
                return graph;
            }
            Diagnostics own = new Diagnostics();
            SiteGraph built = SiteGraph.build(site, rendered.index(), rendered.documents(), threadsNow, own);
            List<Diagnostic> problems = own.sorted();
            problems.forEach(diagnostics::report);
            graph = problems.isEmpty() ? built : null;
            return built;
        }

        @Override
        public Templates templates(SiteSource site) {
            if (templates == null || templatesChanged) {
                templates = new Templates(site.root(), site.config());
                templatesChanged = true;
            }
            return templates;
        }

        @Override
        public PagePlanner.Plan plan(Templates current, SiteGraph graph, Diagnostics diagnostics) {
            if (pages == null) {
                pages = new PageCache();
            }
            // New templates may lack a layout a kept page uses: every page is planned again.
            return new PagePlanner(current).plan(graph, pages.lastPlan(),
                    templatesChanged ? GraphChange.ANYTHING : change, diagnostics);
        }

        @Override
        public List<SiteFile> pages(Templates current, PagePlanner.Plan plan, Diagnostics diagnostics) {
            PageCache.Result result = pages.render(plan, current, templatesChanged, diagnostics);
            pagesRendered = result.rendered();
            return result.files();
        }

        /** Paths that were all different last time, and are the same at every place where a file changed, still are. */
        @Override
        public void checkPaths(List<SiteFile> files, Diagnostics diagnostics) {
            if (!lastPathsUnique || SiteSnapshot.changedInPlace(lastFiles, files) == null) {
                Diagnostics own = new Diagnostics();
                SiteWriter.checkUniquePaths(files, own);
                own.sorted().forEach(diagnostics::report);
                lastPathsUnique = !own.hasErrors();
            }
            lastFiles = files;
        }

        @Override
        public List<SiteFile> siteFiles(SiteGraph graph, List<PlannedPage> planned, Diagnostics diagnostics) {
            if (siteWide == null) {
                siteWide = SiteWideFiles.live(root);
            }
            return siteWide.write(graph, planned, change, diagnostics);
        }
    }
}
