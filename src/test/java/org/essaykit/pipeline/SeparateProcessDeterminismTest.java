package org.essaykit.pipeline;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds the same site in two separate JVMs. Hash seeds, {@code Map.of} iteration order and thread
 * scheduling differ between processes, so only this catches output that depends on them. The social
 * cards (PNG drawn with Java2D) are compared too.
 */
class SeparateProcessDeterminismTest {

    @TempDir
    Path dir;

    @Test
    void buildsInTwoProcessesAreByteIdentical() throws Exception {
        Path source = TestSite.fixture(TestSite.resource("/sites/jekyll-blog"), dir.resolve("fixture")).root();
        Path first = dir.resolve("one");
        Path second = dir.resolve("two");
        buildInNewJvm(source, first);
        buildInNewJvm(source, second);
        assertTrue(TestSite.files(first).size() > 10);
        assertTrue(TestSite.files(first).contains("2023/05/05/first-post.card.png"),
                "the comparison covers the social cards drawn with Java2D");
        assertEquals(TestSite.digest(first), TestSite.digest(second));
    }

    private static String readLog(Path log) {
        try {
            return java.nio.file.Files.readString(log);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static void buildInNewJvm(Path source, Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = out.resolveSibling(out.getFileName() + ".log");
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.essaykit.Main", "build", "--quiet", "--source", source.toString(), "--out", out.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "build timed out");
        assertEquals(0, process.exitValue(), () -> readLog(log));
        assertTrue(new File(out.toFile(), "index.html").isFile());
    }
}
