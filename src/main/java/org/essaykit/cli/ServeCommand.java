package org.essaykit.cli;

import org.essaykit.live.LiveBuild;
import org.essaykit.content.LoadOptions;
import org.essaykit.diag.Diagnostic;
import org.essaykit.serve.DevServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code essaykit serve}: a live preview that rebuilds and reloads the browser on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        versionProvider = EssaykitCommand.Version.class,
        description = "Builds the site in memory, serves it on http://127.0.0.1:4000, and rebuilds and reloads "
                + "open tabs when content, templates, static files or site.yaml change. Drafts and future "
                + "posts are shown. Build errors appear over the page while the last good site is served.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped (Ctrl-C or SIGTERM)", "2:usage error (bad folder, port in use)"})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SiteFolderOption site = new SiteFolderOption();

    @Option(names = "--port", paramLabel = "N", defaultValue = "4000",
            description = "The port (default: 4000; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: 127.0.0.1, this machine only).")
    String host;

    @Option(names = "--drafts", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show drafts (default); --no-drafts hides them, as `build` does.")
    boolean drafts;

    @Option(names = "--future", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show posts dated in the future (default); --no-future hides them.")
    boolean future;

    @CommandLine.Mixin
    PublishingOptions publishing = new PublishingOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path source = site.folder(spec.commandLine());
        if (port < 0 || port > 65535) {
            throw usage("--port must be 0 to 65535, not " + port);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw usage("--host " + host + " is not an address of this machine");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!address.isLoopbackAddress()) {
            err.println("warning: serving on " + host + ": other machines can read the site, drafts included; "
                    + "leave out --host to serve on 127.0.0.1 only");
        }
        LoadOptions load = new LoadOptions(drafts, future, Instant.now(), publishing.url, publishing.baseurl);
        DevServer server;
        try {
            server = DevServer.start(new DevServer.Options(source, address, port, load), this::report);
        } catch (BindException e) {
            throw usage("cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); "
                    + "pass another --port, or stop the program using it");
        }
        CountDownLatch stopRequested = new CountDownLatch(1);
        StopSignals.handle(stopRequested::countDown);
        // Any other way the JVM ends (SIGHUP, say) still closes the server; closing twice does nothing.
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "essaykit-serve-stop"));
        out.println("serving " + server.address() + " (Ctrl-C to stop)");
        out.flush();
        stopRequested.await();
        server.close();
        out.println("stopped");
        out.flush();
        return ExitCodes.OK;
    }

    private void report(LiveBuild.Outcome outcome) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Diagnostic diagnostic : outcome.diagnostics()) {
            err.println(diagnostic.format());
        }
        long millis = outcome.took().toMillis();
        if (outcome.succeeded()) {
            int changed = outcome.changedPaths().size();
            out.printf(Locale.ROOT, "built in %d ms: %d file%s changed%n", millis, changed, changed == 1 ? "" : "s");
        } else {
            long errors = outcome.diagnostics().stream().filter(Diagnostic::isError).count();
            err.printf(Locale.ROOT, "build failed in %d ms: %d error%s; still serving the last good site%n",
                    millis, errors, errors == 1 ? "" : "s");
        }
        out.flush();
        err.flush();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
