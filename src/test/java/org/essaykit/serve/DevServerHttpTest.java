package org.essaykit.serve;

import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.SourcePos;
import org.essaykit.output.SiteFile;
import org.essaykit.output.SiteSnapshot;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dev server over real HTTP on 127.0.0.1: what a browser gets, and what nobody may get. */
@Timeout(60)
class DevServerHttpTest {

    private static final String SECRET = "secret outside the site folder";

    @TempDir
    static Path dir;
    static TestSite site;
    static RunningServer server;
    static Map<String, String> types;

    @BeforeAll
    static void serve() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        site = TestSite.in(dir.resolve("blog"))
                .write("content/posts/hello.md", "---\ntitle: Hello\ndate: 2025-01-01\n---\n\nFirst words.\n")
                .write("content/about.md", "---\ntitle: About\n---\n\nAbout us.\n");
        Map<String, String> types = Map.ofEntries(
                Map.entry("style.css", "text/css; charset=utf-8"),
                Map.entry("app.js", "text/javascript; charset=utf-8"),
                Map.entry("mod.mjs", "text/javascript; charset=utf-8"),
                Map.entry("data.json", "application/json; charset=utf-8"),
                Map.entry("plain.xml", "application/xml; charset=utf-8"),
                Map.entry("logo.svg", "image/svg+xml; charset=utf-8"),
                Map.entry("a.png", "image/png"), Map.entry("a.jpg", "image/jpeg"), Map.entry("a.gif", "image/gif"),
                Map.entry("a.webp", "image/webp"), Map.entry("favicon.ico", "image/x-icon"),
                Map.entry("font.woff2", "font/woff2"), Map.entry("notes.txt", "text/plain; charset=utf-8"),
                Map.entry("module.wasm", "application/wasm"));
        types.keySet().forEach(name -> site.write("content/files/" + name, "bytes of " + name));
        Files.createSymbolicLink(site.root().resolve("content/leak.txt"), dir.resolve("secret.txt"));
        server = RunningServer.of(site);
        DevServerHttpTest.types = types;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void servesPagesWithTheReloadScriptBeforeTheEndOfBody() throws Exception {
        HttpResponse<String> page = server.get("/posts/hello/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(page.body().contains("First words."));
        assertTrue(page.body().matches("(?s).*<script src=\"/_essaykit/reload.js\" data-version=\"[^\"]+\" defer>"
                + "</script></body>\\s*</html>\\s*"), page.body());
        assertEquals(200, server.get("/_essaykit/reload.js").statusCode());
        assertFalse(server.get("/files/app.js").body().contains("_essaykit"), "only HTML gets the script");
    }

    @Test
    void contentTypesIncludingWasmAndTheAtomFeed() throws Exception {
        for (Map.Entry<String, String> type : types.entrySet()) {
            HttpResponse<String> file = server.get("/files/" + type.getKey());
            assertEquals(200, file.statusCode(), type.getKey());
            assertEquals(type.getValue(), file.headers().firstValue("Content-Type").orElseThrow(), type.getKey());
            assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElseThrow());
        }
        assertEquals("application/atom+xml; charset=utf-8",
                server.get("/feed.xml").headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void strongEtagsRevalidateToNotModified() throws Exception {
        HttpResponse<String> first = server.get("/posts/hello/");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        assertEquals(etag, server.get("/posts/hello/").headers().firstValue("ETag").orElseThrow(), "stable");
        assertNotEquals(etag, server.get("/files/app.js").headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> revalidated = server.get("/posts/hello/", "If-None-Match", etag);
        assertEquals(304, revalidated.statusCode());
        assertEquals("", revalidated.body());
        assertEquals(etag, revalidated.headers().firstValue("ETag").orElseThrow());
        assertEquals(304, server.get("/posts/hello/", "If-None-Match", "\"other\", W/" + etag).statusCode());
        assertEquals(304, server.get("/posts/hello/", "If-None-Match", "*").statusCode());
        assertEquals(200, server.get("/posts/hello/", "If-None-Match", "\"0123\"").statusCode());
    }

    @Test
    void headSendsTheHeadersOfGetWithoutABody() throws Exception {
        HttpResponse<String> get = server.get("/files/module.wasm");
        HttpResponse<String> head = server.send("HEAD", "/files/module.wasm");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
        assertEquals("application/wasm", head.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(String.valueOf(get.body().length()), head.headers().firstValue("Content-Length").orElseThrow());
        assertEquals(405, server.send("POST", "/posts/hello/").statusCode());
    }

    @Test
    void unknownPathsGetTheSites404PageAndFolderUrlsTheirSlash() throws Exception {
        HttpResponse<String> missing = server.get("/no/such/page/");
        assertEquals(404, missing.statusCode());
        site.buildClean();
        assertEquals(Files.readString(site.out().resolve("404.html")),
                missing.body().replaceFirst("<script src=\"/_essaykit/reload.js\"[^>]*></script>", ""),
                "the site's own 404 page");
        assertEquals(404, server.get("/posts/hello/index.htm").statusCode());

        HttpResponse<String> redirect = server.get("/posts/hello?ref=forum");
        assertEquals(301, redirect.statusCode());
        assertEquals("/posts/hello/?ref=forum", redirect.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void neverServesAFileOutsideTheSite() throws Exception {
        for (String raw : List.of("/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt",
                "/posts/..%2f..%2fsecret.txt", "/..%2fsecret.txt", "/..%5c..%5csecret.txt", "/..\\..\\secret.txt",
                "/%c0%ae%c0%ae/secret.txt", "/%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afsecret.txt",
                "/%e0%80%ae%e0%80%ae/secret.txt", "/leak.txt", "/secret.txt%00.html", "//secret.txt")) {
            String response = rawRequest("GET " + raw + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            String status = response.substring(0, response.indexOf("\r\n"));
            assertFalse(response.contains(SECRET), raw + " leaked the file");
            assertTrue(status.contains(" 400 ") || status.contains(" 404 "), raw + " -> " + status);
        }
    }

    @Test
    void theBuildWarnsAboutTheSymlinkThatPointsOut() {
        Diagnostic warning = server.builds.get(0).diagnostics().stream()
                .filter(d -> d.message().contains("symbolic link")).findFirst().orElseThrow();
        assertEquals("content/leak.txt:1:1", warning.pos().toString());
        assertFalse(warning.isError());
    }

    @Test
    void aCopiedFileSwappedForASymlinkAfterTheBuildIsNotServed() throws Exception {
        Path link = dir.resolve("late-link.txt"); // outside content/, so the server does not rebuild meanwhile
        Files.createSymbolicLink(link, dir.resolve("secret.txt"));
        ServedSite served = new ServedSite(new SiteSnapshot(List.of(
                new SiteFile.Copied("late.txt", link, SourcePos.startOf(Path.of("content/late.txt"))))),
                "", site.root().toRealPath());
        assertTrue(served.bytes(served.site().file("late.txt").orElseThrow()).isEmpty());
        Files.delete(link);
    }

    @Test
    void listensOnLoopbackOnlyAndAnswersOnlyToLocalNames() throws Exception {
        assertTrue(server.server.address().getHost().equals("127.0.0.1"), server.server.address().toString());
        for (InetAddress address : NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses).filter(a -> !a.isLoopbackAddress()).toList()) {
            try (Socket socket = new Socket()) {
                assertThrows(IOException.class, () -> socket.connect(
                        new InetSocketAddress(address, server.server.port()), 2000), address.toString());
            }
        }
        // A page of another site whose name resolves to 127.0.0.1 (DNS rebinding) must not read this one.
        assertTrue(statusLine("attacker.example").contains(" 403 "));
        assertTrue(statusLine("attacker.example:" + server.server.port()).contains(" 403 "));
        assertTrue(statusLine("localhost:" + server.server.port()).contains(" 200 "));
        assertTrue(statusLine("127.0.0.1:" + server.server.port()).contains(" 200 "));
    }

    private static String statusLine(String host) throws IOException {
        String response = rawRequest("GET /posts/hello/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
        return response.substring(0, response.indexOf("\r\n"));
    }

    private static String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
