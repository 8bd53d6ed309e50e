package org.essaykit.cli;

import org.essaykit.comments.ImportedThread;
import org.essaykit.comments.Importers;
import org.essaykit.comments.ThreadWriter;
import org.essaykit.content.ContentLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code essaykit import comments}: converts a comment export into a post's thread file. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = EssaykitCommand.Version.class,
        description = "Imports content from other systems.", subcommands = ImportCommand.Comments.class)
final class ImportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "say what to import, e.g. `essaykit import comments --from lesswrong FILE --post SLUG`");
    }

    @Command(name = "comments", mixinStandardHelpOptions = true, versionProvider = EssaykitCommand.Version.class,
            description = "Writes content/posts/<SLUG>.comments.yaml from a LessWrong/Alignment Forum GraphQL JSON "
                    + "response or a Disqus XML export, and lists what could not be carried over as it was.")
    static final class Comments implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "FORMAT", description = "lesswrong or disqus")
        Importers.Format from;

        @Parameters(paramLabel = "FILE", description = "The export.")
        Path file;

        @Option(names = "--post", required = true, paramLabel = "SLUG", description = "The post the thread belongs to.")
        String post;

        @Option(names = "--thread", paramLabel = "ID|URL", description = "Disqus: the thread, when the export holds several.")
        String thread;

        @Option(names = "--source", paramLabel = "DIR", defaultValue = ".", description = "The site folder.")
        Path source;

        @Option(names = "--force", description = "Replace an existing thread file.")
        boolean force;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!post.matches("[A-Za-z0-9._-]+")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--post takes a post's slug, e.g. my-essay");
            }
            Path posts = source.resolve(ContentLoader.CONTENT_DIR).resolve("posts");
            Path target = posts.resolve(post + ".comments.yaml");
            try {
                ImportedThread imported = Importers.read(from, Files.readString(file, StandardCharsets.UTF_8), thread);
                if (Files.exists(target) && !force) {
                    err.println("error: " + slashes(source.relativize(target)) + " already exists; pass --force to replace it");
                    return ExitCodes.CONTENT_ERRORS;
                }
                Files.createDirectories(posts);
                Files.writeString(target, ThreadWriter.write(imported), StandardCharsets.UTF_8);
                out.println("wrote " + imported.comments().size() + " comments to " + slashes(source.relativize(target)));
                if (!Files.exists(posts.resolve(post + ".md"))) {
                    err.println("warning: there is no content/posts/" + post + ".md yet; the build needs it beside the thread");
                }
                imported.notes().forEach(note -> err.println("note: " + note));
                return ExitCodes.OK;
            } catch (Importers.ImportException e) {
                err.println("error: " + file + ": " + e.getMessage());
                return ExitCodes.CONTENT_ERRORS;
            } catch (IOException e) {
                err.println("error: " + e.getMessage());
                return ExitCodes.CONTENT_ERRORS;
            }
        }

        private static String slashes(Path path) {
            return path.toString().replace('\\', '/');
        }
    }
}
