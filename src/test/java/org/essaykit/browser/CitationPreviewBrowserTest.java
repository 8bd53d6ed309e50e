package org.essaykit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Citation previews in a real browser, with our theme: hovering, focusing or tapping a citation shows the
 * formatted entry of the work it cites (from the preview data written at build time), without moving the page.
 */
@Timeout(120)
class CitationPreviewBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    @TempDir
    static Path dir;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndServe() throws Exception {
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nurl: https://example.org\nbaseurl: /repo\nbibliography: refs.bib\n")
                .write("content/refs.bib", """
                        @misc{hubinger2019,
                          title = {Risks from Learned Optimization in Advanced Machine Learning Systems},
                          author = {Hubinger, Evan and van Merwijk, Chris and Mikulik, Vladimir and Skalse, Joar and Garrabrant, Scott},
                          year = {2019},
                          url = {https://arxiv.org/abs/1906.01820}
                        }
                        @inproceedings{langosco2022,
                          title = {Goal Misgeneralization in Deep Reinforcement Learning},
                          author = {Langosco, Lauro and Koch, Jack and Sharkey, Lee and Pfau, Jacob and Krueger, David},
                          booktitle = {Proceedings of the 39th International Conference on Machine Learning},
                          year = {2022}
                        }
                        """)
                .write("content/posts/essay.md", "---\ntitle: Essay\n---\n\nThe term is from @hubinger2019, and goals "
                        + "misgeneralize [see @langosco2022, p. 3; @hubinger2019].\n\n" + "More text. ".repeat(200) + "\n")
                .write("content/posts/essay.comments.yaml", "- id: first\n  author: Ada\n  body: \"I doubt [@langosco2022].\"\n");
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates"));
        site.buildClean();
        server = session.closeAfter(new StaticServer(site.out(), "/repo"));
        browser = session.browser();
    }

    private WebElement previewContaining(String text) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> {
            WebElement box = b.findElement(By.cssSelector(".preview"));
            return box.isDisplayed() && box.getText().contains(text) ? box : null;
        });
    }

    private WebElement citation(String key, int index) {
        return browser.findElements(By.cssSelector("main a[href='#ref-" + key + "']")).get(index);
    }

    @Test
    void hoveringACitationShowsItsFormattedEntryWithoutMovingThePage() {
        browser.get(server.url("/repo/posts/essay/"));
        WebElement inText = citation("hubinger2019", 0);
        assertEquals("Hubinger et al. (2019)", inText.getText());
        long before = (Long) ((JavascriptExecutor) browser).executeScript("return document.querySelector('main').offsetHeight");
        new Actions(browser).moveToElement(inText).perform();
        WebElement preview = previewContaining("Hubinger, Evan, Chris van Merwijk");
        assertTrue(preview.getText().contains("Risks from Learned Optimization in Advanced Machine Learning Systems"),
                preview.getText());
        assertEquals("link-preview", inText.getDomAttribute("aria-describedby"));
        long after = (Long) ((JavascriptExecutor) browser).executeScript("return document.querySelector('main').offsetHeight");
        assertEquals(before, after, "the preview must not shift the layout");
    }

    @Test
    void eachWorkOfAGroupPreviewsItsOwnEntryWhenFocusedByKeyboard() {
        browser.get(server.url("/repo/posts/essay/"));
        WebElement first = citation("langosco2022", 0);
        assertEquals("see Langosco et al. 2022, p. 3", first.getText());
        first.sendKeys(Keys.SHIFT); // focuses it as a keyboard user does (script focus() fires no focusin here)
        previewContaining("Langosco, Lauro, Jack Koch");
        WebElement second = citation("hubinger2019", 1);
        second.sendKeys(Keys.SHIFT);
        previewContaining("Hubinger, Evan");
        second.sendKeys(Keys.ESCAPE);
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".preview")));
    }

    @Test
    void aCitationInACommentPreviewsTheEntryListedUnderTheComment() {
        browser.get(server.url("/repo/posts/essay/"));
        WebElement cited = browser.findElement(By.cssSelector("a[href='#cref-first-langosco2022']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", cited);
        new Actions(browser).moveToElement(cited).perform();
        previewContaining("Langosco, Lauro, Jack Koch");
    }

    @Test
    void onTouchTheFirstTapPreviewsTheEntryAndTheSecondJumpsToIt() {
        browser.get(server.url("/repo/posts/essay/"));
        WebElement link = citation("langosco2022", 0);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        String tap = "arguments[0].dispatchEvent(new PointerEvent('pointerdown', {pointerType: 'touch', bubbles: true}));"
                + "arguments[0].click();";
        js.executeScript(tap, link);
        previewContaining("Goal Misgeneralization in Deep Reinforcement Learning");
        assertTrue(browser.getCurrentUrl().endsWith("/repo/posts/essay/"), "the first tap stays where it is");
        js.executeScript(tap, link);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().endsWith("#ref-langosco2022"));
        assertTrue(browser.findElement(By.id("ref-langosco2022")).getText().startsWith("Langosco, Lauro"));
    }
}
