package org.essaykit.cli;

import org.essaykit.testing.Workflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an author does with the packaged jar: {@code java -jar target/essaykit.jar init DIR}, then what GitHub
 * Pages does with the new site: the workflow's {@code run:} lines in bash, at the origin and base path the Pages
 * configure step would report, and a link check of the result under that base path.
 */
class InitSiteIT {

    private static final Path PACKAGED_JAR = Path.of("target/essaykit.jar");
    private static final Path JAVA_BIN = Path.of(System.getProperty("java.home"), "bin");
    private static final String ORIGIN = "https://example.github.io";
    private static final String BASE_PATH = "/my-essays";

    @TempDir
    Path dir;

    /** A finished process: its exit code and what it printed (standard output and error together). */
    private record Ran(int code, String output) {
    }

    /** Runs {@code command} in {@code folder} with this JDK's {@code java} first on the PATH, as setup-java does. */
    private static Ran run(Path folder, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", JAVA_BIN + ":" + System.getenv("PATH"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // The first build compiles the starter simulation for the browser: tens of seconds on a busy machine.
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "still running: " + List.of(command));
        return new Ran(process.exitValue(), output);
    }

    private static Ran java(Path folder, String jar, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA_BIN.resolve("java").toString(), "-jar", jar));
        command.addAll(List.of(args));
        return run(folder, command.toArray(String[]::new));
    }

    @Test
    void anInitSiteBuildsOnPagesWithTheJarItCarriesAndChecksClean() throws Exception {
        assertTrue(Files.isRegularFile(PACKAGED_JAR), PACKAGED_JAR + " is made by `mvn package`; run `mvn verify`");
        Path site = dir.resolve("my-essays");
        Ran init = java(Path.of("."), PACKAGED_JAR.toString(), "init", site.toString(), "--title", "My essays");
        assertEquals(0, init.code(), init.output());
        assertTrue(init.output().contains(".essaykit/essaykit serve"), init.output());
        Path pinned = site.resolve(".essaykit/essaykit.jar");
        assertEquals(-1, Files.mismatch(PACKAGED_JAR, pinned), pinned + " is a copy of the packaged jar");
        assertTrue(Files.isExecutable(site.resolve(".essaykit/essaykit")), "the launcher beside it runs");

        String script = Workflow.read(site.resolve(".github/workflows/pages.yml")).script("build")
                .replace("${{ steps.pages.outputs.origin }}", ORIGIN)
                .replace("${{ steps.pages.outputs.base_path }}", BASE_PATH);
        assertFalse(script.contains("${{"), "every expression is one the Pages configure step sets: " + script);
        // GitHub runs `run:` steps with `bash -e {0}`; -o pipefail as `shell: bash` would.
        Ran pages = run(site, "bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script);
        assertEquals(0, pages.code(), script + "\n" + pages.output());
        assertTrue(Files.readString(site.resolve("site/posts/hello-world/index.html"))
                .contains("data-sim=\"proxy-correction\""), "the first post runs the site's starter simulation");
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(PACKAGED_JAR.toFile())) {
            byte[] ours = jar.getInputStream(jar.getEntry("sim/sim.wasm")).readAllBytes();
            assertFalse(java.util.Arrays.equals(ours, Files.readAllBytes(site.resolve("site/assets/sim/sim.wasm"))),
                    "the site's own bundle, compiled by the workflow's build, not the jar's");
        }
        String home = Files.readString(site.resolve("site/index.html"));
        assertTrue(home.contains("href=\"" + ORIGIN + BASE_PATH + "/\""), "canonical link at the Pages address");
        assertTrue(Files.isRegularFile(site.resolve(".essaykit/essaykit.jsa")),
                "the launcher made its class-data archive for this JVM as it built");
        assertTrue(Files.readString(site.resolve(".gitignore")).contains("/.essaykit/*.jsa*"),
                "the archive, tied to one JVM, is not committed");

        Ran check = java(site, ".essaykit/essaykit.jar", "check", "site", "--url", ORIGIN, "--baseurl", BASE_PATH);
        assertEquals(0, check.code(), check.output());
        assertTrue(check.output().startsWith("0 errors, 0 warnings"), check.output());
    }
}
