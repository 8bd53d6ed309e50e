package org.essaykit.serve;

import com.sun.net.httpserver.HttpServer;
import org.essaykit.pipeline.BuildRequest;
import org.essaykit.live.LiveBuild;
import org.essaykit.content.ContentLoader;
import org.essaykit.simc.SiteSimulations;
import org.essaykit.content.LoadOptions;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * {@code essaykit serve}: builds the site in memory, serves it, and rebuilds it when a source file changes.
 * One thread waits for changes and rebuilds, so rebuilds never overlap and saves made during one are
 * coalesced into the next; requests are answered from whichever good site is current meanwhile.
 */
public final class DevServer implements AutoCloseable {

    /** The source trees watched; content/ holds the config (site.yaml), data and static files. */
    static final List<String> WATCHED = List.of(ContentLoader.CONTENT_DIR, "templates", SiteSimulations.FOLDER);

    private static final long PING_SECONDS = 15;

    /**
     * The trees {@code serve} watches: {@link #WATCHED}, or in a Jekyll repository (sources at its top) every file and
     * folder at the top as the server found them, but the output and hidden ones.
     */
    static List<String> watched(Path root) throws IOException {
        if (!ContentLoader.isJekyllRepository(root)) {
            return WATCHED;
        }
        try (java.util.stream.Stream<Path> top = java.nio.file.Files.list(root)) {
            return top.map(path -> path.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !name.equals("site")).sorted().toList();
        }
    }

    /**
     * @param source the site folder
     * @param load   drafts, future posts, and --url/--baseurl
     */
    public record Options(Path source, InetAddress host, int port, LoadOptions load) {
    }

    private final Options options;
    private final Path root;
    private final LiveBuild build;
    private final ReloadEvents events = new ReloadEvents();
    private final AtomicReference<ServedSite> current = new AtomicReference<>();
    private final Consumer<LiveBuild.Outcome> onBuild;
    private final SourceWatcher watcher;
    private final HttpServer http;
    private final ExecutorService requests;
    private final ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(daemon("essaykit-ping"));
    private final Thread rebuilds;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DevServer(Options options, Consumer<LiveBuild.Outcome> onBuild) throws IOException {
        this.options = options;
        this.root = options.source().toRealPath();
        this.onBuild = onBuild;
        this.build = LiveBuild.of(new BuildRequest(root, root.resolve("site"), options.load()));
        // Bind first: a port in use fails at once, not after a long first build.
        ServerLimits.DEFAULT.applyToJdkServer();
        this.requests = ServerLimits.DEFAULT.workerPool(daemon("essaykit-http"));
        this.http = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 64);
        this.watcher = new SourceWatcher(root, watched(root)); // before the first build, so no edit is missed
        publish(build.start());
        http.createContext("/", new SiteHandler(current::get, events, options.host().isLoopbackAddress()));
        http.setExecutor(requests);
        this.rebuilds = daemon("essaykit-rebuild").newThread(this::rebuildOnChanges);
    }

    /**
     * Builds, then listens: returns once the first build is done (good or not) and the port is open.
     *
     * @param onBuild told about every build, the first included, on the rebuild thread
     */
    public static DevServer start(Options options, Consumer<LiveBuild.Outcome> onBuild) throws IOException {
        DevServer server = new DevServer(options, onBuild);
        server.http.start();
        server.rebuilds.start();
        server.pings.scheduleAtFixedRate(server.events::ping, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
        return server;
    }

    /** The site's home: {@code http://127.0.0.1:4000/} or, with a base path, {@code http://127.0.0.1:4000/repo/}. */
    public URI address() {
        InetSocketAddress bound = http.getAddress();
        String host = bound.getAddress().getHostAddress();
        String authority = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + authority + ":" + bound.getPort() + current.get().baseurl() + "/");
    }

    public int port() {
        return http.getAddress().getPort();
    }

    private void rebuildOnChanges() {
        try {
            while (true) {
                Set<Path> changed = watcher.next();
                if (changed.stream().anyMatch(path -> SiteSimulations.isSource(root, path))) {
                    // Compiling for the browser takes seconds: the open tabs say so meanwhile.
                    events.building("Compiling the site's simulations…");
                }
                publish(rebuild(changed));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /**
     * A failure inside the build (say, a file that vanished while it was read) is shown like a build error;
     * the next save rebuilds again, so the server outlives it.
     */
    private LiveBuild.Outcome rebuild(Set<Path> changed) {
        long begin = System.nanoTime();
        try {
            return build.rebuild(changed);
        } catch (RuntimeException e) {
            Path where = changed.isEmpty() ? root : changed.iterator().next();
            Diagnostic failure = Diagnostic.error(SourcePos.startOf(root.relativize(where)),
                    "essaykit failed while rebuilding: " + e, "save again; if this repeats, restart essaykit serve");
            return new LiveBuild.Outcome(null, List.of(failure), Set.of(), Duration.ofNanos(System.nanoTime() - begin));
        }
    }

    /** Serves a good site at once and tells the tabs; a failed build keeps the last good site. */
    private void publish(LiveBuild.Outcome outcome) {
        ServedSite previous = current.get();
        if (outcome.succeeded()) {
            current.set(new ServedSite(outcome.site(), baseurl(), root));
            if (!outcome.changedPaths().isEmpty()) {
                events.reloaded();
            } else {
                events.cleared();
            }
        } else {
            if (previous == null) {
                current.set(new ServedSite(null, baseurl(), root));
            }
            events.failed(outcome.diagnostics());
        }
        onBuild.accept(outcome);
    }

    /** Read again on each build: a config edit may move the site. A broken config keeps the old value. */
    private String baseurl() {
        Diagnostics problems = new Diagnostics();
        String base = ContentLoader.loadConfig(root, options.load(), problems).baseurl();
        ServedSite previous = current.get();
        return problems.hasErrors() && previous != null ? previous.baseurl() : base;
    }

    /** Stops at once (open event streams are ended, not waited for); a second call does nothing. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        rebuilds.interrupt();
        try {
            watcher.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        events.closeAll();
        http.stop(0);
        requests.shutdownNow();
        pings.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
