package org.essaykit.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of a simulation: state that advances one {@link #step()} at a time, so a page can run, pause
 * and step it, and the history of its read-outs from step 0, which a chart draws. Not thread-safe: a run
 * belongs to one caller.
 */
public abstract class Run {

    private final List<Readout> history = new ArrayList<>();
    private int steps;

    /** Advances the state by one step. */
    protected abstract void advance();

    /** Puts the key numbers of the current state into {@code out}, always the same names in the same order. */
    protected abstract void read(Map<String, Double> out);

    public final Readout step() {
        if (history.isEmpty()) {
            record(); // step 0, the state before anything ran
        }
        advance();
        steps++;
        return record();
    }

    public final List<Readout> runSteps(int count) {
        for (int i = 0; i < count; i++) {
            step();
        }
        return history();
    }

    public final int steps() {
        return steps;
    }

    /** The read-out of the current state. */
    public final Readout latest() {
        if (history.isEmpty()) {
            record();
        }
        return history.get(history.size() - 1);
    }

    /** Every read-out so far, from step 0. */
    public final List<Readout> history() {
        latest();
        return Collections.unmodifiableList(history);
    }

    private Readout record() {
        Map<String, Double> values = new LinkedHashMap<>();
        read(values);
        Readout readout = new Readout(steps, values);
        history.add(readout);
        return readout;
    }
}
