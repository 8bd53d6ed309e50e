package org.essaykit.check;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Keeps the external pass polite: at most {@code perHost} requests in flight to one host, and at least
 * {@code minInterval} between the starts of two requests to it.
 */
final class HostGate {

    private final int perHost;
    private final long intervalNanos;
    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

    private static final class Host {
        final Semaphore inFlight;
        long nextStart;

        Host(int permits) {
            inFlight = new Semaphore(permits, true);
        }
    }

    HostGate(int perHost, Duration minInterval) {
        this.perHost = perHost;
        this.intervalNanos = minInterval.toNanos();
    }

    /** Waits for a slot for {@code host}; the caller must {@link #release} it once the response is in. */
    void acquire(String host) throws InterruptedException {
        Host h = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host(perHost));
        h.inFlight.acquire();
        long wait;
        synchronized (h) {
            long now = System.nanoTime();
            long start = Math.max(now, h.nextStart);
            h.nextStart = start + intervalNanos;
            wait = start - now;
        }
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                h.inFlight.release();
                throw e;
            }
        }
    }

    void release(String host) {
        hosts.get(host.toLowerCase(Locale.ROOT)).inFlight.release();
    }
}
