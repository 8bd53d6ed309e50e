package org.essaykit.cli;

import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and {@code kill} (SIGTERM) as a request to stop, so that a command that runs until stopped
 * (serve) shuts down cleanly and exits 0 as documented. Left to the JVM's default, both run the shutdown hooks
 * and exit 130 or 143, which scripts and process managers read as a failure.
 */
final class StopSignals {

    private StopSignals() {
    }

    /** Runs {@code stop} on the JVM's signal thread when either signal arrives, instead of exiting. */
    static void handle(Runnable stop) {
        for (String name : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(name), signal -> stop.run());
        }
    }
}
