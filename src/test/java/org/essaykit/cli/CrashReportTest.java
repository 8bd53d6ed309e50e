package org.essaykit.cli;

import org.essaykit.pipeline.ProcessingFailure;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bug is not a content error: exit code 3, one line naming the file being processed and the trace's file. */
class CrashReportTest {

    @CommandLine.Command(name = "build")
    static final class Failing implements Callable<Integer> {
        @Override
        public Integer call() {
            return ProcessingFailure.blaming(Path.of("content/posts/x.md"), () -> {
                throw new IllegalStateException("a state no input should reach");
            });
        }
    }

    @Test
    void anUnexpectedExceptionExitsWithThreeAndOneLineNamingTheFileAndTheTrace() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new Failing()).setExecutionExceptionHandler(new CrashReport());
        line.setErr(new PrintWriter(err));

        assertEquals(3, line.execute());

        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("essaykit build: internal error (a bug in essaykit, not a problem of your site) "
                + "while processing content/posts/x.md: IllegalStateException: a state no input should reach"), message);
        Matcher trace = Pattern.compile("the stack trace is in (\\S+essaykit-crash-\\S+\\.txt);").matcher(message);
        assertTrue(trace.find(), message);
        Path file = Path.of(trace.group(1));
        try {
            assertTrue(Files.readString(file).contains("at org.essaykit.cli.CrashReportTest$Failing"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theEssaykitCommandLineMapsUnexpectedExceptionsToThree() {
        assertEquals(3, EssaykitCommand.commandLine().getExitCodeExceptionMapper()
                .getExitCode(new IllegalStateException()));
    }
}
