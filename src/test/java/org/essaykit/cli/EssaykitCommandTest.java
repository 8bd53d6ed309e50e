package org.essaykit.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The entry point runs a subcommand named first as a command line of its own (picocli then reflects over that one
 * command alone): it must read, print and fail exactly as it does under the full command line.
 */
class EssaykitCommandTest {

    @Test
    void everySubcommandIsListedByTheNameItsAnnotationGivesIt() {
        for (EssaykitCommand.Subcommand subcommand : EssaykitCommand.SUBCOMMANDS) {
            assertEquals(subcommand.name(), subcommand.type().getAnnotation(CommandLine.Command.class).name());
        }
        assertEquals(List.of("build", "check", "new", "init", "sim", "import", "serve", "help"),
                List.copyOf(EssaykitCommand.commandLine().getSubcommands().keySet()), "help lists them in this order");
    }

    @Test
    void aSubcommandAloneHasTheUsageItHasUnderTheFullCommandLine() {
        CommandLine full = EssaykitCommand.commandLine();
        for (EssaykitCommand.Subcommand subcommand : EssaykitCommand.SUBCOMMANDS) {
            CommandLine alone = EssaykitCommand.alone(subcommand);
            assertEquals(full.getSubcommands().get(subcommand.name()).getUsageMessage(), alone.getUsageMessage());
            for (var nested : full.getSubcommands().get(subcommand.name()).getSubcommands().entrySet()) {
                assertEquals(nested.getValue().getUsageMessage(),
                        alone.getSubcommands().get(nested.getKey()).getUsageMessage());
            }
        }
    }

    @Test
    void aSubcommandAloneReportsUsageErrorsAsTheFullCommandLineDoes() {
        for (String[] args : List.of(new String[] {"build", "--bogus"}, new String[] {"sim", "run"},
                new String[] {"new", "post"})) {
            StringWriter fullErr = new StringWriter();
            int fullCode = EssaykitCommand.commandLine().setErr(new PrintWriter(fullErr)).execute(args);
            StringWriter aloneErr = new StringWriter();
            CommandLine alone = EssaykitCommand.alone(EssaykitCommand.SUBCOMMANDS.stream()
                    .filter(s -> s.name().equals(args[0])).findFirst().orElseThrow());
            int aloneCode = alone.setErr(new PrintWriter(aloneErr))
                    .execute(java.util.Arrays.copyOfRange(args, 1, args.length));
            assertEquals(ExitCodes.USAGE, fullCode, fullErr::toString);
            assertEquals(fullCode, aloneCode);
            assertEquals(fullErr.toString(), aloneErr.toString());
        }
        assertEquals(0, EssaykitCommand.execute("sim", "list"));
    }
}
