package org.essaykit.browser;

import org.essaykit.comments.Importers;
import org.essaykit.comments.ThreadWriter;
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
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every untrusted field of a site with script-running vectors in it ({@code src/test/resources/xss/untrusted-vectors.txt}):
 * a comment's source, body and author, data-table cells without {@code html: trusted}, and a thread imported from a
 * LessWrong export (its pageUrl, HTML body, Markdown body and author). Each placed vector would set its own
 * {@code window.pwned_<field>_<n>}; the pages are loaded in headless Chromium, their events fired and every link in the
 * comments and tables clicked, and no such variable may appear.
 */
@Timeout(600)
class UntrustedInputXssBrowserTest {

    private static final Path VECTORS = Path.of("src/test/resources/xss/untrusted-vectors.txt");
    private static final List<String> PAGES = List.of("/posts/essay/", "/posts/imported/");

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    @TempDir
    static Path dir;
    static StaticServer server;
    static ChromeDriver browser;
    static List<Vector> vectors;

    /** One line of the file: a URL or a piece of text, with {P} where the payload goes. */
    record Vector(boolean url, String text) {
        String with(String field, int n) {
            String payload = "window.pwned_" + field + "_" + n + "=1";
            return text.replace("{B64SCRIPT}", Base64.getEncoder().encodeToString(
                    ("<script>" + payload + "</script>").getBytes(StandardCharsets.UTF_8))).replace("{P}", payload);
        }
    }

    @BeforeAll
    static void buildAndServe() throws Exception {
        vectors = vectors();
        StringBuilder thread = new StringBuilder();
        StringBuilder cells = new StringBuilder();
        List<String> imported = new ArrayList<>();
        for (int n = 0; n < vectors.size(); n++) {
            Vector v = vectors.get(n);
            thread.append("- id: v").append(n).append('\n');
            cells.append("- cell: ").append(CommentXssBrowserTest.yamlString(v.url() ? "[cell link](" + pointy(v.with("cell", n)) + ")"
                    : v.with("cell", n))).append('\n');
            String importedMarkdown;
            String importedHtml;
            if (v.url()) {
                thread.append("  source: ").append(CommentXssBrowserTest.yamlString(v.with("source", n))).append('\n')
                        .append("  body: ").append(CommentXssBrowserTest.yamlString("Vector " + n + ": [link](" + pointy(v.with("link", n))
                                + ") ![image](" + pointy(v.with("image", n)) + ") <" + v.with("auto", n) + ">")).append('\n');
                importedMarkdown = "Vector " + n + ": [link](" + pointy(v.with("implink", n)) + ")";
                importedHtml = "<p>Vector " + n + ": <a href=\"" + htmlAttribute(v.with("imphref", n)) + "\">html link</a></p>";
            } else {
                thread.append("  author: ").append(CommentXssBrowserTest.yamlString(v.with("author", n))).append('\n')
                        .append("  body: ").append(CommentXssBrowserTest.yamlString("Vector " + n + "\n\n" + v.with("body", n))).append('\n');
                importedMarkdown = "Vector " + n + "\n\n" + v.with("impmd", n);
                importedHtml = "<p>Vector " + n + "</p>" + v.with("imphtml", n);
            }
            String source = v.url() ? v.with("pageurl", n) : "https://forum.example/c" + n;
            String author = v.url() ? "A" + n : v.with("impauthor", n);
            imported.add(comment("m" + n, source, author, "\"contents\": {\"markdown\": " + json(importedMarkdown) + "}"));
            imported.add(comment("h" + n, source, author, "\"htmlBody\": " + json(importedHtml)));
        }
        String export = "{\"data\": {\"comments\": {\"results\": [" + String.join(",\n", imported) + "]}}}";
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nurl: https://example.org\n")
                .write("content/posts/essay.md", "---\ntitle: Essay\n---\n\nA hostile table:\n\n```table xss\n```\n")
                .write("content/data/xss.yaml", cells.toString())
                .write("content/posts/essay.comments.yaml", thread.toString())
                .write("content/posts/imported.md", "---\ntitle: Imported\n---\n\nAn imported thread.\n")
                .write("content/posts/imported.comments.yaml",
                        ThreadWriter.write(Importers.read(Importers.Format.LESSWRONG, export, null)));
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates"));
        site.buildClean();
        server = session.closeAfter(new StaticServer(site.out(), ""));
        browser = session.browser();
    }

    static List<Vector> vectors() throws IOException {
        List<Vector> out = new ArrayList<>();
        for (String line : Files.readAllLines(VECTORS, StandardCharsets.UTF_8)) {
            if (line.startsWith("url ") || line.startsWith("html ")) {
                String text = line.substring(line.indexOf(' ') + 1).replace("{TAB}", "\t").replace("{NL}", "\n")
                        .replace("{CR}", "\r").replace("{NUL}", "\0").replace("{SOH}", "\u0001").replace("{VT}", "\u000b")
                        .replace("{NBSP}", "\u00a0").replace("{ZWSP}", "\u200b");
                out.add(new Vector(line.startsWith("url "), text));
            }
        }
        return out;
    }

    private static String comment(String id, String pageUrl, String author, String body) {
        return "{\"_id\": " + json(id) + ", \"postedAt\": \"2023-05-05T10:00:00Z\", \"pageUrl\": " + json(pageUrl)
                + ", \"user\": {\"displayName\": " + json(author) + "}, " + body + "}";
    }

    /** A Markdown link destination in angle brackets, which may hold spaces; line breaks cannot be written in one. */
    private static String pointy(String url) {
        return "<" + url.replace("\\", "\\\\").replace("<", "\\<").replace(">", "\\>")
                .replace("\n", "%0A").replace("\r", "%0D") + ">";
    }

    private static String htmlAttribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** The payloads that ran on the page now shown, and whether an alert is open. */
    private List<Object> ran() {
        try {
            browser.switchTo().alert();
            return List.of("an alert was opened");
        } catch (NoAlertPresentException e) {
            @SuppressWarnings("unchecked")
            List<Object> keys = (List<Object>) js("return Object.keys(window).filter(k => k.startsWith('pwned'));");
            return keys;
        }
    }

    @Test
    void atLeastEightyVectorsInEveryField() {
        assertTrue(vectors.size() >= 80, "only " + vectors.size() + " vectors");
        assertTrue(vectors.stream().filter(Vector::url).count() >= 40, "URL vectors");
    }

    @Test
    void nothingRunsOnLoadHoverOrFocus() throws InterruptedException {
        for (String page : PAGES) {
            browser.get(server.url(page));
            Thread.sleep(500);
            assertEquals(List.of(), ran(), page);
            js("""
                    for (const el of document.querySelectorAll('#comments *, table *')) {
                      for (const type of ['mouseover', 'mouseenter', 'focus', 'error', 'load', 'toggle',
                                          'animationstart', 'begin', 'start']) {
                        el.dispatchEvent(new Event(type));
                      }
                    }""");
            Thread.sleep(300);
            assertEquals(List.of(), ran(), page + ", after firing the events");
        }
    }

    /**
     * Clicks every link of the comments and tables that would not leave the page: those without an href, in-page
     * fragments, and any whose URL is not http(s) or mailto (a javascript: link would be one). The links that leave
     * for an http(s) page cannot run script here; {@link #everyUrlLeftInTheCommentsAndTablesIsHttpMailtoOrOnTheSite}
     * checks that no other kind is left.
     */
    @Test
    void clickingEveryLinkOfTheCommentsAndTablesRunsNothing() throws InterruptedException {
        long clicked = 0;
        for (String page : PAGES) {
            browser.get(server.url(page));
            clicked += (Long) js("""
                    let clicked = 0;
                    for (const a of document.querySelectorAll('#comments a, table a')) {
                      const value = a.getAttribute('href');
                      let url = null;
                      try { url = value === null ? null : new URL(value, location.href); } catch (e) { continue; }
                      const samePage = url !== null && url.hash !== '' && url.pathname === location.pathname;
                      if (url === null || samePage || !/^(https?|mailto):$/.test(url.protocol)) {
                        a.click();
                        clicked++;
                      }
                    }
                    return clicked;""");
            // A javascript: URL would run a moment after its click.
            Thread.sleep(500);
            assertEquals(server.url(page), browser.getCurrentUrl().replaceAll("#.*", ""), "a click left the page");
            assertEquals(List.of(), ran(), page + ", after the clicks");
        }
        assertTrue(clicked > 2 * vectors.size(), clicked + " clicks");
    }

    @Test
    void everyUrlLeftInTheCommentsAndTablesIsHttpMailtoOrOnTheSite() {
        for (String page : PAGES) {
            browser.get(server.url(page));
            assertEquals(List.of(), js("""
                    const bad = [];
                    for (const el of document.querySelectorAll('#comments *, table *')) {
                      for (const a of el.attributes) {
                        if (a.name.startsWith('on') || a.name === 'style' || a.name === 'srcdoc') bad.push(el.outerHTML);
                      }
                      for (const name of ['href', 'src', 'action', 'formaction', 'data', 'xlink:href']) {
                        const value = el.getAttribute(name);
                        if (value === null) continue;
                        let url;
                        try { url = new URL(value, location.href); } catch (e) { continue; } // unparseable: inert
                        if (!/^(https?|mailto):$/.test(url.protocol)) bad.push(el.outerHTML);
                      }
                    }
                    return bad;"""), page);
        }
    }
}
