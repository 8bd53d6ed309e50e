package org.essaykit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** {@code essaykit}: the top-level command, which only dispatches to its subcommands. */
@Command(name = "essaykit",
        mixinStandardHelpOptions = true,
        versionProvider = EssaykitCommand.Version.class,
        description = "Builds research essays, concept pages and comment threads into a cross-linked static site.",
        subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, InitCommand.class, SimCommand.class, ImportCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class EssaykitCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The configured command line: usage errors exit with 2, unexpected failures with 1. */
    public static CommandLine commandLine() {
        return new CommandLine(new EssaykitCommand())
                .setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE
                        : ExitCodes.CONTENT_ERRORS)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed, e.g. `essaykit build`");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties props = new Properties();
            try (InputStream in = EssaykitCommand.class.getResourceAsStream("/essaykit-version.properties")) {
                if (in != null) {
                    props.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"essaykit " + props.getProperty("version", "unknown")};
        }
    }
}
