package org.essaykit.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the entry point registers for its arguments: only the named subcommand, or all where help lists them. */
class EssaykitCommandTest {

    private static final List<String> ALL = List.of("build", "check", "new", "init", "sim", "import", "serve", "help");

    @Test
    void aNamedSubcommandIsRegisteredAloneAndEverythingElseSeesThemAll() {
        assertEquals(Set.of("build"), EssaykitCommand.commandLine("build", "--quiet").getSubcommands().keySet());
        assertEquals(Set.of("serve"), EssaykitCommand.commandLine("serve").getSubcommands().keySet());
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"help", "build"},
                new String[] {"bulid"})) {
            assertEquals(ALL, List.copyOf(EssaykitCommand.commandLine(args).getSubcommands().keySet()),
                    "help and usage errors list every subcommand, in order");
        }
    }

    @Test
    void aNarrowedCommandLineRunsAndReportsUsageErrorsAsTheFullOneDoes() {
        assertEquals(ExitCodes.USAGE, EssaykitCommand.commandLine("build", "--bogus").execute("build", "--bogus"));
        assertEquals(0, EssaykitCommand.commandLine("sim", "list").execute("sim", "list"));
    }
}
