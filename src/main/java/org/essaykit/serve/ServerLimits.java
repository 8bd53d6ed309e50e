package org.essaykit.serve;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * What keeps slow or many clients from exhausting the dev server: a fixed number of threads answering
 * requests, a time limit for sending a request's headers (a slow-loris client is cut off), a time after which
 * an idle kept-alive connection is closed, and a cap on open connections (one over it is closed at once).
 * Half-open connections wait in the JDK server's selector and take no thread. Event streams (live reload)
 * hold no thread either: their handler returns and pings are written from one scheduler.
 *
 * <p>The JDK's {@code HttpServer} reads these as system properties once, when the first server of the JVM is
 * made; a property already set on the command line ({@code JAVA_TOOL_OPTIONS=-Djdk.httpserver.maxConnections=1000})
 * wins over ours.
 *
 * @param workers        threads answering requests
 * @param maxConnections open connections at most
 * @param requestTime    to send a request's line and headers
 * @param idleTime       a kept-alive connection may wait for its next request
 */
record ServerLimits(int workers, int maxConnections, Duration requestTime, Duration idleTime) {

    static final ServerLimits DEFAULT = new ServerLimits(16, 256, Duration.ofSeconds(10), Duration.ofSeconds(30));

    /** Sets the JDK server's properties this JVM has not been given; call before the first server is made. */
    void applyToJdkServer() {
        Map<String, String> properties = Map.of(
                "jdk.httpserver.maxConnections", Integer.toString(maxConnections),
                "sun.net.httpserver.maxReqTime", Long.toString(requestTime.toSeconds()),
                "sun.net.httpserver.idleInterval", Long.toString(idleTime.toSeconds()),
                // How often idle connections are looked for: a tenth of the idle time, so none lives much longer.
                "sun.net.httpserver.clockTick", Long.toString(Math.max(1000, idleTime.toMillis() / 10)));
        properties.forEach(System.getProperties()::putIfAbsent);
    }

    /** A fixed pool: requests beyond it queue (bounded by the connection cap) instead of adding threads. */
    ExecutorService workerPool(ThreadFactory threads) {
        return new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), threads);
    }
}
