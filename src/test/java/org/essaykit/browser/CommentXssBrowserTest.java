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
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Known XSS vectors ({@code src/test/resources/comments/xss-vectors.txt}), each the body of one comment,
 * through the real build and our theme, then loaded in headless Chromium: no script may run, and every
 * comment must still show its text.
 */
@Timeout(180)
class CommentXssBrowserTest {

    private static final Path VECTORS = Path.of("src/test/resources/comments/xss-vectors.txt");

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    @TempDir
    static Path dir;
    static StaticServer server;
    static ChromeDriver browser;
    static List<String> vectors;

    @BeforeAll
    static void buildAndServe() throws Exception {
        vectors = vectors();
        StringBuilder thread = new StringBuilder();
        for (int i = 0; i < vectors.size(); i++) {
            thread.append("- id: v").append(i).append('\n')
                    .append(i > 0 && i % 3 == 0 ? "  parent: v" + (i - 1) + "\n" : "")
                    .append("  author: ").append(yamlString(vectors.get(i).length() > 40 ? "A" : vectors.get(i))).append('\n')
                    .append("  body: ").append(yamlString("Vector " + i + "\n\n" + vectors.get(i))).append('\n');
        }
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nurl: https://example.org\nbaseurl: /repo\n")
                .write("content/posts/essay.md", "---\ntitle: Essay\n---\n\nThe discussion below is hostile.\n")
                .write("content/posts/essay.comments.yaml", thread.toString());
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates"));
        site.buildClean();
        server = session.closeAfter(new StaticServer(site.out(), "/repo"));
        browser = session.browser();
    }


    static List<String> vectors() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(VECTORS, StandardCharsets.UTF_8)) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                out.add(line.replace("{TAB}", "\t").replace("{NL}", "\n").replace("{CR}", "\r")
                        .replace("{NUL}", "\0").replace("{SOH}", "\u0001").replace("{FF}", "\f"));
            }
        }
        return out;
    }

    /** A YAML double-quoted scalar: every character survives, control characters as escapes. */
    static String yamlString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                // Also invisible characters YAML would read as spaces or drop.
                default -> out.append(c < 0x20 || c == 0x7f || c == 0x85 || c == 0xa0 || c == 0x200b
                        ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void assertNoScriptRan() {
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "an alert was opened");
        assertEquals(null, js("return window.__xss === undefined ? null : String(window.__xss)"), "window.__xss was set");
        assertEquals("Essay · T", browser.getTitle(), "document.title was changed");
    }

    @Test
    void atLeastAHundredVectors() {
        assertTrue(vectors.size() >= 100, "only " + vectors.size() + " vectors");
    }

    @Test
    void noVectorRunsScriptEvenWhenUsersHoverFocusAndTheTimersFire() throws InterruptedException {
        browser.get(server.url("/repo/posts/essay/"));
        Thread.sleep(500);
        assertNoScriptRan();
        // Fire the events injected handlers wait for, on every element of the thread.
        js("""
                for (const el of document.querySelectorAll('#comments *')) {
                  for (const type of ['mouseover', 'mouseenter', 'focus', 'click', 'error', 'load', 'toggle',
                                      'animationstart', 'begin']) {
                    if (type === 'click' && el.tagName === 'A') continue;
                    el.dispatchEvent(new Event(type));
                  }
                }""");
        Thread.sleep(300);
        assertNoScriptRan();
    }

    @Test
    void theThreadHoldsNoActiveContent() {
        browser.get(server.url("/repo/posts/essay/"));
        assertEquals(0L, js("return document.querySelectorAll('#comments script, #comments iframe, #comments object,"
                + " #comments embed, #comments svg, #comments math [href], #comments style, #comments form, #comments input,"
                + " #comments button, #comments textarea, #comments select, #comments meta, #comments link,"
                + " #comments base, #comments video, #comments audio, #comments template').length"));
        assertEquals(List.of(), js("""
                const bad = [];
                for (const el of document.querySelectorAll('#comments *')) {
                  for (const a of el.attributes) {
                    if (a.name.startsWith('on') || a.name === 'style' || a.name === 'srcdoc') bad.push(el.outerHTML);
                  }
                  const url = el.tagName === 'A' ? el.getAttribute('href') && el.href
                            : el.tagName === 'IMG' ? el.src : null;
                  if (url && !/^(https?|mailto):/.test(url)) bad.push(el.outerHTML);
                }
                return bad;"""));
        assertEquals(List.of(), js("""
                return [...document.querySelectorAll('.comment-body a')]
                  .filter(a => a.rel !== 'nofollow ugc noopener').map(a => a.outerHTML);"""));
    }

    @Test
    void everyCommentStillShowsItsText() {
        browser.get(server.url("/repo/posts/essay/"));
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            List<WebElement> found = browser.findElements(By.cssSelector("#comment-v" + i + " > .comment-body"));
            if (found.isEmpty() || !found.get(0).getText().startsWith("Vector " + i)
                    || found.get(0).getText().strip().equals("Vector " + i)) {
                missing.add("v" + i + ": " + vectors.get(i));
            }
        }
        assertEquals(List.of(), missing, "comments whose text is not shown");
        assertNoScriptRan();
    }
}
