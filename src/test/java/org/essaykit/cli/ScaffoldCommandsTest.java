package org.essaykit.cli;

import org.essaykit.pipeline.BuildResult;
import org.essaykit.pipeline.BuildRequest;
import org.essaykit.pipeline.Pipeline;
import org.essaykit.content.LoadOptions;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScaffoldCommandsTest {

    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        CommandLine cli = EssaykitCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    /** The skeleton compiles, keeps the determinism rules and runs: a writer starts from something that works. */
    @Test
    void newSimWritesASkeletonThatCompilesAndRunsAndRefusesToOverwrite() throws Exception {
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "new", "sim", "goal-drift", "--source", dir.toString()), err.toString());
        Path file = dir.resolve("simulations/GoalDrift.java");
        assertTrue(Files.readString(file).contains("return \"goal-drift\";"));
        org.essaykit.simc.SiteSimulations simulations = org.essaykit.simc.SiteSimulations.load(dir);
        assertEquals(List.of(), simulations.problems());
        org.essaykit.sim.Simulation drift = simulations.catalog().named("goal-drift").orElseThrow();
        assertEquals(51, drift.start(1).runSteps(drift.defaultSteps()).size());

        Files.writeString(file, Files.readString(file) + "// mine\n");
        assertEquals(1, run(err, "new", "sim", "goal-drift", "--source", dir.toString()));
        assertTrue(err.toString().contains("already exists"), err.toString());
        assertTrue(Files.readString(file).endsWith("// mine\n"), "the existing file is untouched");
        assertEquals(2, run(err, "new", "sim", "Goal Drift", "--source", dir.toString()));
        assertTrue(err.toString().contains("not a simulation name"), err.toString());
    }

    @Test
    void newPostWritesFrontMatterWithTodaysDateAndRefusesToOverwrite() throws Exception {
        TestSite site = TestSite.in(dir);
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "new", "post", "Mesa-optimizers: a primer", "--tags", "alignment, inner",
                "--draft", "--source", site.root().toString()), err.toString());
        Path post = site.root().resolve("content/posts/mesa-optimizers-a-primer.md");
        String text = Files.readString(post);
        assertTrue(text.startsWith("---\ntitle: \"Mesa-optimizers: a primer\"\ndate: " + LocalDate.now()
                + "\ntags: [\"alignment\", \"inner\"]\ndraft: true\n"), text);

        Files.writeString(post, text + "My words.\n");
        assertEquals(1, run(err, "new", "post", "Mesa-optimizers: a primer", "--source", site.root().toString()));
        assertTrue(err.toString().contains("already exists"), err.toString());
        assertTrue(Files.readString(post).endsWith("My words.\n"), "the existing post is untouched");

        BuildResult drafts = Pipeline.build(new BuildRequest(site.root(), site.out(),
                new LoadOptions(true, false, java.time.Instant.now().plusSeconds(86_400))));
        assertTrue(drafts.succeeded(), TestSite.formatted(drafts));
    }

    /** A jar whose manifest starts essaykit, standing in for essaykit.jar: unit tests run from class folders. */
    private Path stubJar(String mainClass) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        Path jar = dir.resolve(mainClass + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("marker.txt"));
            out.write(mainClass.getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    @Test
    void initCreatesASiteThatCarriesItsJarAndBuildsWithoutErrors() throws Exception {
        Path site = dir.resolve("new-site");
        Path jar = stubJar("org.essaykit.Main");
        CliRun init = CliRun.of("init", site.toString(), "--title", "Fresh", "--tool", jar.toString());
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains(".essaykit/essaykit serve"), init.out());
        assertTrue(init.out().contains(".essaykit/essaykit build"), init.out());

        assertArrayEquals(Files.readAllBytes(jar), Files.readAllBytes(site.resolve(".essaykit/essaykit.jar")));
        assertEquals(List.of("/site/", "/.essaykit-cache/", "/.essaykit/*.jsa*"),
                Files.readAllLines(site.resolve(".gitignore")),
                "the jar and launcher are committed (the Pages workflow builds with them); the JVM-bound archive is not");
        assertEquals(Files.readString(Path.of("src/main/starter/.essaykit/essaykit")),
                Files.readString(site.resolve(".essaykit/essaykit")), "the launcher comes with the jar");
        assertTrue(Files.isExecutable(site.resolve(".essaykit/essaykit")));
        assertEquals(Files.readString(Path.of("src/main/starter/.github/workflows/pages.yml")),
                Files.readString(site.resolve(".github/workflows/pages.yml")), "the init sites' workflow, not ours");
        assertTrue(Files.isRegularFile(site.resolve("templates/post.html")));
        BuildResult result = Pipeline.build(new BuildRequest(site, site.resolve("site"),
                LoadOptions.published(java.time.Instant.now().plusSeconds(86_400))));
        assertEquals("", TestSite.formatted(result));
        assertTrue(Files.readString(site.resolve("site/index.html")).contains("Hello, world"));

        assertEquals(2, CliRun.of("init", site.toString(), "--tool", jar.toString()).code(),
                "refuses a folder that is not empty");
    }

    @Test
    void initFromClassFoldersSaysHowToGetTheJarAndCreatesNothing() {
        Path site = dir.resolve("new-site");
        CliRun init = CliRun.of("init", site.toString());
        assertEquals(2, init.code());
        assertTrue(init.err().contains("essaykit init needs to run from essaykit.jar"), init.err());
        assertTrue(init.err().contains("mvn -B -ntp -q package -DskipTests"), init.err());
        assertFalse(Files.exists(site), "nothing is created before the jar is found");
    }

    @Test
    void initRefusesAToolThatIsNotAnEssaykitJar() throws Exception {
        Path site = dir.resolve("new-site");
        CliRun other = CliRun.of("init", site.toString(), "--tool", stubJar("com.example.Other").toString());
        assertEquals(2, other.code());
        assertTrue(other.err().contains("is not an essaykit jar: its manifest's Main-Class is com.example.Other"),
                other.err());

        Path text = Files.writeString(dir.resolve("notes.txt"), "not a jar");
        CliRun notAJar = CliRun.of("init", site.toString(), "--tool", text.toString());
        assertEquals(2, notAJar.code());
        assertTrue(notAJar.err().contains(text + " is not a jar"), notAJar.err());
        assertFalse(Files.exists(site));
    }
}
