package org.essaykit.serve;

import org.essaykit.diag.Diagnostic;
import org.essaykit.output.JsonWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The server-sent event stream that open tabs listen to ({@code /_essaykit/events}).
 *
 * <ul>
 *   <li>{@code hello}: sent first; its data is the site's version, so a tab that reconnects after a
 *       restart or a missed rebuild sees a different version and reloads;</li>
 *   <li>{@code reload}: a rebuild changed the site;</li>
 *   <li>{@code errors}: the last rebuild failed: JSON {@code {"diagnostics": [{file, line, column,
 *       severity, message, hint}]}}; also sent on connect while the site is broken;</li>
 *   <li>{@code clear}: the errors are fixed but no file changed (nothing to reload);</li>
 *   <li>{@code building}: a rebuild that takes a while began; its data is what it does, in words.</li>
 * </ul>
 */
final class ReloadEvents {

    /** How long a browser waits before reconnecting when the stream drops (the server restarting). */
    private static final int RETRY_MILLIS = 500;

    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private int generation;
    private String errors; // the current errors event's data, null while the site is good
    private boolean building; // a building event was sent and the rebuild has not ended

    /** The version of the site being served; pages carry it so their script can tell when they are stale. */
    synchronized String version() {
        return instance + "-" + generation;
    }

    /** Takes over a response stream whose headers are sent; it stays open until the client leaves. */
    synchronized void connect(OutputStream stream) {
        StringBuilder first = new StringBuilder("retry: " + RETRY_MILLIS + "\n\n");
        first.append(event("hello", version()));
        if (errors != null) {
            first.append(event("errors", errors));
        }
        if (send(stream, first.toString())) {
            clients.add(stream);
        }
    }

    synchronized void reloaded() {
        generation++;
        errors = null;
        building = false;
        broadcast(event("reload", version()));
    }

    /** The errors are gone, or a slow rebuild ended, and the site is unchanged. */
    synchronized void cleared() {
        if (errors != null || building) {
            errors = null;
            building = false;
            broadcast(event("clear", version()));
        }
    }

    synchronized void failed(List<Diagnostic> diagnostics) {
        building = false;
        errors = JsonWriter.compact(Map.of("diagnostics", diagnostics.stream().map(ReloadEvents::json).toList())).strip();
        broadcast(event("errors", errors));
    }

    /** A slow rebuild began (the site's simulations compiling): the tabs show {@code what} until it ends. */
    synchronized void building(String what) {
        building = true;
        broadcast(event("building", what));
    }

    /** A comment line: keeps proxies from timing the stream out and finds clients that left. */
    synchronized void ping() {
        broadcast(": ping\n\n");
    }

    void closeAll() {
        for (OutputStream client : clients) {
            close(client);
        }
        clients.clear();
    }

    private void broadcast(String text) {
        List<OutputStream> gone = new ArrayList<>();
        for (OutputStream client : clients) {
            if (!send(client, text)) {
                gone.add(client);
            }
        }
        clients.removeAll(gone);
    }

    private static boolean send(OutputStream stream, String text) {
        try {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
            stream.flush();
            return true;
        } catch (IOException e) {
            close(stream);
            return false;
        }
    }

    private static void close(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // the client is gone either way
        }
    }

    /** One event; the data is a single line (compact JSON escapes newlines). */
    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    private static Map<String, Object> json(Diagnostic diagnostic) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", diagnostic.pos().file().toString().replace('\\', '/'));
        entry.put("line", diagnostic.pos().line());
        entry.put("column", diagnostic.pos().column());
        entry.put("severity", diagnostic.severity().name().toLowerCase(Locale.ROOT));
        entry.put("message", diagnostic.message());
        entry.put("hint", diagnostic.hint());
        return entry;
    }
}
