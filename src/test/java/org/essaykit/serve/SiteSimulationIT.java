package org.essaykit.serve;

import org.essaykit.sim.Readout;
import org.essaykit.sim.Simulation;
import org.essaykit.sim.host.Readouts;
import org.essaykit.simc.SiteSimulations;
import org.essaykit.testing.BrowserSession;
import org.essaykit.testing.StaticServer;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A writer's own simulation, end to end with the packaged jar: {@code init} gives a site whose first post embeds
 * its starter simulation, {@code build} compiles it for the browser (TeaVM inside the jar), and in Chromium the
 * page's run agrees to the last bit with what {@code essaykit sim run} prints, on WebAssembly and on JavaScript.
 * Then {@code serve}: saving the Java recompiles it, the open tab says so and reloads with the new simulation, and
 * a compile error shows at its line while the last good bundle stays served.
 */
@Timeout(900)
class SiteSimulationIT {

    private static final Path PACKAGED_JAR = Path.of("target/essaykit.jar");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String SOURCE = "simulations/ProxyCorrection.java";
    private static final String PAGE = "/posts/hello-world/";

    @RegisterExtension
    final BrowserSession session = new BrowserSession();
    @TempDir
    Path dir;

    private static String jar(Path folder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", PACKAGED_JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "still running: " + command);
        assertEquals(0, process.exitValue(), command + "\n" + output);
        return output;
    }

    /** The default run as {@code essaykit sim run NAME --csv} prints it, every value with all its digits. */
    private static List<Readout> printedRun(Path site, String name) throws IOException, InterruptedException {
        List<String> lines = jar(site, "sim", "run", name, "--csv").lines().toList();
        String[] names = lines.get(0).split(",");
        List<Readout> history = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            Map<String, Double> values = new LinkedHashMap<>();
            for (int i = 1; i < cells.length; i++) {
                values.put(names[i], Double.parseDouble(cells[i]));
            }
            history.add(new Readout(Integer.parseInt(cells[0]), values));
        }
        return history;
    }

    @Test
    void aWritersSimulationCompilesRunsInTheBrowserAsOnTheJvmAndRecompilesOnSave() throws Exception {
        assertTrue(Files.isRegularFile(PACKAGED_JAR), PACKAGED_JAR + " is made by `mvn package`; run `mvn verify`");
        Path site = dir.resolve("essays");
        jar(dir, "init", site.toString(), "--title", "Essays");
        long start = System.nanoTime();
        jar(site, "build");
        long cold = System.nanoTime() - start;
        byte[] wasm = Files.readAllBytes(site.resolve("site/assets/sim/sim.wasm"));
        start = System.nanoTime();
        jar(site, "build");
        System.out.printf("site simulation build: cold %.1f s, cached %.1f s; bundle %d B wasm, %d B js%n",
                cold / 1e9, (System.nanoTime() - start) / 1e9, wasm.length,
                Files.size(site.resolve("site/assets/sim/sim.js")));
        assertArrayEquals(wasm, Files.readAllBytes(site.resolve("site/assets/sim/sim.wasm")), "the cached bundle");

        List<Readout> printed = printedRun(site, "proxy-correction");
        ChromeDriver browser = session.browser();
        try (StaticServer server = new StaticServer(site.resolve("site"), "")) {
            for (String engine : List.of("wasm-gc", "js")) {
                browser.get(server.url(PAGE + (engine.equals("js") ? "?sim=js" : "")));
                assertEquals(Readouts.digest(printed), runToTheEnd(browser, engine), engine + ": every bit of every step");
            }
        }

        try (RunningServer serve = RunningServer.of(TestSite.existing(site))) {
            browser.get(serve.uri(PAGE).toString());
            runToTheEnd(browser, "wasm-gc");
            String before = serve.get("/assets/sim/sim.js").body();
            String code = Files.readString(site.resolve(SOURCE));
            Files.writeString(site.resolve(SOURCE), code.replace("0.05, 0, 0.5, 0.01", "0.2, 0, 0.5, 0.01"));
            WebElement status = waiting(browser).until(b -> b.findElement(By.id("essaykit-building")));
            assertEquals("Compiling the site's simulations\u2026", status.getText());
            waiting(browser).until(b -> b.findElements(By.id("essaykit-building")).isEmpty()
                    && b.findElement(By.cssSelector("[data-param=\"chance\"]")).getDomProperty("value").equals("0.2"));
            Simulation edited = SiteSimulations.load(site).catalog().named("proxy-correction").orElseThrow();
            assertEquals(Readouts.digest(edited.start(1).runSteps(edited.defaultSteps())), runToTheEnd(browser, "wasm-gc"),
                    "the page runs the saved simulation");
            String good = serve.get("/assets/sim/sim.js").body();
            assertFalse(good.equals(before), "a new bundle");

            Files.writeString(site.resolve(SOURCE), code.replace("return 60;", "return 60"));
            WebElement overlay = waiting(browser).until(b -> b.findElement(By.id("essaykit-errors")));
            waiting(browser).until(b -> overlay.getText().contains("simulations/ProxyCorrection.java:52:18: error"));
            assertTrue(overlay.getText().contains("';' expected"), overlay.getText());
            assertEquals(good, serve.get("/assets/sim/sim.js").body(), "the last good bundle stays served");
        }
    }

    /**
     * Java that compiles on the JVM but uses what TeaVM's class library lacks fails the build at the site's line
     * that calls it (TeaVM itself names a JDK method deep inside the library), once, and the page's figure is not
     * an error of its own.
     */
    @Test
    void codeTheBrowserCannotRunIsAnErrorAtTheSitesLine() throws Exception {
        TestSite site = TestSite.bare(dir).write("content/posts/a.md", "---\ntitle: A\n---\n\n```sim proxy-correction\n```\n");
        String code = Files.readString(Path.of("src/main/starter/" + SOURCE))
                .replace("int before = withProxy;", "int before = withProxy + (ProcessHandle.current().pid() > 0 ? 0 : 1);");
        site.write(SOURCE, code);
        int line = (int) code.substring(0, code.indexOf("ProcessHandle")).lines().count();
        String errors = TestSite.formatted(site.build());
        assertTrue(errors.startsWith(SOURCE + ":" + line + ":1: error: this cannot run in the browser: Method java.lang."),
                errors);
        assertFalse(errors.contains("content/posts/a.md"), errors);
        assertFalse(Files.exists(site.root().resolve("site")), "nothing written");
    }

    /** Runs the page's figure to its last step on the engine and returns its digest of every read-out. */
    private static String runToTheEnd(ChromeDriver browser, String engine) {
        WebElement figure = waiting(browser).until(b -> {
            WebElement found = b.findElement(By.cssSelector("figure[data-sim=\"proxy-correction\"]"));
            return "ready".equals(found.getDomAttribute("data-state")) ? found : null;
        });
        assertEquals(engine, browser.findElement(By.tagName("html")).getDomAttribute("data-sim-engine"));
        figure.findElement(By.cssSelector("[data-action=\"run\"]")).click();
        waiting(browser).until(b -> "done".equals(figure.getDomAttribute("data-state")));
        return figure.getDomAttribute("data-digest");
    }

    private static WebDriverWait waiting(ChromeDriver browser) {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(180), Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
    }
}
