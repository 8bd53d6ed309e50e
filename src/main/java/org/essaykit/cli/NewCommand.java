package org.essaykit.cli;

import org.essaykit.scaffold.NewPost;
import org.essaykit.scaffold.NewSimulation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code essaykit new post "Title"}: starts a post with front matter and today's date. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = EssaykitCommand.Version.class,
        description = "Creates new content.", subcommands = {NewCommand.Post.class, NewCommand.Sim.class})
final class NewCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to create, e.g. `essaykit new post \"Title\"`");
    }

    /** Writes a new file (never over one), the way a user sees it: what was made, or why not. */
    private interface Creation {
        Path create() throws IOException;
    }

    private static int create(CommandLine.Model.CommandSpec spec, String what, String ifTaken, Creation creation,
                              String next) {
        try {
            Path file = creation.create();
            spec.commandLine().getOut().println("created " + file.toString().replace('\\', '/') + next);
            return ExitCodes.OK;
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("error: " + e.getFile() + " already exists; " + ifTaken);
            return ExitCodes.CONTENT_ERRORS;
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: cannot create the " + what + ": " + e.getMessage());
            return ExitCodes.CONTENT_ERRORS;
        }
    }

    @Command(name = "post", mixinStandardHelpOptions = true, versionProvider = EssaykitCommand.Version.class,
            description = "Creates content/posts/<slug>.md; never overwrites an existing post.")
    static final class Post implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "TITLE", description = "The post's title; the file name is made from it.")
        String title;

        @Option(names = "--tags", split = ",", paramLabel = "TAG", description = "Tags, comma-separated.")
        List<String> tags = List.of();

        @Option(names = "--draft", description = "Mark the post as a draft.")
        boolean draft;

        @Option(names = "--source", paramLabel = "DIR", defaultValue = ".", description = "The site folder.")
        Path source;

        @Override
        public Integer call() {
            return create(spec, "post", "choose another title or edit that post", () -> NewPost.create(source, title,
                    tags.stream().map(String::trim).toList(), draft, LocalDate.now()), "");
        }
    }

    @Command(name = "sim", mixinStandardHelpOptions = true, versionProvider = EssaykitCommand.Version.class,
            description = "Creates simulations/<ClassName>.java, a simulation that runs, to fill in; never overwrites.")
    static final class Sim implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The simulation's name, as ```sim NAME will write it (e.g. goal-drift).")
        String name;

        @Option(names = "--source", paramLabel = "DIR", defaultValue = ".", description = "The site folder.")
        Path source;

        @Override
        public Integer call() {
            try {
                return create(spec, "simulation", "choose another name", () -> NewSimulation.create(source, name),
                        "; embed it with ```sim " + name + " and run it with `essaykit sim run " + name + "`");
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
    }
}
