import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Edit-to-reload latency of {@code essaykit serve}: appends a word to one post, and times from the write
 * to the {@code reload} event on the server's event stream, as an open tab receives it.
 *
 * <p>Usage: {@code java bench/ServeLatency.java SERVER_URL POST_FILE RUNS [WARMUP]}; bench/serve-bench.sh
 * starts the server and runs this. Prints every run in ms, then the median and the 95th percentile.
 */
public final class ServeLatency {

    private record Event(String name, String data, long nanos) {
    }

    private static final long TIMEOUT_SECONDS = 600;
    /** Between edits, so each one is its own rebuild rather than coalesced with the previous one. */
    private static final long PAUSE_MILLIS = 150;

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java bench/ServeLatency.java SERVER_URL POST_FILE RUNS [WARMUP]");
            System.exit(2);
        }
        URI server = URI.create(args[0]);
        Path post = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        BlockingQueue<Event> events = listen(server);
        await(events, "hello");

        List<Double> millis = new ArrayList<>();
        for (int i = 1; i <= warmup + runs; i++) {
            Thread.sleep(PAUSE_MILLIS);
            events.clear();
            long start = System.nanoTime();
            Files.writeString(post, "\nword" + i + "\n", StandardOpenOption.APPEND);
            Event reload = await(events, "reload");
            double ms = (reload.nanos() - start) / 1e6;
            if (i > warmup) {
                millis.add(ms);
                System.out.printf(Locale.ROOT, "run %3d  %9.1f ms%n", i - warmup, ms);
            }
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "edit-to-reload over %d runs (+%d warm-up): median %.1f ms, p95 %.1f ms, "
                + "min %.1f ms, max %.1f ms%n", runs, warmup, percentile(millis, 50), percentile(millis, 95),
                millis.get(0), millis.get(millis.size() - 1));
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static Event await(BlockingQueue<Event> events, String name) throws InterruptedException {
        while (true) {
            Event event = events.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (event == null) {
                throw new IllegalStateException("no " + name + " event within " + TIMEOUT_SECONDS + " s");
            }
            if (event.name().equals("errors")) {
                throw new IllegalStateException("the edit broke the build: " + event.data());
            }
            if (event.name().equals(name)) {
                return event;
            }
        }
    }

    /** Reads the event stream over HTTP/1.0 (no chunking) on a thread of its own, stamping each event on arrival. */
    private static BlockingQueue<Event> listen(URI server) throws IOException {
        Socket socket = new Socket(server.getHost(), server.getPort());
        socket.getOutputStream().write(("GET /_essaykit/events HTTP/1.0\r\nHost: " + server.getHost() + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            String name = null;
            String data = "";
            try {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("event: ")) {
                        name = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        data = line.substring(6);
                    } else if (line.isEmpty() && name != null) {
                        events.add(new Event(name, data, System.nanoTime()));
                        name = null;
                    }
                }
            } catch (IOException e) {
                // the server stopped
            }
        }, "event-stream");
        reader.setDaemon(true);
        reader.start();
        return events;
    }
}
