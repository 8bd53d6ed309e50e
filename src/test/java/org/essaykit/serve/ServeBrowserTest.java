package org.essaykit.serve;

import org.essaykit.testing.BrowserSession;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The injected script in Chromium: a save reloads the tab; a broken save shows the errors until fixed. */
@Timeout(180)
class ServeBrowserTest {

    private static final String HELLO = "content/posts/hello.md";

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    @TempDir
    static Path dir;
    static TestSite site;
    static RunningServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void serve() throws Exception {
        site = TestSite.in(dir).write(HELLO, post("Hello", "First words."));
        server = RunningServer.of(site);
        session.closeAfter(() -> server.close()); // the server of the moment: one test restarts it
        browser = session.browser();
    }


    private static String post(String title, String body) {
        return "---\ntitle: " + title + "\ndate: 2025-01-01\n---\n\n" + body + "\n";
    }

    private static WebDriverWait waiting() {
        // The page may reload while it is looked at: a reload is what these tests wait for. Chromium 150's driver
        // reports an element of the unloaded page as a plain WebDriverException ("Node with given id does not
        // belong to the document"), not as stale; the wait still fails if the page never shows what it waits for.
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class);
    }

    private static Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    @Test
    void aSaveReloadsTheOpenTabAndAnErrorShowsOverItUntilFixed() {
        browser.get(server.uri("/posts/hello/").toString());
        waiting().until(b -> b.getPageSource().contains("First words."));
        script("window.essaykitTestMarker = 'before the edit'");

        site.write(HELLO, post("Hello", "Edited words."));
        waiting().until(b -> b.findElement(By.tagName("article")).getText().contains("Edited words."));
        assertNull(script("return window.essaykitTestMarker"), "the tab reloaded");

        // Markup in a diagnostic is shown as text, never parsed.
        site.write(HELLO, post("Hello", "See [this](missing-<b>bold</b>.md)."));
        WebElement overlay = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("essaykit-errors")));
        String text = overlay.getText();
        assertTrue(text.contains("content/posts/hello.md:6:5: error"), text);
        assertTrue(text.contains("missing-<b>bold</b>.md"), text);
        assertEquals(0L, script("return document.querySelectorAll('#essaykit-errors b').length"));
        assertTrue(browser.findElement(By.tagName("article")).getText().contains("Edited words."),
                "the last good page stays under the overlay");

        browser.navigate().refresh(); // a tab opened while the build is broken shows the errors at once
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("essaykit-errors")));

        site.write(HELLO, post("Hello", "Fixed words."));
        waiting().until(b -> b.findElement(By.tagName("article")).getText().contains("Fixed words."));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("essaykit-errors")));
    }

    @Test
    void aTabReconnectsAndReloadsWhenTheServerIsStartedAgain() throws Exception {
        browser.get(server.uri("/posts/hello/").toString());
        waiting().until(b -> b.findElement(By.tagName("article")).isDisplayed());
        script("window.essaykitTestMarker = 'before the restart'");
        server = server.restart(site);
        waiting().until(b -> script("return window.essaykitTestMarker") == null);
        assertEquals(200, server.get("/posts/hello/").statusCode());
    }
}
