package org.essaykit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher {@code mvn package} puts beside the jar (target/essaykit, the README's build command): it builds a
 * one-post site as {@code java -jar} does, makes its class-data archive on the first build, and when the archive is
 * unusable still builds, printing nothing more.
 */
class LauncherIT {

    private static final Path PACKAGED = Path.of("target");
    private static final Path JAVA_BIN = Path.of(System.getProperty("java.home"), "bin");

    @TempDir
    Path dir;

    /** A finished process: exit code, standard output and standard error apart (the fallback must add to neither). */
    private record Ran(int code, String out, String err) {
    }

    private static Ran run(Path folder, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().put("PATH", JAVA_BIN + ":" + System.getenv("PATH"));
        builder.environment().remove("JAVA_HOME");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            Process process = builder.redirectError(err.toFile()).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "still running: " + List.of(command));
            return new Ran(process.exitValue(), out, Files.readString(err));
        } finally {
            Files.delete(err);
        }
    }

    /** A copy of the packaged launcher and jar in their own folder, so its archive is this test's alone. */
    private Path tool() throws IOException {
        Path tool = Files.createDirectories(dir.resolve("tool"));
        for (String name : List.of("essaykit", "essaykit.jar")) {
            Path packaged = PACKAGED.resolve(name);
            assertTrue(Files.isRegularFile(packaged), packaged + " is made by `mvn package`; run `mvn verify`");
            Files.copy(packaged, tool.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        }
        assertTrue(Files.isExecutable(tool.resolve("essaykit")), "the packaged launcher is executable");
        return tool;
    }

    @Test
    void buildsAOnePostSiteAsJavaJarDoesAndFallsBackSilentlyOnABrokenArchive() throws Exception {
        Path tool = tool();
        Path launcher = tool.resolve("essaykit");
        Path site = dir.resolve("one");
        Ran init = run(dir, JAVA_BIN.resolve("java").toString(), "-jar", tool.resolve("essaykit.jar").toString(),
                "init", site.toString());
        assertEquals(0, init.code(), init.err());
        Ran plain = run(site, JAVA_BIN.resolve("java").toString(), "-jar", tool.resolve("essaykit.jar").toString(),
                "build", "--out", "plain");
        assertEquals(0, plain.code(), plain.err());

        Ran first = run(site, launcher.toString(), "build", "--out", "first");
        assertEquals(0, first.code(), first.err());
        assertEquals(plain.err(), first.err(), "making the archive prints nothing");
        Path archive = tool.resolve("essaykit.jsa");
        assertTrue(Files.size(archive) > 0, "the first build made " + archive);
        Ran second = run(site, launcher.toString(), "build", "--out", "second");
        assertEquals(0, second.code(), second.err());
        assertEquals(plain.err(), second.err());
        assertSameSite(site.resolve("plain"), site.resolve("second"));

        byte[] garbage = new byte[4096];
        java.util.Arrays.fill(garbage, (byte) 0x5a);
        archive.toFile().setWritable(true);
        Files.write(archive, garbage);
        archive.toFile().setLastModified(System.currentTimeMillis() + 60_000);
        Ran broken = run(site, launcher.toString(), "build", "--out", "broken");
        assertEquals(0, broken.code(), broken.out() + broken.err());
        assertEquals(plain.err(), broken.err(), "an unusable archive adds nothing to standard error");
        assertEquals(withoutTime(plain.out().replace("plain", "broken")), withoutTime(broken.out()));
        assertSameSite(site.resolve("plain"), site.resolve("broken"));

        Ran version = run(site, launcher.toString(), "--version");
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().startsWith("essaykit "), version.out());
    }

    /** The build's summary line without its duration, which varies from run to run. */
    private static String withoutTime(String out) {
        return out.replaceAll("in [0-9.]+ s", "in _ s");
    }

    private static void assertSameSite(Path expected, Path actual) throws IOException {
        assertArrayEquals(Files.readAllBytes(expected.resolve("index.html")),
                Files.readAllBytes(actual.resolve("index.html")), actual + " is built as " + expected);
    }
}
