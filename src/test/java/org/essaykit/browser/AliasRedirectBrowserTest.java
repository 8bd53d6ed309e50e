package org.essaykit.browser;

import org.essaykit.testing.BrowserSession;
import org.essaykit.testing.StaticServer;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An old URL kept by {@code aliases:}, opened in headless Chromium with a #fragment, lands on that
 * heading of the new page: the link checker reports such links as fine, so they must be.
 */
@Timeout(120)
class AliasRedirectBrowserTest {

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
                .write("content/posts/new-name.md", "---\ntitle: New name\naliases: [/posts/old-name/]\n---\n\n"
                        + "## Setup\n\nText.\n");
        site.buildClean();
        server = session.closeAfter(new StaticServer(site.out(), "/repo"));
        browser = session.browser();
    }


    @Test
    void anOldUrlWithAFragmentLandsOnThatHeadingOfTheNewPage() {
        assertLands("/repo/posts/old-name/#setup", "/repo/posts/new-name/#setup");
        assertEquals("setup", browser.executeScript("return document.getElementById(location.hash.slice(1)).id"));
    }

    @Test
    void anOldUrlWithoutAFragmentLandsOnTheNewPage() {
        assertLands("/repo/posts/old-name/", "/repo/posts/new-name/");
    }

    private static void assertLands(String opened, String expected) {
        browser.get(server.url(opened));
        String landed = server.url(expected);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> landed.equals(b.getCurrentUrl()));
        assertEquals(landed, browser.getCurrentUrl());
    }
}
