package org.essaykit.cli;

import org.essaykit.check.CheckOptions;
import org.essaykit.check.CheckReport;
import org.essaykit.check.ExternalOptions;
import org.essaykit.check.IgnoreRules;
import org.essaykit.check.LinkChecker;
import org.essaykit.check.ReportFormat;
import org.essaykit.check.SiteTree;
import org.essaykit.content.ContentLoader;
import org.essaykit.content.SiteConfig;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** {@code essaykit check}: checks every link of a built site. */
@Command(name = "check", mixinStandardHelpOptions = true,
        versionProvider = EssaykitCommand.Version.class,
        description = "Checks every link, image, script, stylesheet and fragment of a built site, offline, as "
                + "GitHub Pages would serve it. The url and baseurl come from content/site.yaml next to the "
                + "site folder unless given.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no broken links", "1:broken links (listed as file:line:col)",
                "2:usage or configuration error"})
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SITE_DIR", defaultValue = "site",
            description = "The built site (default: site).")
    Path site;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, junit or sarif (default: text).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of the standard output.")
    Path output;

    @CommandLine.Mixin
    PublishingOptions publishing = new PublishingOptions();

    @Option(names = "--no-fragments", description = "Do not check #fragments.")
    boolean noFragments;

    @Option(names = "--ignore-url", paramLabel = "REGEX",
            description = "Skip URLs matching REGEX (found anywhere in the URL). Repeatable.")
    List<String> ignoreUrls = new ArrayList<>();

    @Option(names = "--ignore-path", paramLabel = "GLOB",
            description = "Do not check the links of site files matching GLOB, as drafts/**. Repeatable.")
    List<String> ignorePaths = new ArrayList<>();

    @Option(names = "--external", description = "Also check links to other sites, over HTTP.")
    boolean external;

    @Option(names = "--per-host", paramLabel = "N", defaultValue = "2",
            description = "External: requests in flight to one host (default: 2).")
    int perHost;

    @Option(names = "--min-interval", paramLabel = "MS", defaultValue = "250",
            description = "External: milliseconds between two requests to one host (default: 250).")
    long minIntervalMillis;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "External: seconds for one request (default: 10).")
    long timeoutSeconds;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "2",
            description = "External: retries after 408, 429, 5xx or a timeout (default: 2).")
    int retries;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "External: remember ok links in FILE (sorted JSON, fine to commit).")
    Path cache;

    @Option(names = "--cache-days", paramLabel = "DAYS", defaultValue = "7",
            description = "External: how long an ok link is remembered (default: 7).")
    long cacheDays;

    @Option(names = "--fail-on-unverified",
            description = "External: fail on links that could not be verified (401/403, 429, timeouts).")
    boolean failOnUnverified;

    @Override
    public Integer call() {
        if (!Files.isDirectory(site)) {
            throw usage(site + " is not a folder; build the site first, or name the site folder");
        }
        CheckOptions options = options();
        CheckReport report;
        try {
            report = LinkChecker.check(SiteTree.of(site), options);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        } catch (UncheckedIOException e) {
            throw usage(e.getMessage() + ": " + e.getCause().getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (output == null) {
                format.write(report, site.toString(), out);
            } else {
                try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    format.write(report, site.toString(), file);
                }
                out.println(summary(report) + "; report written to " + output);
                out.flush();
            }
        } catch (IOException e) {
            throw usage("cannot write the report: " + e.getMessage());
        }
        return report.failed() ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
    }

    private static String summary(CheckReport report) {
        long errors = report.count(org.essaykit.check.Finding.Level.ERROR);
        return errors + " error" + (errors == 1 ? "" : "s") + " in " + report.files().size() + " files";
    }

    private CheckOptions options() {
        String siteUrl = publishing.url;
        String siteBase = publishing.baseurl;
        Path root = site.toAbsolutePath().normalize().getParent();
        if ((siteUrl == null || siteBase == null) && root != null
                && Files.isRegularFile(ContentLoader.configFile(root))) {
            Diagnostics diagnostics = new Diagnostics();
            SiteConfig config = ContentLoader.loadConfig(root, diagnostics);
            if (diagnostics.hasErrors()) {
                PrintWriter err = spec.commandLine().getErr();
                diagnostics.sorted().stream().map(Diagnostic::format).forEach(err::println);
                throw usage("the site config has errors; fix them or pass --url and --baseurl");
            }
            siteUrl = siteUrl != null ? siteUrl : config.url();
            siteBase = siteBase != null ? siteBase : config.baseurl();
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : ignoreUrls) {
            try {
                patterns.add(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw usage("--ignore-url " + regex + " is not a regular expression: " + e.getDescription());
            }
        }
        CheckOptions options = new CheckOptions(siteUrl, siteBase, !noFragments,
                new IgnoreRules(patterns, ignorePaths), null);
        if (!external) {
            return options;
        }
        if (perHost < 1 || retries < 0 || timeoutSeconds < 1 || minIntervalMillis < 0 || cacheDays < 0) {
            throw usage("--per-host and --timeout must be at least 1; --retries, --min-interval and --cache-days "
                    + "at least 0");
        }
        ExternalOptions defaults = ExternalOptions.defaults();
        return options.withExternal(new ExternalOptions(perHost, Duration.ofMillis(minIntervalMillis),
                Duration.ofSeconds(timeoutSeconds), retries, defaults.backoff(), defaults.maxRetryAfter(), cache,
                Duration.ofDays(cacheDays), failOnUnverified, null));
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
