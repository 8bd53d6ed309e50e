package org.essaykit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --source DIR}: the site folder a command builds, checked to be a folder before anything runs. */
final class SiteFolderOption {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "The site folder, holding content/ and templates/ (default: the current folder).")
    Path source;

    /** The folder, or a usage error (exit code 2) naming it. */
    Path folder(CommandLine commandLine) {
        if (!Files.isDirectory(source)) {
            throw new CommandLine.ParameterException(commandLine, "--source " + source + " is not a folder");
        }
        return source;
    }
}
