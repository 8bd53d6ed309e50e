package org.essaykit;

import org.essaykit.cli.EssaykitCommand;

/** The {@code essaykit} command-line entry point. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(EssaykitCommand.execute(args));
    }
}
