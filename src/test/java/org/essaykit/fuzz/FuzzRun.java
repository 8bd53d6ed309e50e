package org.essaykit.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The long fuzz run ({@code bench/fuzz.sh N [SEED]}): N inputs from {@link HostileInputs#any}, each built, then the
 * count, the time and every finding, with the input that caused it saved under {@code target/fuzz-findings/}.
 * Exits 1 when anything was found.
 */
public final class FuzzRun {

    private FuzzRun() {
    }

    public static void main(String[] args) throws IOException {
        int tries = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261204L;
        JqwikSession.start(); // arbitraries outside a property need a jqwik session
        Arbitrary<HostileSite> inputs = HostileInputs.any();
        RandomGenerator<HostileSite> generator = inputs.generator(1000);
        Random random = new Random(seed);
        Path findings = Path.of("target", "fuzz-findings");
        int found = 0;
        int failedBuilds = 0;
        long start = System.nanoTime();
        for (int i = 1; i <= tries; i++) {
            HostileSite input = generator.next(random).value();
            Path dir = Files.createTempDirectory("essaykit-fuzz");
            try {
                BuildProbe.Outcome outcome = BuildProbe.build(input, dir);
                if (outcome.result() != null && !outcome.result().succeeded()) {
                    failedBuilds++;
                }
                if (!outcome.ok()) {
                    found++;
                    Path saved = findings.resolve("finding-" + seed + "-" + i);
                    save(input, saved);
                    System.out.println("FINDING " + i + " (" + input.name() + ", saved in " + saved + "):\n  "
                            + String.join("\n  ", outcome.failures()));
                }
            } finally {
                delete(dir);
            }
            if (i % 50 == 0) {
                System.out.printf(java.util.Locale.ROOT, "%d inputs, %.0f s%n", i, (System.nanoTime() - start) / 1e9);
            }
        }
        System.out.printf(java.util.Locale.ROOT, "seed %d: %d inputs run in %.1f s, %d builds failed with diagnostics, "
                + "%d findings%n", seed, tries, (System.nanoTime() - start) / 1e9, failedBuilds, found);
        System.exit(found == 0 ? 0 : 1);
    }

    private static void save(HostileSite input, Path dir) throws IOException {
        for (Map.Entry<String, byte[]> file : input.files().entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        Files.writeString(dir.resolve("INPUT.txt"), input.name() + "\n", StandardCharsets.UTF_8);
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
