package org.essaykit.serve;

import org.essaykit.live.LiveBuild;
import org.essaykit.content.LoadOptions;
import org.essaykit.testing.TestSite;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real {@link DevServer} on 127.0.0.1 (a free port) over a test site, with every build it reported. */
final class RunningServer implements AutoCloseable {

    final DevServer server;
    final List<LiveBuild.Outcome> builds = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private RunningServer(TestSite site, int port) throws IOException {
        LoadOptions load = new LoadOptions(true, true, TestSite.NOW);
        server = DevServer.start(new DevServer.Options(site.root(), InetAddress.getLoopbackAddress(), port, load),
                builds::add);
    }

    /** As {@code essaykit serve} runs by default (drafts and future posts included), on a free port. */
    static RunningServer of(TestSite site) throws IOException {
        return new RunningServer(site, 0);
    }

    /** Another server on the port of one that was closed: {@code essaykit serve} started again. */
    RunningServer restart(TestSite site) throws IOException {
        close();
        return new RunningServer(site, server.port());
    }

    URI uri(String rawPath) {
        return URI.create("http://127.0.0.1:" + server.port() + rawPath);
    }

    HttpResponse<String> get(String rawPath, String... headers) throws IOException, InterruptedException {
        return send("GET", rawPath, headers);
    }

    HttpResponse<String> send(String method, String rawPath, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(rawPath)).method(method,
                HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    EventStream events() throws IOException {
        return EventStream.open(uri(SiteHandler.EVENTS));
    }

    @Override
    public void close() {
        server.close();
    }
}
