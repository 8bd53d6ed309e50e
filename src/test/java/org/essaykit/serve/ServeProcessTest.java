package org.essaykit.serve;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code essaykit serve} as a real process on 127.0.0.1, under the clients issue 13 used against it: hundreds of
 * half-open connections, slow-loris clients that never finish their headers, more connections than the cap; and
 * stopped by SIGINT and SIGTERM. Limits are lowered with -D (as a user may) so that timeouts show in seconds.
 */
@Timeout(180)
class ServeProcessTest {

    private static final Pattern SERVING = Pattern.compile("serving (http://127\\.0\\.0\\.1:(\\d+)/)");

    @TempDir
    Path dir;

    private final List<Socket> sockets = new ArrayList<>();
    private Process process;
    private final BlockingQueue<String> output = new LinkedBlockingQueue<>();
    private String home;
    private int port;

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private void serve(String... properties) throws Exception {
        TestSite.in(dir.resolve("site")).write("content/posts/one.md", "---\ntitle: One\ndate: 2025-01-01\n---\nHi.\n");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(properties));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.essaykit.Main", "serve",
                "--source", dir.resolve("site").toString(), "--port", "0"));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        for (String line = output.poll(60, TimeUnit.SECONDS); ; line = output.poll(60, TimeUnit.SECONDS)) {
            assertNotNull(line, "serve printed no address within 60 s");
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                home = m.group(1);
                port = Integer.parseInt(m.group(2));
                return;
            }
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        sockets.add(socket);
        return socket;
    }

    private int getHome() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(HttpRequest.newBuilder(URI.create(home)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The threads of the server process, as Linux counts them. */
    private int threads() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("Threads:")) {
                return Integer.parseInt(line.substring("Threads:".length()).strip());
            }
        }
        throw new IllegalStateException("no Threads: line for " + process.pid());
    }

    /** True when the server closed the connection within the wait (end of stream or reset). */
    private static boolean closedByServer(Socket socket, Duration wait) throws IOException {
        socket.setSoTimeout((int) wait.toMillis());
        try {
            return socket.getInputStream().read() == -1;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Test
    void halfOpenAndSlowLorisClientsNeitherStallTheServerNorGrowItsThreads() throws Exception {
        serve("-Dsun.net.httpserver.maxReqTime=2");
        assertEquals(200, getHome());
        int before = threads();
        for (int i = 0; i < 200; i++) {
            connect(); // connects and never sends a byte
        }
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < 40; i++) { // more than the 16 request threads
            Socket socket = connect();
            OutputStream out = socket.getOutputStream();
            out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            slow.add(socket);
        }
        Thread.sleep(500);
        int during = threads();
        assertEquals(200, getHome(), "a reader still gets the page once the slow clients are cut off");
        assertTrue(during - before <= ServerLimits.DEFAULT.workers(),
                "240 open connections took " + (during - before) + " more threads (" + before + " -> " + during + ")");
        for (Socket socket : slow) {
            assertTrue(closedByServer(socket, Duration.ofSeconds(10)), "a client that never finished its headers "
                    + "was cut off after the request time");
        }
    }

    @Test
    void connectionsOverTheCapAreClosedAtOnce() throws Exception {
        serve("-Djdk.httpserver.maxConnections=20");
        for (int i = 0; i < 20; i++) {
            connect();
        }
        Socket over = connect();
        assertTrue(closedByServer(over, Duration.ofSeconds(10)), "the 21st connection is closed by the server");
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
        Thread.sleep(1500); // the server notices the closed connections on its next selector pass
        assertEquals(200, getHome(), "once clients leave, new ones are served");
    }

    @Test
    void sigintAndSigtermStopCleanlyWithExitCodeZero() throws Exception {
        for (String signal : List.of("INT", "TERM")) {
            serve();
            Socket open = connect();
            Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(process.pid())).start();
            assertEquals(0, kill.waitFor());
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "SIG" + signal + " stopped serve");
            assertEquals(0, process.exitValue(), "SIG" + signal + ": " + output);
            assertTrue(output.contains("stopped"), "SIG" + signal + " said stopped: " + output);
            assertTrue(closedByServer(open, Duration.ofSeconds(5)));
            assertThrows(IOException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close(),
                    "nothing listens on the port any more");
            output.clear();
        }
    }
}
