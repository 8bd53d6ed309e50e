package org.essaykit.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ExecutionException;

/**
 * Checks URLs of other sites over HTTP: HEAD first, GET when HEAD fails or a fragment must be found in
 * the page; redirects followed one by one so they can be reported; retries with backoff on 408, 429,
 * 5xx and timeouts; politeness per host through {@link HostGate}; ok results remembered in a {@link LinkCache}.
 */
final class ExternalPass {

    private static final int MAX_REDIRECTS = 10;
    private static final int MAX_THREADS = 16;

    enum Verdict { OK, BROKEN, UNVERIFIED }

    /** What checking one document URL found. */
    record Outcome(Verdict verdict, String reason, List<String> redirects, Set<String> ids) {
    }

    /** One HTTP exchange: a status and headers, or the exception that stopped it. */
    private record Reply(int status, HttpHeaders headers, byte[] body, IOException failure) {
        boolean retryable() {
            return failure instanceof HttpTimeoutException || status == 408 || status == 429 || status >= 500;
        }
    }

    private final ExternalOptions options;
    private final HostGate gate;
    private final HttpClient client;

    ExternalPass(ExternalOptions options) {
        this.options = options;
        this.gate = new HostGate(options.perHost(), options.minInterval());
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The findings for every link, keyed by where the link is; ok links without a redirect have none. */
    List<Map.Entry<LinkAt, Finding>> check(Map<String, List<LinkAt>> linksByUrl) {
        // One request per document, however many fragments and pages point into it.
        Map<String, Map<String, List<LinkAt>>> byDocument = new TreeMap<>();
        linksByUrl.forEach((url, links) -> {
            Url parsed = Url.parse(url);
            String fragment = parsed.fragment() == null ? "" : parsed.fragment();
            byDocument.computeIfAbsent(parsed.withoutFragment(), k -> new TreeMap<>())
                    .computeIfAbsent(fragment, k -> new ArrayList<>()).addAll(links);
        });
        LinkCache cache = LinkCache.load(options.cache());
        Instant now = options.clock().instant();
        Map<String, Future<Outcome>> outcomes = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(MAX_THREADS, byDocument.size())),
                r -> {
                    Thread t = new Thread(r, "essaykit-external");
                    t.setDaemon(true);
                    return t;
                });
        try {
            byDocument.forEach((doc, byFragment) -> {
                Set<String> fragments = new TreeSet<>(byFragment.keySet());
                fragments.removeIf(f -> f.isEmpty() || f.equalsIgnoreCase("top"));
                outcomes.put(doc, pool.submit(() -> cachedOrFetched(doc, fragments, cache, now)));
            });
            List<Map.Entry<LinkAt, Finding>> findings = new ArrayList<>();
            for (Map.Entry<String, Future<Outcome>> e : outcomes.entrySet()) {
                Outcome outcome = e.getValue().get();
                byDocument.get(e.getKey()).forEach((fragment, links) -> links.forEach(at ->
                        findingFor(at, fragment, outcome).forEach(f -> findings.add(new AbstractMap.SimpleEntry<>(at, f)))));
            }
            cache.save(now, options.keepOk());
            return findings;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking external links", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the link cache " + options.cache(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome cachedOrFetched(String doc, Set<String> fragments, LinkCache cache, Instant now)
            throws InterruptedException {
        LinkCache.Entry cached = cache.fresh(doc, fragments, now, options.keepOk());
        if (cached != null) {
            return new Outcome(Verdict.OK, "cached", cached.redirects(), null);
        }
        URI uri;
        try {
            uri = new URI(doc);
        } catch (URISyntaxException e) {
            return new Outcome(Verdict.BROKEN, "malformed URL: " + e.getReason(), List.of(), null);
        }
        if (uri.getHost() == null) {
            // Browsers accept host names such as a_b.example.com; Java's HTTP client cannot address them.
            return new Outcome(Verdict.UNVERIFIED, "the host name cannot be contacted from Java's HTTP client "
                    + "(an `_` in it?)", List.of(), null);
        }
        Outcome outcome = fetch(uri, !fragments.isEmpty());
        if (outcome.verdict() == Verdict.OK) {
            Set<String> present = new TreeSet<>(fragments);
            if (outcome.ids() != null) {
                present.retainAll(outcome.ids());
            }
            cache.ok(doc, now, present, outcome.redirects());
        } else {
            cache.forget(doc);
        }
        return outcome;
    }

    private Outcome fetch(URI uri, boolean needBody) throws InterruptedException {
        List<String> redirects = new ArrayList<>();
        URI current = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Reply reply = attempt(current, needBody);
            if (reply.failure() != null) {
                return failed(reply.failure(), redirects);
            }
            int status = reply.status();
            var location = reply.headers().firstValue("location");
            if (status >= 300 && status < 400 && location.isPresent()) {
                try {
                    current = current.resolve(location.get().strip());
                } catch (IllegalArgumentException e) {
                    return new Outcome(Verdict.BROKEN, "redirect to a malformed address: " + location.get(),
                            redirects, null);
                }
                redirects.add(status + " " + current);
                continue;
            }
            return classify(reply, redirects);
        }
        return new Outcome(Verdict.UNVERIFIED, "more than " + MAX_REDIRECTS + " redirects", redirects, null);
    }

    private static Outcome failed(IOException failure, List<String> redirects) {
        if (noSuchHost(failure)) {
            return new Outcome(Verdict.BROKEN, "no such host", redirects, null);
        }
        if (failure instanceof HttpTimeoutException) {
            return new Outcome(Verdict.UNVERIFIED, "timed out", redirects, null);
        }
        return new Outcome(Verdict.UNVERIFIED, "cannot connect: " + failure, redirects, null);
    }

    private static boolean noSuchHost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private static Outcome classify(Reply reply, List<String> redirects) {
        int status = reply.status();
        if (status >= 200 && status < 300) {
            return new Outcome(Verdict.OK, "HTTP " + status, redirects, reply.body() == null ? null : ids(reply));
        }
        String reason = "HTTP " + status;
        if (status == 401 || status == 403) {
            return new Outcome(Verdict.UNVERIFIED, reason + ": the server refuses automated requests", redirects, null);
        }
        if (status == 429 || status == 408 || status >= 500) {
            return new Outcome(Verdict.UNVERIFIED, reason + " after retries", redirects, null);
        }
        if (status >= 400) {
            return new Outcome(Verdict.BROKEN, reason, redirects, null);
        }
        return new Outcome(Verdict.UNVERIFIED, reason, redirects, null);
    }

    /** The fragment targets of an HTML body; null when the body is not HTML (its fragments are not ids). */
    private static Set<String> ids(Reply reply) {
        String type = reply.headers().firstValue("content-type").orElse("");
        if (!type.contains("html")) {
            return null;
        }
        Document doc = Jsoup.parse(new String(reply.body(), StandardCharsets.UTF_8));
        Set<String> ids = new HashSet<>();
        for (Element el : doc.select("[id], a[name]")) {
            ids.add(el.id());
            if (el.normalName().equals("a")) {
                ids.add(el.attr("name"));
            }
        }
        return ids;
    }

    /** HEAD, or GET when a body is needed or HEAD fails; then the same again while the server asks for patience. */
    private Reply attempt(URI uri, boolean needBody) throws InterruptedException {
        for (int retry = 0; ; retry++) {
            Reply reply = send(uri, needBody ? "GET" : "HEAD");
            if (!needBody && reply.failure() == null && reply.status() >= 400 && !reply.retryable()) {
                reply = send(uri, "GET");
            }
            if (!reply.retryable() || retry >= options.retries()) {
                return reply;
            }
            Thread.sleep(delay(reply, retry).toMillis());
        }
    }

    private Reply send(URI uri, String method) throws InterruptedException {
        String host = uri.getHost() == null ? "" : uri.getHost();
        gate.acquire(host);
        try {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .timeout(options.timeout())
                    .header("User-Agent", "essaykit-check (link checker)")
                    .build();
            HttpResponse<byte[]> response = client.send(request, method.equals("GET")
                    ? HttpResponse.BodyHandlers.ofByteArray()
                    : responseInfo -> HttpResponse.BodySubscribers.replacing(null));
            return new Reply(response.statusCode(), response.headers(), response.body(), null);
        } catch (IOException e) {
            return new Reply(0, null, null, e);
        } catch (IllegalArgumentException e) {
            return new Reply(0, null, null, new IOException("malformed URL: " + e.getMessage(), e));
        } finally {
            gate.release(host);
        }
    }

    /** Retry-After when the server sent one (capped), else exponential backoff with up to 50% jitter. */
    private Duration delay(Reply reply, int retry) {
        if (reply.headers() != null) {
            var header = reply.headers().firstValue("retry-after");
            if (header.isPresent()) {
                Duration asked = retryAfter(header.get().strip(), options.clock().instant());
                if (asked != null) {
                    return asked.compareTo(options.maxRetryAfter()) > 0 ? options.maxRetryAfter() : asked;
                }
            }
        }
        long base = options.backoff().toMillis() << Math.min(retry, 10);
        return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    /** Seconds or an HTTP date; null when it is neither. */
    static Duration retryAfter(String value, Instant now) {
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }

    private List<Finding> findingFor(LinkAt at, String fragment, Outcome outcome) {
        ScannedPage.Link link = at.link();
        List<Finding> findings = new ArrayList<>();
        switch (outcome.verdict()) {
            case BROKEN -> findings.add(LinkChecker.finding(link, Finding.Level.ERROR, "external-broken",
                    "broken link `" + link.raw() + "` in " + link.where() + ": " + outcome.reason(),
                    "fix or remove the link, or link to an archived copy"));
            case UNVERIFIED -> findings.add(LinkChecker.finding(link,
                    options.failOnUnverified() ? Finding.Level.ERROR : Finding.Level.WARNING, "external-unverified",
                    "could not verify `" + link.raw() + "` in " + link.where() + ": " + outcome.reason(),
                    "check it in a browser; add an ignore rule if it stays unverifiable"));
            case OK -> {
                if (!outcome.redirects().isEmpty()) {
                    findings.add(LinkChecker.finding(link, Finding.Level.NOTE, "external-redirect",
                            "`" + link.raw() + "` redirects: " + String.join(" -> ", outcome.redirects()),
                            "link to the final address"));
                }
                boolean checkable = outcome.ids() != null && !fragment.isEmpty() && !fragment.equalsIgnoreCase("top");
                if (checkable && !outcome.ids().contains(fragment)
                        && !outcome.ids().contains(String.valueOf(SiteAddress.decodeOrNull(fragment)))) {
                    findings.add(LinkChecker.finding(link, Finding.Level.ERROR, "missing-fragment",
                            "broken fragment `" + link.raw() + "` in " + link.where() + ": the page has no id (or <a name>) `"
                                    + fragment + "`", "the target page may have renamed its headings"));
                }
            }
        }
        return findings;
    }
}
