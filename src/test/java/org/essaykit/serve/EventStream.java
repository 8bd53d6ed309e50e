package org.essaykit.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A client of the server-sent event stream, as a browser's EventSource reads it: one event per blank line. */
final class EventStream implements AutoCloseable {

    record Event(String name, String data) {
    }

    private final HttpURLConnection connection;
    private final BlockingQueue<Event> received = new LinkedBlockingQueue<>();

    private EventStream(HttpURLConnection connection) {
        this.connection = connection;
    }

    static EventStream open(URI uri) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setRequestProperty("Accept", "text/event-stream");
        EventStream stream = new EventStream(connection);
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
        Thread thread = new Thread(() -> stream.read(reader), "test-event-stream");
        thread.setDaemon(true);
        thread.start();
        return stream;
    }

    private void read(BufferedReader reader) {
        String name = "message";
        StringBuilder data = new StringBuilder();
        try {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        received.add(new Event(name, data.toString()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    /** The next event, skipping none; fails when none arrives in time. */
    Event next(Duration timeout) throws InterruptedException {
        Event event = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no event within " + timeout);
        }
        return event;
    }

    /** Skips events until one named {@code name}. */
    Event next(String name, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event event = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (event.name().equals(name)) {
                return event;
            }
        }
    }

    /** Nothing arrived (yet). */
    Event poll(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        connection.disconnect();
    }
}
