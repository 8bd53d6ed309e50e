import org.essaykit.pipeline.BuildRequest;
import org.essaykit.live.LiveBuild;
import org.essaykit.content.LoadOptions;
import org.essaykit.diag.Diagnostic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Times {@code LiveBuild.rebuild} for one-post body edits, as {@code essaykit serve} does them: a full start, then
 * EDITS edits, each a paragraph appended to a post (write the file, rebuild with that path), each followed by an
 * untimed rebuild that restores the post. Prints the start time and the median and 95th percentile of the timed
 * rebuilds, with how many pages each rendered. With ESSAYKIT_BENCH_EDIT=title each edit changes the post's title
 * instead: the title is swapped into the last graph, and the pages and lists showing it are planned again.
 *
 *   java -cp target/classes:DEPS bench/LiveBuildBench.java SITE_DIR [EDITS] [WARMUP]
 *
 * SITE_DIR must be a scratch copy: posts are edited in place (and restored).
 */
public class LiveBuildBench {

    private static final boolean TITLE_EDITS = "title".equals(System.getenv("ESSAYKIT_BENCH_EDIT"));

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]).toAbsolutePath().normalize();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<Path> posts;
        try (Stream<Path> walk = Files.walk(site.resolve("content/posts"))) {
            posts = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        LiveBuild live = LiveBuild.of(new BuildRequest(site, site.resolve("site"),
                new LoadOptions(true, true, Instant.now())));
        long begin = System.nanoTime();
        LiveBuild.Outcome start = live.start();
        double startMs = (System.nanoTime() - begin) / 1e6;
        check(start, "start");
        System.out.printf("site %s: %d posts, %d files; start %.0f ms%n", site, posts.size(),
                start.site().files().size(), startMs);

        List<Double> times = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        java.util.Map<String, List<Double>> stageTimes = new java.util.LinkedHashMap<>();
        for (int i = 0; i < warmup + edits; i++) {
            Path post = posts.get((int) ((long) i * 7919 % posts.size()));
            String original = Files.readString(post, StandardCharsets.UTF_8);
            String text = TITLE_EDITS ? original.replaceFirst("(?m)^title: (\"?)(.*?)\\1$", "title: $1$2, retitled " + i + "$1")
                    : original + "\nAn added paragraph, edit number " + i + ", with a few new words.\n";
            Files.writeString(post, text, StandardCharsets.UTF_8);
            long t = System.nanoTime();
            LiveBuild.Outcome edited = live.rebuild(Set.of(post));
            double ms = (System.nanoTime() - t) / 1e6;
            check(edited, "edit " + i + " of " + post);
            if (i >= warmup) {
                edited.work().stages().forEach((stage, took) -> stageTimes.computeIfAbsent(stage, k -> new ArrayList<>())
                        .add(took.toNanos() / 1e6));
                times.add(ms);
                pages.add(edited.work().pagesRendered().size());
            }
            Files.writeString(post, original, StandardCharsets.UTF_8);
            check(live.rebuild(Set.of(post)), "restore " + post);
        }
        System.out.println("median per stage (ms): " + stageTimes.entrySet().stream()
                .map(e -> String.format("%s %.1f", e.getKey(), percentile(e.getValue().stream().sorted().toList(), 50)))
                .collect(Collectors.joining(", ")));
        List<Double> sorted = times.stream().sorted().toList();
        System.out.printf("%d one-post " + (TITLE_EDITS ? "title" : "body") + " edits: rebuild median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms;"
                        + " pages rendered per edit: median %d, max %d%n", edits, percentile(sorted, 50),
                percentile(sorted, 95), sorted.get(0), sorted.get(sorted.size() - 1),
                pages.stream().sorted().toList().get(pages.size() / 2), pages.stream().max(Comparator.naturalOrder()).orElse(0));
    }

    /** Nearest-rank percentile. */
    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static void check(LiveBuild.Outcome outcome, String what) {
        if (!outcome.succeeded()) {
            System.err.println(what + " failed:\n" + outcome.diagnostics().stream().filter(Diagnostic::isError)
                    .map(Diagnostic::format).collect(Collectors.joining("\n")));
            System.exit(1);
        }
    }
}
