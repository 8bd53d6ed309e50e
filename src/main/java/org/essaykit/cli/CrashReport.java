package org.essaykit.cli;

import org.essaykit.pipeline.ProcessingFailure;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an unexpected exception becomes: a bug of essaykit, not an error of the site. One line on stderr says so,
 * names the file being processed and the file the stack trace was written to ({@code essaykit-crash-N.txt} in the
 * system's temporary folder), and the command exits with {@link ExitCodes#BUG}. A build that fails this way has
 * written nothing: its staging folder is deleted and the output folder is as it was.
 */
final class CrashReport implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println(line(e, commandLine.getCommandSpec().qualifiedName(), traceFile(e)));
        err.flush();
        return ExitCodes.BUG;
    }

    static String line(Throwable e, String commandName, Path trace) {
        String where = failedFile(e);
        String command = commandName.startsWith("essaykit") ? commandName : "essaykit " + commandName;
        Throwable cause = e instanceof ProcessingFailure && e.getCause() != null ? e.getCause() : e;
        return command + ": internal error (a bug in essaykit, not a problem of your site)"
                + (where == null ? "" : " while processing " + where) + ": " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage()))
                + (trace == null ? "" : "; the stack trace is in " + trace)
                + "; nothing was written. Please report it with that file.";
    }

    private static String failedFile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProcessingFailure failure) {
                return failure.file().toString().replace('\\', '/');
            }
        }
        return null;
    }

    private static Path traceFile(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        try {
            Path file = Files.createTempFile("essaykit-crash-", ".txt");
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException | RuntimeException writeFailed) {
            return null;
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
