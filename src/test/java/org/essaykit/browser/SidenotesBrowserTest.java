package org.essaykit.browser;

import org.essaykit.testing.BrowserSession;
import org.essaykit.testing.StaticServer;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sidenotes and footnote previews in Chromium, our theme over a built site: at 1280 px each note stands in the
 * margin beside its reference without overlapping another; at 390 px the notes are footnotes again, previewed by
 * mouse, keyboard and touch, and nothing is wider than the screen; no layout shift at either width.
 */
@Timeout(180)
class SidenotesBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    @TempDir
    static Path dir;
    static StaticServer server;
    static ChromeDriver browser;

    private static final String LONG_NOTE = "A long note that runs over several lines of the margin, so that the note"
            + " after it, whose reference comes one line later, has to stand below it rather than on top of it.";

    @BeforeAll
    static void buildAndServe() throws Exception {
        StringBuilder spaced = new StringBuilder("---\ntitle: Spaced\n---\n\n");
        StringBuilder notes = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            spaced.append("Paragraph ").append(i).append(" makes a claim that needs a source.[^n").append(i)
                    .append("] It goes on for a while so that the paragraph fills a few lines of the column, ")
                    .append("as the paragraphs of an essay do, before the next one starts.\n\n");
            notes.append("[^n").append(i).append("]: Note ").append(i).append(", short.\n");
        }
        String dense = "---\ntitle: Dense\n---\n\nOne[^a] two[^b] three[^c] in a line, and a [[spaced|link]].\n\n"
                + "A second paragraph.[^d]\n\n[^a]: " + LONG_NOTE + "\n[^b]: " + LONG_NOTE + "\n[^c]: Short.\n"
                + "[^d]: The last note, with a list:\n\n    - one\n    - two\n";
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nurl: https://example.org\nbaseurl: /repo\n")
                .write("content/posts/spaced.md", spaced + notes.toString())
                .write("content/posts/dense.md", dense)
                .write("content/posts/plain.md", "---\ntitle: Plain\nsidenotes: false\n---\n\nA claim.[^1]\n\n[^1]: Its note.\n")
                .write("content/posts/embedding.md", "---\ntitle: Embedding\n---\n\nOur claim.[^own]\n\n![[dense]]\n\n"
                        + "Our second claim.[^second]\n\n[^own]: " + LONG_NOTE + "\n[^second]: Ours again.\n");
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates"));
        site.buildClean();
        server = session.closeAfter(new StaticServer(site.out(), "/repo"));
        browser = session.browser();
    }

    @AfterEach
    void scriptsBackOn() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }

    private static void view(int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", 1, "mobile", width < 768));
    }

    private static void open(int width, String page) {
        view(width);
        browser.get(server.url("/repo/posts/" + page + "/"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> "complete".equals(
                browser.executeScript("return document.readyState")));
    }

    /** Each sidenote's and its reference's box: [refTop, noteTop, noteBottom, noteLeft, noteRight, lineHeight]. */
    @SuppressWarnings("unchecked")
    private static List<List<Number>> placements() {
        return (List<List<Number>>) browser.executeScript("""
                return [...document.querySelectorAll('.sidenote')].map(note => {
                  // its reference: the one before it with its number, or for a note before a block, in that block
                  const number = note.querySelector('.sidenote-number').textContent;
                  const isIt = el => el.matches('sup.footnote-ref') && el.textContent === number;
                  let ref = note.previousElementSibling;
                  while (note.tagName === 'SMALL' && !isIt(ref)) { ref = ref.previousElementSibling; }
                  if (note.tagName !== 'SMALL') {
                    ref = [...note.nextElementSibling.querySelectorAll('sup.footnote-ref')].find(isIt);
                  }
                  const r = note.getBoundingClientRect();
                  const p = ref.closest('p, li, h2, h3, td').getBoundingClientRect();
                  return [ref.getBoundingClientRect().top + scrollY, r.top + scrollY, r.bottom + scrollY, r.left,
                    r.right, parseFloat(getComputedStyle(ref.closest('p, li, h2, h3, td')).lineHeight), p.right];
                });
                """);
    }

    private static double layoutShift() {
        return ((Number) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                let total = 0;
                new PerformanceObserver(list => {
                  for (const e of list.getEntries()) { if (!e.hadRecentInput) total += e.value; }
                }).observe({type: 'layout-shift', buffered: true});
                setTimeout(() => done(total), 300);
                """)).doubleValue();
    }

    private static boolean displayed(String selector) {
        return (Boolean) browser.executeScript(
                "const e = document.querySelector(arguments[0]); return !!e && e.getClientRects().length > 0;", selector);
    }

    @Test
    void atDesktopWidthEachNoteStandsBesideItsReference() {
        open(1280, "spaced");
        List<List<Number>> notes = placements();
        assertEquals(6, notes.size());
        int width = ((Number) browser.executeScript("return document.documentElement.clientWidth")).intValue();
        for (List<Number> n : notes) {
            double refTop = n.get(0).doubleValue();
            double top = n.get(1).doubleValue();
            double line = n.get(5).doubleValue();
            assertTrue(Math.abs(top - refTop) <= line, "note top " + top + " vs reference " + refTop + " (line " + line + ")");
            assertTrue(n.get(3).doubleValue() >= n.get(6).doubleValue() + 16, "the note is clear of the text: " + n);
            assertTrue(n.get(4).doubleValue() <= width, "the note fits on the screen: " + n);
        }
        assertFalse(displayed(".footnotes"), "the notes at the end give way to the sidenotes");
        assertEquals(0.0, layoutShift());
    }

    @Test
    void closeNotesStackWithoutOverlapping() {
        open(1280, "dense");
        List<List<Number>> notes = placements();
        assertEquals(4, notes.size());
        assertTrue(Math.abs(notes.get(0).get(1).doubleValue() - notes.get(0).get(0).doubleValue())
                <= notes.get(0).get(5).doubleValue(), "the first note is beside its line: " + notes.get(0));
        for (int i = 1; i < notes.size(); i++) {
            double previousBottom = notes.get(i - 1).get(2).doubleValue();
            double top = notes.get(i).get(1).doubleValue();
            assertTrue(top >= previousBottom, "note " + (i + 1) + " starts at " + top + ", above the end of the one"
                    + " before (" + previousBottom + ")");
            assertTrue(top >= notes.get(i).get(0).doubleValue() - notes.get(i).get(5).doubleValue(),
                    "no note stands above its reference's line: " + notes.get(i));
        }
        // The list note (a block before its paragraph) reads as its number, then its words.
        assertTrue(browser.findElements(By.cssSelector("aside.sidenote")).get(0).getText().startsWith("4"));
        assertEquals(0.0, layoutShift());
    }

    @Test
    void atDesktopWidthAReferenceShowsNoPreviewSinceItsNoteIsBesideIt() throws InterruptedException {
        open(1280, "spaced");
        new Actions(browser).moveToElement(browser.findElement(By.id("fnref-n1"))).perform();
        Thread.sleep(800);
        assertFalse(browser.findElements(By.cssSelector(".preview")).stream().anyMatch(WebElement::isDisplayed));
    }

    @Test
    void onAPhoneTheNotesAreFootnotesAndNothingOverflows() {
        open(390, "dense");
        assertTrue(displayed(".footnotes"));
        assertFalse(displayed(".sidenote"));
        assertEquals(Boolean.TRUE, browser.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        assertEquals(0.0, layoutShift());
    }

    private static WebElement preview() {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".preview")));
    }

    @Test
    void onANarrowScreenHoveringAReferencePreviewsItsNote() {
        open(390, "spaced");
        long before = (Long) browser.executeScript("return document.querySelector('main').offsetHeight");
        new Actions(browser).moveToElement(browser.findElement(By.id("fnref-n2"))).perform();
        WebElement preview = preview();
        assertEquals("NOTE 2\nNote 2, short.", preview.getText());
        assertTrue(browser.findElements(By.cssSelector(".preview [id], .preview .footnote-backref")).isEmpty(),
                "the copy repeats no id and has no way back");
        assertEquals(before, browser.executeScript("return document.querySelector('main').offsetHeight"));
    }

    @Test
    void onANarrowScreenFocusingAReferencePreviewsItsNote() {
        open(390, "dense");
        WebElement reference = browser.findElement(By.id("fnref-d"));
        reference.sendKeys(Keys.SHIFT); // focuses it as a keyboard user does
        WebElement preview = preview();
        assertTrue(preview.getText().contains("The last note, with a list:\none\ntwo"), preview.getText());
        assertEquals("link-preview", reference.getDomAttribute("aria-describedby"));
        reference.sendKeys(Keys.ESCAPE);
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".preview")));
    }

    @Test
    void onATouchScreenTheFirstTapPreviewsTheNoteAndTheSecondGoesToIt() {
        open(390, "spaced");
        WebElement reference = browser.findElement(By.id("fnref-n3"));
        String tap = "arguments[0].dispatchEvent(new PointerEvent('pointerdown', {pointerType: 'touch', bubbles: true}));"
                + "arguments[0].click();";
        browser.executeScript(tap, reference);
        WebElement preview = preview();
        assertTrue(preview.getText().startsWith("NOTE 3\nNote 3, short."), preview.getText());
        assertTrue(browser.getCurrentUrl().endsWith("/repo/posts/spaced/"), "the first tap stays");
        browser.executeScript(tap, reference);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().endsWith("#fn-n3"));
    }

    @Test
    void withoutJavaScriptSidenotesStandAndFootnotesStillWork() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        open(1280, "spaced");
        assertEquals(6, placements().size()); // executeScript runs despite the page's scripts being off
        assertTrue(displayed(".sidenote"));
        open(390, "spaced");
        assertFalse(displayed(".sidenote"));
        browser.findElement(By.id("fnref-n4")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().endsWith("#fn-n4"));
        assertTrue(displayed("#fn-n4"));
    }

    /** An embedded page's notes stand in the margin with the host's, none over another. */
    @Test
    void embeddedNotesStackWithTheHostsOwn() {
        open(1280, "embedding");
        List<List<Number>> notes = placements();
        assertEquals(6, notes.size()); // the host's two and the four of the page it shows
        List<List<Number>> byTop = notes.stream().sorted(java.util.Comparator.comparingDouble(n -> n.get(1).doubleValue()))
                .toList();
        for (int i = 1; i < byTop.size(); i++) {
            assertTrue(byTop.get(i).get(1).doubleValue() >= byTop.get(i - 1).get(2).doubleValue(), "overlap: " + byTop);
        }
        assertEquals(0.0, layoutShift());
    }

    /** On a phone, a reference inside the embed previews its note, carried along under the embed with a new id. */
    @Test
    void onANarrowScreenAnEmbeddedReferencePreviewsItsNote() {
        open(390, "embedding");
        WebElement reference = browser.findElement(By.cssSelector(".embed a[data-footnote-ref]"));
        assertEquals("#dense-fn-a", reference.getDomAttribute("href"));
        new Actions(browser).moveToElement(reference).perform();
        assertTrue(preview().getText().contains(LONG_NOTE), preview().getText());
        assertEquals(Boolean.TRUE, browser.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
    }

    @Test
    void aPostThatTurnsThemOffKeepsItsFootnotesAtEveryWidth() {
        open(1280, "plain");
        assertTrue(browser.findElements(By.cssSelector(".sidenote")).isEmpty());
        assertTrue(displayed(".footnotes"));
    }
}
