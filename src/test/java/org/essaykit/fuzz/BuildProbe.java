package org.essaykit.fuzz;

import org.essaykit.pipeline.BuildResult;
import org.essaykit.diag.Diagnostic;
import org.essaykit.testing.TestSite;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Builds a {@link HostileSite} through the real pipeline and says what went wrong with the build itself (not with
 * the content): an exception, a hang, a diagnostic without a real place, a site/ changed by a failed build, or
 * temporary folders left behind. Content errors are fine: that is what hostile input should get.
 */
final class BuildProbe {

    /** Far above what any input of the corpus needs on a loaded two-core machine, far below "a hang". */
    static final long TIMEOUT_SECONDS = Long.getLong("essaykit.fuzz.timeout", 60);

    /** One post and the minimal theme; the inputs replace or add files. */
    static final String POST = "content/posts/essay.md";

    private static final ExecutorService BUILDS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "hostile-build");
        thread.setDaemon(true); // a hung build must not keep the test JVM alive
        return thread;
    });

    /** How the build of one input ended. */
    record Outcome(BuildResult result, List<String> failures) {
        boolean ok() {
            return failures.isEmpty();
        }

        String diagnostics() {
            return result == null ? "" : TestSite.formatted(result);
        }
    }

    private BuildProbe() {
    }

    static Outcome build(HostileSite input, Path dir) {
        TestSite site = TestSite.in(dir).write(POST, "---\ntitle: Essay\ndate: 2024-01-02\ntags: [one]\n---\n\nText.\n");
        input.files().forEach((path, bytes) -> write(dir.resolve(path), bytes));
        write(site.out().resolve("before.txt"), "the previous site".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Map<String, String> before = TestSite.digest(site.out());

        Future<BuildResult> run = BUILDS.submit((java.util.concurrent.Callable<BuildResult>) site::build);
        BuildResult result;
        List<String> failures = new ArrayList<>();
        try {
            result = run.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            return new Outcome(null, List.of("no result after " + TIMEOUT_SECONDS + " s"));
        } catch (ExecutionException e) {
            return new Outcome(null, List.of("threw " + trace(e.getCause())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, List.of("interrupted"));
        }
        if (!result.succeeded()) {
            if (result.diagnostics().stream().noneMatch(Diagnostic::isError)) {
                failures.add("failed without an error");
            }
            if (!TestSite.digest(site.out()).equals(before)) {
                failures.add("a failed build changed site/");
            }
        }
        for (Diagnostic d : result.diagnostics()) {
            Path file = d.pos().file();
            if (!file.isAbsolute() && !Files.exists(dir.resolve(file))) {
                failures.add("diagnostic names no file of the site: " + d.format());
            }
        }
        List<String> leftovers = leftovers(dir);
        if (!leftovers.isEmpty()) {
            failures.add("left temporary folders: " + leftovers);
        }
        return new Outcome(result, failures);
    }

    private static List<String> leftovers(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String trace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        String[] lines = text.toString().split("\n");
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        StackTraceElement[] frames = root.getStackTrace();
        return String.join("\n", java.util.Arrays.copyOf(lines, Math.min(lines.length, 6))) + "\n  root cause: " + root
                + "\n\tat " + (frames.length > 0 ? frames[0] : "?") + "\n\tat " + (frames.length > 1 ? frames[1] : "?");
    }
}
