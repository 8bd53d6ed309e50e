package org.essaykit.pipeline;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Times each stage of a build, for {@code build --timings} and the benchmark. Not thread-safe: one per build. */
public final class StageTimer {

    private final Map<String, Duration> timings = new LinkedHashMap<>();

    public <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            timings.merge(stage, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
        }
    }

    public Map<String, Duration> timings() {
        return timings;
    }
}
