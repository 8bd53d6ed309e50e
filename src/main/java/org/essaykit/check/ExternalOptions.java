package org.essaykit.check;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the external pass talks to other sites.
 *
 * @param perHost          requests in flight to one host at a time
 * @param minInterval      the least time between two requests to one host
 * @param timeout          for one request, connection included
 * @param retries          extra attempts after a 408, 429, 5xx or timeout
 * @param backoff          the first retry's delay when the server sends no Retry-After; doubles, plus jitter
 * @param maxRetryAfter    a longer Retry-After is cut to this
 * @param cache            the cache file, or null for none
 * @param keepOk           how long an ok result stays in the cache
 * @param failOnUnverified whether unverified links (401/403, 429, timeouts) fail the run
 */
public record ExternalOptions(int perHost, Duration minInterval, Duration timeout, int retries, Duration backoff,
                              Duration maxRetryAfter, Path cache, Duration keepOk, boolean failOnUnverified,
                              Clock clock) {

    public ExternalOptions {
        if (perHost < 1 || retries < 0) {
            throw new IllegalArgumentException("perHost must be at least 1 and retries at least 0");
        }
        Objects.requireNonNull(minInterval);
        Objects.requireNonNull(timeout);
        Objects.requireNonNull(backoff);
        Objects.requireNonNull(maxRetryAfter);
        Objects.requireNonNull(keepOk);
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    public static ExternalOptions defaults() {
        return new ExternalOptions(2, Duration.ofMillis(250), Duration.ofSeconds(10), 2, Duration.ofSeconds(1),
                Duration.ofSeconds(30), null, Duration.ofDays(7), false, null);
    }
}
