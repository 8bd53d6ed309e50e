package org.essaykit.browser;

import org.essaykit.testing.BrowserSession;
import org.essaykit.testing.StaticServer;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hover previews in a real browser: our theme and script over a built site served on 127.0.0.1 under /repo. */
@Timeout(120)
class LinkPreviewBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    @TempDir
    static Path dir;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndServe() throws Exception {
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nurl: https://example.org\nbaseurl: /repo\n")
                .write("content/concepts/myopia.md", "---\ntitle: Myopia\nsummary: Caring only about the next step.\n---\n\n"
                        + "## Why it matters\n\nA myopic model has no reason to plan across episodes.\n")
                .write("content/posts/essay.md", "---\ntitle: Essay\n---\n\nWe discuss [[Myopia]] and "
                        + "[[Myopia#why-it-matters|why it matters]] and [an outside page](https://example.com/).\n\n"
                        + "Some more text so the page has room. One reader [objected](#comment-first).\n")
                .write("content/posts/essay.comments.yaml", "- id: first\n  author: Ada\n  body: |\n"
                        + "    Myopia is not <b>stable</b> under training.\n");
        // Enough pages for several preview shards, so the script must find each page's shard as the build did.
        StringBuilder fillers = new StringBuilder("---\ntitle: Index of notes\n---\n\n");
        for (int i = 0; i < 150; i++) {
            site.write("content/posts/note-" + i + ".md", "---\ntitle: Note " + i + "\nsummary: Summary of note " + i
                    + ".\n---\n\nText.\n");
            fillers.append("- [[note-").append(i).append("]]\n");
        }
        site.write("content/notes.md", fillers.toString());
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates"));
        site.buildClean();
        server = session.closeAfter(new StaticServer(site.out(), "/repo"));
        browser = session.browser();
    }


    private WebElement preview() {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".preview")));
    }

    /**
     * Focuses a link as a keyboard user does (WebDriver focuses an element before typing into it). With Debian's
     * Chromium 150 a script's {@code focus()} moved the focus without firing {@code focusin} in this test.
     */
    private void focus(WebElement link) {
        link.sendKeys(org.openqa.selenium.Keys.SHIFT);
    }

    @Test
    void hoveringALinkShowsTheTargetsTitleAndSummaryWithoutMovingThePage() {
        browser.get(server.url("/repo/posts/essay/"));
        WebElement link = browser.findElement(By.linkText("Myopia"));
        long before = (Long) ((JavascriptExecutor) browser).executeScript("return document.querySelector('main').offsetHeight");
        new Actions(browser).moveToElement(link).perform();
        WebElement preview = preview();
        assertTrue(preview.getText().contains("Myopia"), preview.getText());
        assertTrue(preview.getText().contains("Caring only about the next step."), preview.getText());
        assertEquals("link-preview", link.getDomAttribute("aria-describedby"));
        long after = (Long) ((JavascriptExecutor) browser).executeScript("return document.querySelector('main').offsetHeight");
        assertEquals(before, after, "the preview must not shift the layout");
        // The browser asks every origin for /favicon.ico; a project site cannot answer for the origin's root.
        java.util.List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .filter(message -> !message.contains("/favicon.ico"))
                .toList();
        assertEquals(java.util.List.of(), errors, "console errors");
    }

    @Test
    void focusingAHeadingLinkShowsThatSectionAndEscapeHidesIt() {
        browser.get(server.url("/repo/posts/essay/"));
        WebElement link = browser.findElement(By.linkText("why it matters"));
        focus(link);
        WebElement preview = preview();
        assertTrue(preview.getText().contains("Why it matters"), preview.getText());
        assertTrue(preview.getText().contains("A myopic model has no reason to plan across episodes."), preview.getText());
        link.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".preview")));
    }

    @Test
    void everyPageIsFoundInItsShard() {
        browser.get(server.url("/repo/notes/"));
        for (int i : new int[] {0, 7, 42, 99, 149}) {
            WebElement link = browser.findElement(By.linkText("note-" + i));
            focus(link);
            // 30 s: the shards are fetched on first use, slow on a loaded CI machine (10 s once timed out there)
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> {
                WebElement box = b.findElement(By.cssSelector(".preview"));
                return box.isDisplayed() && box.getText().contains("Summary of note " + i + ".");
            });
        }
    }

    @Test
    void onTouchTheFirstTapShowsThePreviewAndTheSecondFollowsTheLink() {
        browser.get(server.url("/repo/posts/essay/"));
        WebElement link = browser.findElement(By.linkText("Myopia"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        String tap = "arguments[0].dispatchEvent(new PointerEvent('pointerdown', {pointerType: 'touch', bubbles: true}));"
                + "arguments[0].click();";
        js.executeScript(tap, link);
        WebElement preview = preview();
        assertTrue(preview.getText().contains("Caring only about the next step."), preview.getText());
        assertTrue(browser.getCurrentUrl().endsWith("/repo/posts/essay/"), "the first tap stays on the page");
        assertEquals(server.url("/repo/concepts/myopia/"),
                preview.findElement(By.cssSelector("a.preview-open")).getDomProperty("href"));
        js.executeScript(tap, link);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().endsWith("/repo/concepts/myopia/"));
    }

    @Test
    void aLinkToACommentPreviewsItsAuthorAndText() {
        browser.get(server.url("/repo/posts/essay/"));
        WebElement link = browser.findElement(By.linkText("objected"));
        new Actions(browser).moveToElement(link).perform();
        WebElement preview = preview();
        assertTrue(preview.getText().contains("Comment by Ada"), preview.getText());
        assertTrue(preview.getText().contains("Myopia is not <b>stable</b> under training."), preview.getText());
    }

    @Test
    void linksToOtherSitesGetNoPreview() throws InterruptedException {
        browser.get(server.url("/repo/posts/essay/"));
        new Actions(browser).moveToElement(browser.findElement(By.linkText("an outside page"))).perform();
        Thread.sleep(800);
        assertFalse(browser.findElements(By.cssSelector(".preview")).stream().anyMatch(WebElement::isDisplayed));
    }
}
