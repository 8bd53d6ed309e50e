package org.essaykit.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Every request of the dev server: the site from memory, and under {@code /_essaykit/} the reload script
 * and its event stream. Only GET and HEAD; every response says {@code Cache-Control: no-cache}, so the
 * browser revalidates with the strong {@code ETag} and gets a 304 when nothing changed.
 */
final class SiteHandler implements HttpHandler {

    static final String RESERVED = "_essaykit";
    static final String EVENTS = "/" + RESERVED + "/events";
    static final String SCRIPT = "/" + RESERVED + "/reload.js";

    private static final Pattern BODY_END = Pattern.compile("(?i)</body\\s*>");
    private static final Pattern LOCAL_HOST = Pattern.compile(
            "(?i)(localhost|[a-z0-9.-]+\\.localhost|127(\\.\\d{1,3}){3}|\\[::1\\])(:\\d+)?");

    private final Supplier<ServedSite> current;
    private final ReloadEvents events;
    private final boolean loopbackOnly;
    private final byte[] script = resource("/serve/reload.js");
    private final byte[] brokenPage = resource("/serve/broken.html");

    /** @param loopbackOnly refuse Host headers that are not loopback names (DNS rebinding) */
    SiteHandler(Supplier<ServedSite> current, ReloadEvents events, boolean loopbackOnly) {
        this.current = current;
        this.events = events;
        this.loopbackOnly = loopbackOnly;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean streaming = false;
        try {
            streaming = respond(exchange);
        } finally {
            if (!streaming) {
                exchange.close();
            }
        }
    }

    /** @return whether the exchange stays open as an event stream */
    private boolean respond(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            text(exchange, 405, "only GET and HEAD");
            return false;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (loopbackOnly && (host == null || !LOCAL_HOST.matcher(host).matches())) {
            text(exchange, 403, "this server answers only to localhost and 127.0.0.1");
            return false;
        }
        String rawPath = exchange.getRequestURI().getRawPath();
        RequestPath path;
        try {
            path = RequestPath.parse(rawPath);
        } catch (RequestPath.Rejected e) {
            text(exchange, 400, e.getMessage());
            return false;
        }
        if (rawPath.equals(EVENTS)) {
            return stream(exchange);
        }
        if (rawPath.equals(SCRIPT)) {
            send(exchange, 200, "text/javascript; charset=utf-8", script);
        } else {
            site(exchange, path, rawPath);
        }
        return false;
    }

    private void site(HttpExchange exchange, RequestPath path, String rawPath) throws IOException {
        ServedSite served = current.get();
        if (served.site() == null) {
            send(exchange, 503, ContentTypes.HTML, withScript(brokenPage));
            return;
        }
        ServedSite.Route route = served.route(path, rawPath, exchange.getRequestURI().getRawQuery());
        if (route instanceof ServedSite.Redirect redirect) {
            exchange.getResponseHeaders().set("Location", redirect.location());
            text(exchange, 301, "moved to " + redirect.location());
            return;
        }
        ServedSite.Found found = (ServedSite.Found) route;
        Optional<byte[]> bytes = found.file() == null ? Optional.empty() : served.bytes(found.file());
        if (bytes.isEmpty()) {
            text(exchange, 404, "not found");
            return;
        }
        String type = ContentTypes.of(found.file().path());
        send(exchange, found.status(), type, ContentTypes.HTML.equals(type) ? withScript(bytes.get()) : bytes.get());
    }

    private boolean stream(HttpExchange exchange) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "text/event-stream; charset=utf-8");
        headers.set("Cache-Control", "no-cache");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            return false;
        }
        exchange.sendResponseHeaders(200, 0); // chunked: the stream stays open
        events.connect(exchange.getResponseBody());
        return true;
    }

    /** The reload script, before the last {@code </body>} (or at the end), carrying the site's version. */
    private byte[] withScript(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + SCRIPT + "\" data-version=\"" + events.version() + "\" defer></script>";
        var matcher = BODY_END.matcher(page);
        int at = page.length();
        while (matcher.find()) {
            at = matcher.start();
        }
        return (page.substring(0, at) + tag + page.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        String etag = etag(body);
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-cache");
        headers.set("X-Content-Type-Options", "nosniff");
        if (status == 200) {
            headers.set("ETag", etag);
            if (matches(exchange.getRequestHeaders().getFirst("If-None-Match"), etag)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
        }
        if (exchange.getRequestMethod().equals("HEAD")) {
            headers.set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** If-None-Match compares weakly (RFC 9110 13.1.2): W/"x" matches "x"; * matches anything. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    /** Strong: a hash of the exact bytes sent. */
    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = SiteHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("essaykit's jar lacks " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
