package org.essaykit.browser;

import org.essaykit.testing.BrowserSession;
import org.essaykit.testing.OurSite;
import org.essaykit.testing.StaticServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our own site as a reader meets it, in headless Chromium: axe-core (injected from the test resources, never
 * downloaded) finds no violation of its WCAG 2.x A/AA rules on any page at 1280 px (in dark, the rules a colour
 * scheme can change), nor on one page of each type at 390 px; the graph page fits the screen with no label over
 * another; one page of each type neither
 * overflows sideways at 320, 390, 768 or 1280 px nor logs a console error; and its layout shifts (the
 * {@code layout-shift} entries a PerformanceObserver reports, without recent input) add up to at most 0.02 at
 * 390 and 1280 px, also when the reader lands on a heading below a simulation figure.
 *
 * <p>With {@code -Dessaykit.screenshots=DIR} it also saves a full-page screenshot of each page type at 390 and
 * 1280 px, light and dark, for a person to look at.
 */
@Timeout(1200)
class ReaderAcceptanceBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    @TempDir
    static Path dir;
    static StaticServer server;
    static ChromeDriver browser;
    static String axe;

    /** One page of each type of our site; every simulation page, since each draws its own figure. */
    static final List<String> PAGE_TYPES = List.of("/", "/posts/deceptive-alignment-is-unlikely-by-default/",
            "/posts/poc-hierarchy-and-disanalogies/", "/posts/seri-mats-submission/", "/concepts/",
            "/concepts/myopia/", "/graph/", "/poc-matrix/", "/simulations/", "/simulations/orderings/",
            "/simulations/evolution/", "/simulations/gridworld/", "/simulations/in-context-gd/", "/archive/",
            "/tags/", "/tags/deceptive-alignment/", "/search/?q=myopia", "/404.html");

    static final double MAX_SHIFT = 0.02;

    @BeforeAll
    static void buildAndServe() throws Exception {
        server = session.closeAfter(new StaticServer(OurSite.build(dir), ""));
        browser = session.browser();
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(120));
        try (InputStream in = ReaderAcceptanceBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every HTML page of the built site, as a path under the server. */
    static List<String> everyPage() throws IOException {
        Path site = dir.resolve("site");
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> "/" + site.relativize(f).toString().replace('\\', '/'))
                    .map(p -> p.endsWith("/index.html") ? p.substring(0, p.length() - "index.html".length()) : p)
                    .sorted().toList();
        }
    }

    @Test
    void axeFindsNoViolationOnAnyPageInLightOrDark() throws IOException {
        List<String> pages = everyPage();
        assertTrue(pages.size() > 40, "the whole site: " + pages);
        List<String> found = new ArrayList<>();
        // Each page is loaded once and checked in both schemes: the colour scheme is a media feature, and the
        // page's styles follow a change of it without a reload.
        // A scheme changes colours only, so in dark only the rules about colour run again.
        for (String page : pages) {
            view(1280, "light");
            open(page);
            axeViolations(WCAG_AA).forEach(v -> found.add("light " + page + ": " + v));
            view(1280, "dark");
            axeViolations(COLOUR_RULES).forEach(v -> found.add("dark " + page + ": " + v));
        }
        view(390, "light");
        for (String page : PAGE_TYPES) {
            open(page);
            axeViolations(WCAG_AA).forEach(v -> found.add("light 390px " + page + ": " + v));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void noPageTypeOverflowsSidewaysOrLogsAnError() {
        List<String> found = new ArrayList<>();
        for (int width : new int[] {320, 390, 768, 1280}) {
            for (String page : PAGE_TYPES) {
                view(width, "light");
                open(page);
                settle();
                // Both schemes on one load: the page's styles follow the media feature without a reload.
                for (String scheme : List.of("light", "dark")) {
                    view(width, scheme);
                    Number overflow = (Number) browser.executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    if (overflow.intValue() > 0) {
                        found.add(width + "px " + scheme + " " + page + ": " + overflow + " px too wide, widest: "
                                + browser.executeScript(WIDEST));
                    }
                }
                consoleErrors().forEach(e -> found.add(width + "px " + page + ": " + e));
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void noPageTypeShiftsAsItLoads() {
        assertEquals(List.of(), shiftsOverTheLimit(PAGE_TYPES));
    }

    /** A heading just below the essay's calculator, one below each simulation page's figure, one above the POC post's. */
    @Test
    void landingOnAHeadingBelowAFigureDoesNotShift() {
        List<String> anchors = List.of(
                "/posts/deceptive-alignment-is-unlikely-by-default/#pre-trained-models-are-unlikely-to-develop-the-necessary-properties",
                "/posts/poc-hierarchy-and-disanalogies/#answer-to-the-follow-up-questions",
                "/simulations/orderings/#the-model", "/simulations/evolution/#the-model",
                "/simulations/gridworld/#the-model", "/simulations/in-context-gd/#the-model");
        assertEquals(List.of(), shiftsOverTheLimit(anchors));
    }

    /** "myopic" finds the Myopia page (stems meet), and a word in no document asks for no shard (no 404). */
    @Test
    void searchMatchesWordFormsAndAMissFetchesNothing() {
        view(1280, "light");
        open("/search/?q=myopic");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> d.findElement(org.openqa.selenium.By.id("search-results")).getDomProperty("innerHTML")
                        .contains("/concepts/myopia/"));
        open("/search/?q=zzqxv");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> "0 results".equals(d.findElement(org.openqa.selenium.By.id("search-status")).getText()));
        assertEquals(List.of(), consoleErrors());
    }

    /**
     * The graph page shows one picture that fits the viewport (no scroll box on a phone), every label drawn in
     * Chromium's own text metrics clear of every other label and of every circle but its own node's, and on a
     * desktop a label for every node, posts included.
     */
    @Test
    void theGraphFitsTheScreenAndNoLabelCoversAnother() {
        List<String> found = new ArrayList<>();
        for (int width : new int[] {320, 390, 1280}) {
            view(width, "light");
            open("/graph/");
            // Two frames after the load: on a loaded machine the first measurement came before the last layout.
            browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " requestAnimationFrame(() => requestAnimationFrame(() => done()));");
            @SuppressWarnings("unchecked")
            Map<String, Object> seen = (Map<String, Object>) browser.executeScript("""
                    const shown = [...document.querySelectorAll('svg.concept-graph')]
                        .filter(s => s.getClientRects().length > 0);
                    if (shown.length !== 1) return {error: shown.length + ' pictures shown'};
                    const svg = shown[0];
                    const box = svg.getBoundingClientRect();
                    const nodes = [...svg.querySelectorAll('.nodes > *')];
                    const labels = [], circles = [];
                    nodes.forEach((n, i) => {
                      circles.push(n.querySelector('circle').getBoundingClientRect());
                      const t = n.querySelector('text');
                      if (t) labels.push({i, r: t.getBoundingClientRect(), name: n.querySelector('title').textContent});
                    });
                    const meet = (a, b) => a.left < b.right - .5 && b.left < a.right - .5
                        && a.top < b.bottom - .5 && b.top < a.bottom - .5;
                    const overlaps = [];
                    for (const a of labels) {
                      for (const b of labels) if (a.i < b.i && meet(a.r, b.r)) overlaps.push(a.name + ' / ' + b.name);
                      circles.forEach((c, k) => { if (k !== a.i && meet(a.r, c)) overlaps.push(a.name + ' over a circle'); });
                      if (a.r.left < box.left - .5 || a.r.right > box.right + .5) overlaps.push(a.name + ' leaves the picture');
                    }
                    return {right: box.right, viewport: document.documentElement.clientWidth,
                            nodes: nodes.length, labels: labels.length, overlaps};
                    """);
            if (seen.containsKey("error")) {
                found.add(width + "px: " + seen.get("error"));
                continue;
            }
            if (((Number) seen.get("right")).doubleValue() > ((Number) seen.get("viewport")).doubleValue()) {
                found.add(width + "px: the picture is wider than the screen: " + seen);
            }
            ((List<?>) seen.get("overlaps")).forEach(o -> found.add(width + "px: " + o));
            if (width >= 1280 && !seen.get("labels").equals(seen.get("nodes"))) {
                found.add(width + "px: " + seen.get("labels") + " labels for " + seen.get("nodes") + " nodes");
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void screenshotsOfEveryPageTypeWhenAsked() throws IOException {
        String to = System.getProperty("essaykit.screenshots");
        if (to == null || to.isEmpty()) {
            return;
        }
        Path out = Files.createDirectories(Path.of(to));
        for (String scheme : List.of("light", "dark")) {
            for (int width : new int[] {390, 1280}) {
                view(width, scheme);
                for (String page : PAGE_TYPES) {
                    open(page);
                    settle();
                    Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                            Map.of("format", "png", "captureBeyondViewport", true));
                    String name = page.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
                    Files.write(out.resolve((name.isEmpty() ? "home" : name) + "-" + width + "-" + scheme + ".png"),
                            Base64.getDecoder().decode((String) shot.get("data")));
                }
            }
        }
    }

    /** The element reaching furthest right, to say what overflows. */
    private static final String WIDEST = """
            let widest = null, right = 0;
            for (const e of document.querySelectorAll('body *')) {
              const r = e.getBoundingClientRect().right;
              if (r > right) { right = r; widest = e; }
            }
            return widest ? widest.tagName + '.' + widest.className + ' ' + Math.round(right) : '';
            """;

    /** The pages whose layout shifts add up to more than {@link #MAX_SHIFT} at 390 or 1280 px (each one printed). */
    private static List<String> shiftsOverTheLimit(List<String> pages) {
        List<String> found = new ArrayList<>();
        for (int width : new int[] {390, 1280}) {
            view(width, "light");
            for (String page : pages) {
                double shift = shiftOf(page);
                System.out.printf("layout shift %dpx %s %.4f%n", width, page, shift);
                if (shift > MAX_SHIFT) {
                    found.add(width + "px " + page + ": " + shift);
                }
            }
        }
        return found;
    }

    /** The page's cumulative layout shift from navigation until its figures near the viewport are running. */
    private static double shiftOf(String page) {
        open(page);
        settle();
        Number shift = (Number) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                let total = 0;
                new PerformanceObserver(list => {
                  for (const e of list.getEntries()) { if (!e.hadRecentInput) total += e.value; }
                }).observe({type: 'layout-shift', buffered: true});
                setTimeout(() => done(total), 300);
                """);
        return shift.doubleValue();
    }

    /**
     * Until every simulation figure the loader is fetching the bundle for has mounted (or 20 s), then two frames
     * for the last draw: the figures far below the viewport load nothing.
     */
    private static void settle() {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            Boolean ready = (Boolean) browser.executeScript("""
                    const engine = document.documentElement.getAttribute('data-sim-engine');
                    if (!engine || engine === 'failed') return document.readyState === 'complete';
                    return [...document.querySelectorAll('figure[data-sim]')].every(f => f.hasAttribute('data-state'));
                    """);
            if (Boolean.TRUE.equals(ready)) {
                break;
            }
            sleep(100);
        }
        // Two animation frames: a figure's last draw has been laid out and painted.
        browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
                """);
    }

    private static void open(String page) {
        browser.get(server.url(page));
    }

    /** A phone's or a desktop's viewport, in the light or dark colour scheme. */
    private static void view(int width, String scheme) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", 1, "mobile", width < 768));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** axe-core's WCAG 2.x A and AA rules: its best-practice rules are advice, not the acceptance bar. */
    static final String WCAG_AA = "{type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}";
    /** The WCAG rules whose outcome a colour scheme can change. */
    static final String COLOUR_RULES = "{type: 'rule', values: ['color-contrast', 'link-in-text-block']}";

    /** The violations of the rules {@code runOnly} selects, axe injected once per page load. */
    @SuppressWarnings("unchecked")
    private static List<String> axeViolations(String runOnly) {
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object';"))) {
            browser.executeScript(axe);
        }
        return (List<String>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations'], runOnly: RUN_ONLY})
                  .then(r => done(r.violations.map(v =>
                  v.id + ' (' + v.nodes.length + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')
                    + (n.any[0] && n.any[0].message ? ' [' + n.any[0].message + ']' : '')).join('; '))));
                """.replace("RUN_ONLY", runOnly));
    }

    private static List<String> consoleErrors() {
        return OurSite.consoleErrors(browser);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
