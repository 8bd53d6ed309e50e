package org.essaykit.cli;

import org.essaykit.scaffold.EssaykitJar;
import org.essaykit.scaffold.StarterSite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code essaykit init DIR}: a new site that builds as it is, locally and on GitHub Pages. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = EssaykitCommand.Version.class,
        description = "Creates a new site (config, theme, a first post, the GitHub Pages workflow) in DIR, with a "
                + "copy of this essaykit's jar in DIR/" + EssaykitJar.IN_SITE + " that builds it locally and on Pages.")
final class InitCommand implements Callable<Integer> {

    /** The launcher beside the jar: what the site's Pages workflow runs too. */
    private static final String RUN = StarterSite.LAUNCHER;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A new or empty folder.")
    Path dir;

    @Option(names = "--title", defaultValue = "My essays", description = "The site's title (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--tool", paramLabel = "JAR",
            description = "The essaykit jar the site carries (default: the jar this essaykit runs from).")
    Path tool;

    @Override
    public Integer call() {
        try {
            // Found before anything is written: a run from class folders must not leave half a site behind.
            EssaykitJar jar = tool == null ? EssaykitJar.running() : EssaykitJar.of(tool);
            StarterSite.create(dir, title, LocalDate.now(), jar);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot create the site: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("created a site in " + dir + ". Next, in that folder:");
        out.println("  " + RUN + " serve    # preview at http://127.0.0.1:4000/ while you write");
        out.println("  " + RUN + " build    # the site, in site/");
        out.println("Commit everything (" + EssaykitJar.IN_SITE + " and " + RUN
                + " too: the Pages workflow builds with them), push to "
                + "GitHub and set Settings > Pages > Source to GitHub Actions.");
        out.flush();
        return ExitCodes.OK;
    }
}
