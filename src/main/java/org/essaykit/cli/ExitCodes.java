package org.essaykit.cli;

/** What {@code essaykit} returns to the shell. */
final class ExitCodes {

    static final int OK = 0;
    /** The site has errors (content, templates, links): fix the files named in the output. */
    static final int CONTENT_ERRORS = 1;
    /** The command itself was wrong: unknown option, missing argument, bad folder. */
    static final int USAGE = 2;
    /** An unexpected exception: a bug of essaykit, reported with the file it happened on and a stack trace file. */
    static final int BUG = 3;

    private ExitCodes() {
    }
}
