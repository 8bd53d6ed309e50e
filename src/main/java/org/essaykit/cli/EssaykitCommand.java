package org.essaykit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/** {@code essaykit}: the top-level command, which only dispatches to its subcommands. */
@Command(name = "essaykit",
        mixinStandardHelpOptions = true,
        versionProvider = EssaykitCommand.Version.class,
        description = "Builds research essays, concept pages and comment threads into a cross-linked static site.")
public final class EssaykitCommand implements Runnable {

    /** In the order help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(BuildCommand.class, CheckCommand.class,
            NewCommand.class, InitCommand.class, SimCommand.class, ImportCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The configured command line with every subcommand: usage errors exit with 2, unexpected failures with 3. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * The command line that runs {@code args}: when they start with a subcommand's name (other than help, which
     * reads the others), only that subcommand is registered. Picocli reflects over every option of every command
     * it registers, which costs a small site's build more than a tenth of a second.
     */
    public static CommandLine commandLine(String... args) {
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (subcommand != CommandLine.HelpCommand.class && args.length > 0
                    && subcommand.getAnnotation(Command.class).name().equals(args[0])) {
                return commandLine(List.of(subcommand));
            }
        }
        return commandLine();
    }

    private static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine line = new CommandLine(new EssaykitCommand());
        subcommands.forEach(line::addSubcommand);
        return line.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE
                        : ExitCodes.BUG)
                .setExecutionExceptionHandler(new CrashReport())
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
