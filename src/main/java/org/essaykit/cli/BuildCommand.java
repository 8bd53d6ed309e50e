package org.essaykit.cli;

import org.essaykit.pipeline.BuildRequest;
import org.essaykit.pipeline.BuildResult;
import org.essaykit.pipeline.Pipeline;
import org.essaykit.content.LoadOptions;
import org.essaykit.diag.Diagnostic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code essaykit build}: builds a site folder into its output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        versionProvider = EssaykitCommand.Version.class,
        description = "Builds the site in --source into --out. The output folder is replaced only when the "
                + "build has no errors.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was built", "1:the site has errors (listed as file:line:col)",
                "2:usage error", "3:a bug of essaykit (the message names the file with the stack trace)"})
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SiteFolderOption site = new SiteFolderOption();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the site (default: site/ inside the site folder).")
    Path out;

    @Option(names = "--drafts", description = "Include drafts (draft: true, _drafts/).")
    boolean drafts;

    @Option(names = "--future", description = "Include posts dated in the future.")
    boolean future;

    @CommandLine.Mixin
    PublishingOptions publishing = new PublishingOptions();

    @Option(names = "--check", description = "Check every link of the built site (offline) before writing it.")
    boolean check;

    @Option(names = "--strict", description = "Treat warnings as errors: the build fails on any of them.")
    boolean strict;

    @Option(names = "--timings", description = "Print the time each stage took.")
    boolean timings;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() {
        Path source = site.folder(spec.commandLine());
        Path output = out != null ? out : source.resolve("site");
        long start = System.nanoTime();
        BuildResult result = Pipeline.build(new BuildRequest(source, output,
                new LoadOptions(drafts, future, Instant.now(), publishing.url, publishing.baseurl), check, strict));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        for (Diagnostic diagnostic : result.diagnostics()) {
            err.println(diagnostic.format());
        }
        if (timings) {
            result.timings().forEach((stage, time) ->
                    outWriter.printf(Locale.ROOT, "  %-9s %6d ms%n", stage, time.toMillis()));
        }
        if (!result.succeeded()) {
            long errors = result.errorCount();
            err.printf(Locale.ROOT, "build failed: %d error%s; %s was left unchanged%n", errors,
                    errors == 1 ? "" : "s", output);
            err.flush();
            return ExitCodes.CONTENT_ERRORS;
        }
        if (!quiet) {
            outWriter.printf(Locale.ROOT, "built %d pages (%d files) into %s in %.2f s%n", result.pages(),
                    result.filesWritten(), output, took.toNanos() / 1e9);
        }
        outWriter.flush();
        return ExitCodes.OK;
    }
}
