package org.essaykit.check;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The external pass against a real HTTP server on 127.0.0.1, counting what it receives. Only loopback
 * traffic; every test is bounded in requests and time.
 */
@Timeout(60)
class ExternalPassTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private HttpServer server;
    private ExecutorService serverThreads;
    private String origin;
    /** "METHOD /path" to how many times it was asked. */
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final List<Long> slowStarts = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        serverThreads = Executors.newFixedThreadPool(8);
        server.setExecutor(serverThreads);
        server.createContext("/", this::answer);
        server.start();
        origin = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private void answer(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        int count = requests.computeIfAbsent(method + " " + path, k -> new AtomicInteger()).incrementAndGet();
        switch (path) {
            case "/ok", "/a b|c{d}~" -> send(ex, 200, "<h2 id=\"here\">Here</h2>");
            case "/moved" -> {
                ex.getResponseHeaders().add("Location", "/ok");
                send(ex, 301, "");
            }
            case "/gone" -> send(ex, 404, "not found");
            case "/removed" -> send(ex, 410, "gone for good");
            case "/no-head" -> send(ex, method.equals("HEAD") ? 405 : 200, "fine");
            case "/forbidden" -> send(ex, 403, "no robots");
            case "/limited" -> {
                ex.getResponseHeaders().add("Retry-After", "1");
                send(ex, 429, "slow down");
            }
            case "/flaky" -> send(ex, count == 1 ? 503 : 200, "");
            case "/slow" -> {
                sleep(2000);
                send(ex, 200, "");
            }
            default -> {
                if (path.startsWith("/parallel/")) {
                    slowStarts.add(System.nanoTime());
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    sleep(300);
                    // Leave before answering: the client's next request can only follow this answer.
                    inFlight.decrementAndGet();
                    send(ex, 200, "");
                } else {
                    send(ex, 404, "");
                }
            }
        }
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        boolean head = ex.getRequestMethod().equals("HEAD") || bytes.length == 0;
        ex.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int count(String request) {
        AtomicInteger n = requests.get(request);
        return n == null ? 0 : n.get();
    }

    private int total() {
        return requests.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private void page(String... paths) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>t</title></head><body>\n");
        for (String p : paths) {
            html.append("<a href=\"").append(origin).append(p).append("\">x</a>\n");
        }
        Files.writeString(dir.resolve("index.html"), html.append("</body></html>\n"), StandardCharsets.UTF_8);
    }

    private ExternalOptions options(Path cache, Instant now) {
        return new ExternalOptions(2, Duration.ZERO, Duration.ofMillis(500), 1, Duration.ofMillis(50),
                Duration.ofSeconds(2), cache, Duration.ofDays(7), false, Clock.fixed(now, ZoneOffset.UTC));
    }

    private String check(ExternalOptions external) throws IOException {
        CheckReport report = LinkChecker.check(SiteTree.of(dir),
                CheckOptions.offline("https://example.org", "").withExternal(external));
        StringWriter out = new StringWriter();
        ReportFormat.TEXT.write(report, "site", out);
        return out.toString().replace(origin, "http://HOST");
    }

    @Test
    void givesEachAnswerItsVerdict() throws IOException {
        page("/ok", "/moved", "/gone", "/no-head", "/forbidden", "/flaky", "/ok#here", "/ok#missing", "/ok#top", "/removed");
        String report = check(options(null, NOW));
        assertEquals("""
                site/index.html
                  site/index.html:3:10: note: `http://HOST/moved` redirects: 301 http://HOST/ok
                      hint: link to the final address
                  site/index.html:4:10: error: broken link `http://HOST/gone` in a href: HTTP 404
                      hint: fix or remove the link, or link to an archived copy
                  site/index.html:6:10: warning: could not verify `http://HOST/forbidden` in a href: HTTP 403: the server refuses automated requests
                      hint: check it in a browser; add an ignore rule if it stays unverifiable
                  site/index.html:9:10: error: broken fragment `http://HOST/ok#missing` in a href: the page has no id (or <a name>) `missing`
                      hint: the target page may have renamed its headings
                  site/index.html:11:10: error: broken link `http://HOST/removed` in a href: HTTP 410
                      hint: fix or remove the link, or link to an archived copy
                3 errors, 1 warning, 1 note in 1 file (10 links checked)
                """, report);
        assertEquals(1, count("GET /ok"), "one GET for the page, whatever fragments point into it");
        assertEquals(1, count("HEAD /moved"));
        assertEquals(1, count("HEAD /no-head"));
        assertEquals(1, count("GET /no-head"), "GET after HEAD failed");
        assertEquals(2, count("HEAD /flaky"), "a 503 is retried");
    }

    @Test
    void withoutFragmentChecksAHeadRequestIsEnough() throws IOException {
        page("/ok#missing", "/ok#here");
        CheckOptions options = new CheckOptions("https://example.org", "", false, IgnoreRules.NONE,
                options(null, NOW));
        StringWriter out = new StringWriter();
        ReportFormat.TEXT.write(LinkChecker.check(SiteTree.of(dir), options), "site", out);
        assertEquals("0 errors, 0 warnings, 0 notes in 1 file (2 links checked)\n", out.toString());
        assertEquals(1, count("HEAD /ok"));
        assertEquals(0, count("GET /ok"), "no body is needed when fragments are not checked");
    }

    @Test
    void honoursRetryAfterAndGivesUpAsUnverified() throws IOException {
        page("/limited");
        long start = System.nanoTime();
        String report = check(options(null, NOW));
        long took = (System.nanoTime() - start) / 1_000_000;
        assertTrue(report.contains("warning: could not verify `http://HOST/limited` in a href: HTTP 429 after retries"),
                report);
        assertEquals(2, count("HEAD /limited"), "one retry");
        assertTrue(took >= 1000, "waited the Retry-After second, took " + took + " ms");
    }

    @Test
    void slowAnswersTimeOutAsUnverified() throws IOException {
        page("/slow");
        String report = check(options(null, NOW));
        assertTrue(report.contains("warning: could not verify `http://HOST/slow` in a href: timed out"), report);
        assertEquals(2, count("HEAD /slow"), "a timeout is retried once");
    }

    @Test
    void neverHasMoreThanTwoRequestsInFlightToOneHost() throws IOException {
        page("/parallel/1", "/parallel/2", "/parallel/3", "/parallel/4", "/parallel/5", "/parallel/6");
        check(options(null, NOW));
        assertEquals(6, total());
        assertEquals(2, maxInFlight.get());
    }

    @Test
    void keepsTheMinimumIntervalBetweenRequestsToOneHost() throws IOException {
        page("/parallel/1", "/parallel/2", "/parallel/3", "/parallel/4");
        ExternalOptions spaced = new ExternalOptions(4, Duration.ofMillis(200), Duration.ofSeconds(5), 0,
                Duration.ofMillis(50), Duration.ofSeconds(1), null, Duration.ofDays(7), false, null);
        check(spaced);
        List<Long> starts = new ArrayList<>(slowStarts);
        Collections.sort(starts);
        assertEquals(4, starts.size());
        // Four requests allowed in flight at once would all arrive together; spaced, they span three intervals.
        // (Single gaps can shrink when one request is delayed on its way, so the span is what is measured.)
        long span = (starts.get(3) - starts.get(0)) / 1_000_000;
        assertTrue(span >= 540, "four requests arrived within " + span + " ms");
    }

    @Test
    void aRerunInsideTheCacheTimeSendsNoRequestsButRechecksBrokenLinks() throws IOException {
        Path cache = dir.resolve("cache/links.json");
        page("/ok", "/moved", "/ok#here", "/gone", "/flaky");
        String first = check(options(cache, NOW));
        int afterFirst = total() - count("HEAD /gone") - count("GET /gone");
        String cached = Files.readString(cache, StandardCharsets.UTF_8);

        String second = check(options(cache, NOW.plus(Duration.ofDays(6))));
        assertEquals(first, second, "the same report from the cache");
        assertEquals(afterFirst, total() - count("HEAD /gone") - count("GET /gone"), "nothing but the broken link");
        assertEquals(2, count("HEAD /gone"), "the broken link was asked again");
        assertEquals(cached, Files.readString(cache, StandardCharsets.UTF_8), "the cache file is stable");
        assertTrue(cached.indexOf("/flaky") < cached.indexOf("/moved") && cached.indexOf("/moved") < cached.indexOf("/ok"),
                "sorted by URL:\n" + cached);
        assertTrue(!cached.contains("/gone"), "broken links are never cached");

        check(options(cache, NOW.plus(Duration.ofDays(8))));
        assertEquals(2, count("GET /ok"), "expired entries are checked again");
    }

    @Test
    void rateLimitedAndFailingAnswersAreNeverCached() throws IOException {
        Path cache = dir.resolve("links.json");
        page("/limited");
        check(options(cache, NOW));
        assertTrue(!Files.readString(cache, StandardCharsets.UTF_8).contains("/limited"));
    }

    @Test
    void oddUrlsAreFindingsAndEncodedAsBrowsersSendThem() throws IOException {
        Files.writeString(dir.resolve("index.html"), "<!DOCTYPE html><title>t</title>\n"
                + "<a href='" + origin + "/a b|c{d}~'>raw, as browsers encode it</a>\n"
                + "<a href='" + origin + "/a%20b%7cc%7B%64%7D%7e'>the same, encoded otherwise</a>\n"
                + "<a href='https://:80/'>no host</a>\n"
                + "<a href='https://127.0.0.1:____/'>port</a>\n"
                + "<a href='https://exa mple.com/'>space in host</a>\n"
                + "<a href='http://a_b.example.com/'>underscore</a>\n", StandardCharsets.UTF_8);
        String report = check(options(null, NOW));
        assertEquals("""
                site/index.html
                  site/index.html:4:10: error: the URL has no host in a href
                      hint: correct the address; a browser cannot load it either
                  site/index.html:5:10: error: the port `____` is not a number from 0 to 65535 in a href
                      hint: correct the address; a browser cannot load it either
                  site/index.html:6:10: error: `exa mple.com` is not a host name in a href
                      hint: correct the address; a browser cannot load it either
                  site/index.html:7:10: warning: could not verify `http://a_b.example.com/` in a href: the host name cannot be contacted from Java's HTTP client (an `_` in it?)
                      hint: check it in a browser; add an ignore rule if it stays unverifiable
                3 errors, 1 warning, 0 notes in 1 file (6 links checked)
                """, report);
        assertEquals(1, total(), "both spellings of one address are one request: " + requests);
        assertEquals(1, count("HEAD /a b|c{d}~"));
    }

    @Test
    void internationalisedHostsAreRequestedInPunycode() {
        Target target = ExternalUrl.of(Url.parse("https://Granö.fi./Ä?q=ä b"));
        assertEquals("https://xn--gran-8qa.fi/%C3%84?q=%C3%A4%20b",
                ((Target.External) target).url().toString());
        Target hostEncoded = ExternalUrl.of(Url.parse("https://ex%41mple.com:0443/"));
        assertEquals("https://example.com:443/", ((Target.External) hostEncoded).url().toString());
    }
}
