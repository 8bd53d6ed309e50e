package org.essaykit.browser;

import org.essaykit.build.BuildRequest;
import org.essaykit.build.BuildResult;
import org.essaykit.build.Pipeline;
import org.essaykit.content.LoadOptions;
import org.essaykit.sim.Readout;
import org.essaykit.sim.Readouts;
import org.essaykit.sim.Simulation;
import org.essaykit.sim.Simulations;
import org.essaykit.testing.Browser;
import org.essaykit.testing.StaticServer;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each simulation page of our own site in headless Chromium, on WebAssembly GC and on the JavaScript
 * fallback: the bundle mounts the figure, runs it, and shows the same read-out as the JVM for the same seed.
 */
@Timeout(300)
class SimulationBrowserTest {

    /** in-context-gd trains for a while; a few steps show the browser computes what the JVM does. */
    private static final Map<String, Integer> STEPS = Map.of("in-context-gd", 3);

    @TempDir
    static Path dir;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndServe() throws Exception {
        BuildResult result = Pipeline.build(new BuildRequest(Path.of("").toAbsolutePath(), dir.resolve("site"),
                LoadOptions.published(TestSite.NOW)));
        assertEquals("", TestSite.formatted(result));
        server = new StaticServer(dir.resolve("site"), "");
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        Browser.stop(browser, server);
    }

    static Stream<Arguments> pages() {
        return Simulations.all().stream().flatMap(s -> Stream.of(Arguments.of(s.name(), "wasm-gc"),
                Arguments.of(s.name(), "js")));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("pages")
    void theFigureRunsAndShowsTheJvmsReadout(String name, String engine) {
        Simulation simulation = Simulations.named(name).orElseThrow();
        int steps = STEPS.getOrDefault(name, simulation.defaultSteps());
        browser.get(server.url("/simulations/" + name + "/" + (engine.equals("js") ? "?sim=js" : "")));
        WebElement figure = browser.findElement(By.cssSelector("figure[data-sim=\"" + name + "\"]"));
        waitFor(Duration.ofSeconds(30), () -> "ready".equals(figure.getDomAttribute("data-state")));
        assertEquals(engine, browser.findElement(By.tagName("html")).getDomAttribute("data-sim-engine"));

        if (steps == simulation.defaultSteps()) {
            click(figure, "run");
            waitFor(Duration.ofSeconds(240), () -> "done".equals(figure.getDomAttribute("data-state")));
        } else {
            for (int i = 0; i < steps; i++) {
                click(figure, "step");
            }
        }
        assertEquals(Integer.toString(steps), figure.getDomAttribute("data-step"));
        assertEquals(jvmReadout(simulation, steps), pageReadout(figure));
        assertEquals(List.of(), consoleErrors());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("engines")
    void typingASeedRunsWithThatSeed(String engine) {
        Simulation simulation = Simulations.named("orderings").orElseThrow();
        browser.get(server.url("/simulations/orderings/" + (engine.equals("js") ? "?sim=js" : "")));
        WebElement figure = browser.findElement(By.cssSelector("figure[data-sim=\"orderings\"]"));
        waitFor(Duration.ofSeconds(30), () -> "ready".equals(figure.getDomAttribute("data-state")));
        WebElement seed = figure.findElement(By.cssSelector("[data-param=\"seed\"]"));
        seed.clear(); // an empty field on the way is no seed: the figure waits
        seed.sendKeys("42");
        waitFor(Duration.ofSeconds(10), () -> "ready".equals(figure.getDomAttribute("data-state")));
        click(figure, "run");
        waitFor(Duration.ofSeconds(240), () -> "done".equals(figure.getDomAttribute("data-state")));
        assertEquals(jvmReadout(simulation, 42, simulation.defaultSteps()), pageReadout(figure));
        assertEquals(List.of(), consoleErrors());
    }

    /** The output sits next to the slider's label (a label may hold one control), and still follows it. */
    @ParameterizedTest(name = "on {0}")
    @MethodSource("engines")
    void movingASliderShowsItsValueNextToIt(String engine) {
        browser.get(server.url("/simulations/orderings/" + (engine.equals("js") ? "?sim=js" : "")));
        WebElement figure = browser.findElement(By.cssSelector("figure[data-sim=\"orderings\"]"));
        waitFor(Duration.ofSeconds(30), () -> "ready".equals(figure.getDomAttribute("data-state")));
        WebElement slider = figure.findElement(By.cssSelector(".sim-param input[type=range]"));
        WebElement output = slider.findElement(By.xpath("ancestor::span[@class='sim-param']/output"));
        String before = output.getText();
        slider.sendKeys(Keys.ARROW_RIGHT);
        waitFor(Duration.ofSeconds(10), () -> !output.getText().equals(before));
        assertEquals(slider.getDomProperty("value"), output.getText());
        assertEquals(List.of(), consoleErrors());
    }

    static Stream<String> engines() {
        return Stream.of("wasm-gc", "js");
    }

    private static Map<String, String> jvmReadout(Simulation simulation, int steps) {
        return jvmReadout(simulation, 1, steps);
    }

    private static Map<String, String> jvmReadout(Simulation simulation, long seed, int steps) {
        List<Readout> history = simulation.start(seed).runSteps(steps);
        Readout last = history.get(history.size() - 1);
        Map<String, String> shown = new LinkedHashMap<>();
        for (String name : last.names().subList(0, Math.min(last.names().size(), 1 + Readouts.CHARTED))) {
            shown.put(name, Readouts.format(last.value(name)));
        }
        return shown;
    }

    private static Map<String, String> pageReadout(WebElement figure) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (WebElement value : figure.findElements(By.cssSelector("[data-readout]"))) {
            shown.put(value.getDomAttribute("data-readout"), value.getText());
        }
        return shown;
    }

    private static void click(WebElement figure, String action) {
        figure.findElement(By.cssSelector("[data-action=\"" + action + "\"]")).click();
    }

    private static void waitFor(Duration timeout, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, timeout, Duration.ofMillis(100)).until(driver -> condition.getAsBoolean());
    }

    /** The browser asks every origin for /favicon.ico, which our site does not have. */
    private static List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .filter(message -> !message.contains("/favicon.ico"))
                .toList();
    }
}
