package org.essaykit.browser;

import org.essaykit.highlight.LanguagesTestSamples;
import org.essaykit.testing.BrowserSession;
import org.essaykit.testing.StaticServer;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page with a code block per language and a captioned figure, in Chromium with our theme: every block shows
 * coloured tokens, every token's colour has 4.5:1 contrast on its background as the browser computes it, in
 * the light and the dark scheme; the copy button appears (JavaScript is on) and copies the code without line
 * numbers; the figure's image has its size before it loads; "Figure 1" links to it and previews it. Screenshots of both schemes
 * are left in target/ for a person to look at.
 */
@Timeout(180)
class CodeAndFiguresBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    @TempDir
    static Path dir;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndServe() throws Exception {
        StringBuilder body = new StringBuilder("---\ntitle: Code\n---\n\nAs @fig:chart shows, code is coloured.\n\n"
                + "![A chart](../../images/chart.png \"A wide chart\"){#fig:chart}\n\n"
                + "```python {linenos=true, hl_lines=\"2\"}\ndef f(x):\n    return x  # twice\n```\n\n");
        LanguagesTestSamples.SAMPLES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(sample ->
                body.append("```").append(sample.getKey()).append('\n').append(sample.getValue()[0]).append("\n```\n\n"));
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nurl: https://example.org\nbaseurl: /repo\n")
                .write("content/posts/code.md", body.toString());
        Files.createDirectories(site.root().resolve("content/images"));
        ImageIO.write(new BufferedImage(1400, 700, BufferedImage.TYPE_INT_RGB), "png",
                site.root().resolve("content/images/chart.png").toFile());
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates"));
        site.buildClean();
        server = session.closeAfter(new StaticServer(site.out(), "/repo"));
        browser = session.browser();
    }

    private static final String CONTRASTS = """
            function lum(c) {
              var v = c.match(/[\\d.]+/g).slice(0, 3).map(function (x) {
                x = x / 255; return x <= 0.04045 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
              return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
            }
            function ratio(a, b) { var x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
            var worst = 99, where = '';
            document.querySelectorAll('pre.code [class^="hl-"]').forEach(function (span) {
              var line = span.closest('.line.hl');
              var bg = getComputedStyle(line || span.closest('pre')).backgroundColor;
              var r = ratio(getComputedStyle(span).color, bg);
              if (r < worst) { worst = r; where = span.className + ' ' + getComputedStyle(span).color + ' on ' + bg; }
            });
            return [worst, where];
            """;

    private void scheme(String value) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", value))));
    }

    @Test
    void everyLanguageIsColouredWithAaContrastInLightAndDark() throws Exception {
        browser.get(server.url("/repo/posts/code/"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".code-copy")).isEmpty());
        for (String language : LanguagesTestSamples.SAMPLES.keySet()) {
            List<WebElement> tokens = browser.findElements(By.cssSelector("code.language-" + language + " [class^=\"hl-\"]"));
            assertTrue(!tokens.isEmpty(), language + " has coloured tokens");
        }
        for (String value : List.of("light", "dark")) {
            scheme(value);
            List<?> worst = (List<?>) browser.executeScript(CONTRASTS);
            assertTrue(((Number) worst.get(0)).doubleValue() >= 4.5, value + ": " + worst);
            Files.write(Path.of("target/code-figures-" + value + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
        scheme("light");
    }

    @Test
    void theCopyButtonCopiesTheCodeWithoutLineNumbers() {
        browser.get(server.url("/repo/posts/code/"));
        WebElement block = browser.findElement(By.cssSelector(".code-block"));
        WebElement button = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> block.findElement(By.cssSelector("button.code-copy")));
        assertEquals("Copy the code", button.getAttribute("aria-label"));
        assertEquals(List.of(0L, 0L), browser.executeScript(
                "return [document.querySelectorAll('.code-block').length - document.querySelectorAll('.code-copy').length,"
                        + " (arguments[0].querySelector('code').textContent.match(/^\\s*1/gm) || []).length]", block));
        assertEquals("def f(x):\n    return x  # twice\n", browser.executeScript(
                "return arguments[0].querySelector('code').textContent", block));
    }

    @Test
    void theFigureHasItsSizeBeforeLoadingAndItsReferenceLinksToIt() {
        browser.get(server.url("/repo/posts/code/"));
        WebElement image = browser.findElement(By.cssSelector("figure#fig\\:chart img"));
        assertEquals("1400", image.getDomAttribute("width"));
        assertEquals("700", image.getDomAttribute("height"));
        assertEquals("Figure 1: A wide chart", browser.findElement(By.cssSelector("figure#fig\\:chart figcaption")).getText());
        WebElement reference = browser.findElement(By.cssSelector("a.xref"));
        assertEquals("Figure 1", reference.getText());
        assertEquals("#fig:chart", reference.getAttribute("href").replaceAll("^.*(#.*)$", "$1"));
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(reference).perform();
        WebElement preview = new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".preview")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> preview.getText().contains("A wide chart"));
        assertTrue(preview.getText().contains("Figure 1"), preview.getText());
        Number ratio = (Number) browser.executeScript(
                "var r = arguments[0].getBoundingClientRect(); return r.width / r.height", image);
        assertEquals(2.0, ratio.doubleValue(), 0.02);
    }
}
