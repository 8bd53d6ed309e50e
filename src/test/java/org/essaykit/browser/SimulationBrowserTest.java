package org.essaykit.browser;

import org.essaykit.sim.Readout;
import org.essaykit.sim.host.Readouts;
import org.essaykit.sim.Simulation;
import org.essaykit.sim.builtin.BuiltInSimulations;
import org.essaykit.simc.SimulationCatalog;
import org.essaykit.testing.BrowserSession;
import org.essaykit.testing.OurSite;
import org.essaykit.testing.StaticServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each simulation page of our own site in headless Chromium, on WebAssembly GC and on the JavaScript
 * fallback: the bundle mounts the figure and runs it for the simulation's whole default run (in-context-gd
 * trains for 5,000 Adam updates), and shows every read-out as the JVM does for the same seed. Beyond the
 * four decimals shown, the figure's digest of every bit of every read-out of every step must equal the JVM's:
 * the cores use only +, -, *, / and sqrt on doubles (IEEE 754 rounds those the same everywhere, and neither
 * JavaScript nor Wasm contracts them into fused multiply-adds), plus {@code DetMath} for log and exp, so no
 * tolerance is needed.
 */
@Timeout(600)
class SimulationBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    @TempDir
    static Path dir;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndServe() throws Exception {
        server = session.closeAfter(new StaticServer(OurSite.build(dir), ""));
        browser = session.browser();
    }


    static Stream<Arguments> pages() {
        return BuiltInSimulations.all().stream().flatMap(s -> Stream.of(Arguments.of(s.name(), "wasm-gc"),
                Arguments.of(s.name(), "js")));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("pages")
    void theFigureRunsAndShowsTheJvmsReadout(String name, String engine) {
        Simulation simulation = SimulationCatalog.builtInOnly().named(name).orElseThrow();
        WebElement figure = open(name, engine);
        click(figure, "run");
        waitFor(Duration.ofSeconds(300), () -> "done".equals(figure.getDomAttribute("data-state")));
        assertEquals(Integer.toString(simulation.defaultSteps()), figure.getDomAttribute("data-step"));
        List<Readout> history = simulation.start(1).runSteps(simulation.defaultSteps());
        assertEquals(shown(history), pageReadout(figure));
        assertEquals(Readouts.digest(history), figure.getDomAttribute("data-digest"), "every bit of every step");
        assertChartDrawn(figure, simulation);
        assertEquals(List.of(), consoleErrors());
    }

    /**
     * The live canvas replaced the build's SVG, is drawn at the screen's pixel density (so its text is sharp
     * and as large as the page's), and has every charted line in the colour its legend and read-out show.
     */
    private static void assertChartDrawn(WebElement figure, Simulation simulation) {
        assertEquals(Boolean.TRUE, browser.executeScript(
                "return arguments[0].querySelector('.sim-static').hidden && !arguments[0].querySelector('canvas').hidden",
                figure));
        List<String> colours = simulation.chart().stream().flatMap(List::stream)
                .map(name -> org.essaykit.sim.host.Chart.colour(simulation.chart(), name)).toList();
        @SuppressWarnings("unchecked")
        Map<String, Object> canvas = (Map<String, Object>) browser.executeScript("""
                const canvas = arguments[0].querySelector('canvas');
                const targets = arguments[1].map(c => [1, 3, 5].map(k => parseInt(c.substr(k, 2), 16)));
                const counts = arguments[1].map(() => 0);
                const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                for (let i = 0; i < data.length; i += 4) {
                  // Lines are anti-aliased: count pixels near the colour, not only exact ones.
                  targets.forEach((t, n) => {
                    if (data[i + 3] > 200 && t.every((v, k) => Math.abs(data[i + k] - v) < 48)) counts[n]++;
                  });
                }
                return {width: canvas.width, expected: Math.round(canvas.clientWidth * devicePixelRatio), counts};
                """, figure, colours);
        assertEquals(canvas.get("expected"), canvas.get("width"));
        @SuppressWarnings("unchecked")
        List<Number> counts = (List<Number>) canvas.get("counts");
        // A legend word is a few dozen such pixels; a line across the chart, hundreds (fewer for in-context-gd's
        // loss, which the GD loss drawn over it hides once they meet).
        for (int n = 0; n < colours.size(); n++) {
            assertTrue(counts.get(n).longValue() > 100, "the line in " + colours.get(n) + ": " + counts + " pixels");
        }
    }

    private static WebElement open(String name, String engine) {
        browser.get(server.url("/simulations/" + name + "/" + (engine.equals("js") ? "?sim=js" : "")));
        WebElement figure = browser.findElement(By.cssSelector("figure[data-sim=\"" + name + "\"]"));
        waitFor(Duration.ofSeconds(30), () -> "ready".equals(figure.getDomAttribute("data-state")));
        assertEquals(engine, browser.findElement(By.tagName("html")).getDomAttribute("data-sim-engine"));
        return figure;
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("engines")
    void typingASeedRunsWithThatSeed(String engine) {
        Simulation simulation = SimulationCatalog.builtInOnly().named("orderings").orElseThrow();
        WebElement figure = open("orderings", engine);
        WebElement seed = figure.findElement(By.cssSelector("[data-param=\"seed\"]"));
        seed.clear(); // an empty field on the way is no seed: the figure waits
        seed.sendKeys("42");
        waitFor(Duration.ofSeconds(10), () -> "ready".equals(figure.getDomAttribute("data-state")));
        click(figure, "run");
        waitFor(Duration.ofSeconds(240), () -> "done".equals(figure.getDomAttribute("data-state")));
        List<Readout> history = simulation.start(42).runSteps(simulation.defaultSteps());
        assertEquals(shown(history), pageReadout(figure));
        assertEquals(Readouts.digest(history), figure.getDomAttribute("data-digest"));
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

    /** Every read-out of the last step, as the page shows it. */
    private static Map<String, String> shown(List<Readout> history) {
        Readout last = history.get(history.size() - 1);
        Map<String, String> shown = new LinkedHashMap<>();
        for (String name : last.names()) {
            shown.put(name, Readouts.format(last.value(name)));
        }
        return shown;
    }

    private static Map<String, String> pageReadout(WebElement figure) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (WebElement value : figure.findElements(By.cssSelector("[data-readout]"))) {
            shown.put(value.getDomAttribute("data-readout"), value.getDomProperty("textContent"));
        }
        return shown;
    }

    private static void click(WebElement figure, String action) {
        figure.findElement(By.cssSelector("[data-action=\"" + action + "\"]")).click();
    }

    private static void waitFor(Duration timeout, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, timeout, Duration.ofMillis(100)).until(driver -> condition.getAsBoolean());
    }

    /** Our theme links a favicon, so the browser asks for no /favicon.ico and every error counts. */
    private static List<String> consoleErrors() {
        return OurSite.consoleErrors(browser);
    }
}
