package org.essaykit.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A client of the server-sent event stream, as a browser's EventSource reads it: one event per blank line.
 * It speaks HTTP/1.0 over a plain socket, so the body comes unchunked and closing the socket ends the
 * reading thread at once.
 */
final class EventStream implements AutoCloseable {

    record Event(String name, String data) {
    }

    private final Socket socket;
    private final BlockingQueue<Event> received = new LinkedBlockingQueue<>();

    private EventStream(Socket socket) {
        this.socket = socket;
    }

    static EventStream open(URI uri) throws IOException {
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        socket.getOutputStream().write(("GET " + uri.getRawPath() + " HTTP/1.0\r\nHost: " + uri.getHost()
                + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        String status = reader.readLine();
        if (status == null || !status.contains(" 200 ")) {
            socket.close();
            throw new IOException("the event stream answered " + status);
        }
        while (!reader.readLine().isEmpty()) {
            // response headers
        }
        EventStream stream = new EventStream(socket);
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
        try {
            socket.close();
        } catch (IOException ignored) {
            // closed either way
        }
    }
}
