package org.essaykit.cli;

import org.essaykit.scaffold.StarterSite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code essaykit init DIR}: a new site that builds as it is. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = EssaykitCommand.Version.class,
        description = "Creates a new site (config, theme, a first post, the GitHub Pages workflow) in DIR.")
final class InitCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A new or empty folder.")
    Path dir;

    @Option(names = "--title", defaultValue = "My essays", description = "The site's title (default: ${DEFAULT-VALUE}).")
    String title;

    @Override
    public Integer call() {
        try {
            StarterSite.create(dir, title, LocalDate.now());
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot create the site: " + e.getMessage());
        }
        spec.commandLine().getOut().println("created a site in " + dir + "; build it with: essaykit build --source " + dir);
        return ExitCodes.OK;
    }
}
