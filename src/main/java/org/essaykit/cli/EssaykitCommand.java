package org.essaykit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** {@code essaykit}: the top-level command, which only dispatches to its subcommands. */
@Command(name = "essaykit",
        mixinStandardHelpOptions = true,
        versionProvider = EssaykitCommand.Version.class,
        description = "Builds research essays, concept pages and comment threads into a cross-linked static site.")
public final class EssaykitCommand implements Runnable {

    /** A subcommand by the name it is run with (its {@code @Command} name, which a test keeps equal). */
    record Subcommand(String name, Class<?> type) {
    }

    /** In the order help lists them; {@code help} comes last and reads the others. */
    static final List<Subcommand> SUBCOMMANDS = List.of(new Subcommand("build", BuildCommand.class),
            new Subcommand("check", CheckCommand.class), new Subcommand("new", NewCommand.class),
            new Subcommand("init", InitCommand.class), new Subcommand("sim", SimCommand.class),
            new Subcommand("import", ImportCommand.class), new Subcommand("serve", ServeCommand.class));

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The configured command line with every subcommand: usage errors exit with 2, unexpected failures with 3. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new EssaykitCommand());
        SUBCOMMANDS.forEach(subcommand -> line.addSubcommand(subcommand.type()));
        line.addSubcommand(CommandLine.HelpCommand.class);
        return configured(line);
    }

    /**
     * Runs {@code args} and returns the exit code. When they start with a subcommand's name (other than help, which
     * reads the others), that subcommand runs as a command line of its own, named {@code essaykit NAME}: picocli
     * reflects over every option of every command it is given, which cost a small site's build a fifth of its time.
     */
    public static int execute(String... args) {
        for (Subcommand subcommand : SUBCOMMANDS) {
            if (args.length > 0 && subcommand.name().equals(args[0])) {
                return alone(subcommand).execute(Arrays.copyOfRange(args, 1, args.length));
            }
        }
        return commandLine().execute(args);
    }

    /** One subcommand as its own command line, with the usage and behaviour it has under {@link #commandLine()}. */
    static CommandLine alone(Subcommand subcommand) {
        return configured(new CommandLine(subcommand.type()).setCommandName("essaykit " + subcommand.name()));
    }

    private static CommandLine configured(CommandLine line) {
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
