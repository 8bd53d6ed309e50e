package org.essaykit.pipeline;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * An unexpected exception (a bug of essaykit, not a problem of the content) with the source file being processed
 * when it was thrown, so that the command can say which file to report with it.
 */
public final class ProcessingFailure extends RuntimeException {

    private final transient Path file;

    private ProcessingFailure(Path file, Throwable cause) {
        super("while processing " + file, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** {@code work}'s value; an exception or error it throws comes out naming {@code file}. */
    public static <T> T blaming(Path file, Supplier<T> work) {
        try {
            return work.get();
        } catch (ProcessingFailure e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new ProcessingFailure(file, e);
        }
    }
}
