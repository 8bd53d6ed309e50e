package org.essaykit.sim;

import java.util.List;

/** A simulation: what it shows, what a reader can set, and how to start a run. */
public interface Simulation {

    /** The key used in {@code essaykit sim run NAME} and {@code ```sim NAME}. */
    String name();

    String title();

    /** What the model is and what to look for, in a sentence or two. */
    String description();

    /** The work it reproduces or follows. */
    String source();

    List<Param> params();

    /**
     * The read-outs a chart draws, panel by panel: read-outs in one panel share its y axis, so put together
     * only numbers in the same units (a loss and the loss it is compared with, three shares).
     */
    List<List<String>> chart();

    /** A read-out's name in words, for legends and read-outs in a page ({@code sim run} prints the names). */
    default String label(String readout) {
        return readout;
    }

    /** How many steps a page or {@code sim run} takes by default. */
    int defaultSteps();

    Run start(Settings settings);

    default Run start(long seed) {
        return start(Settings.defaults(this, seed));
    }
}
