package org.essaykit.browser;

import org.essaykit.pipeline.BuildRequest;
import org.essaykit.pipeline.BuildResult;
import org.essaykit.pipeline.Pipeline;
import org.essaykit.content.ContentLoader;
import org.essaykit.content.Document;
import org.essaykit.content.LoadOptions;
import org.essaykit.content.SiteSource;
import org.essaykit.diag.Diagnostics;
import org.essaykit.markdown.MarkdownEngine;
import org.essaykit.testing.BrowserSession;
import org.essaykit.testing.StaticServer;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search over our own site in a real browser: a phrase from every post and concept finds it. */
@Timeout(300)
class SearchBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    @TempDir
    static Path dir;
    static StaticServer server;
    static ChromeDriver browser;
    static SiteSource source;

    @BeforeAll
    static void buildAndServe() throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        BuildResult result = Pipeline.build(new BuildRequest(repo, dir.resolve("site"),
                new LoadOptions(false, false, TestSite.NOW, null, "/repo")));
        assertTrue(result.succeeded(), TestSite.formatted(result));
        source = ContentLoader.load(repo, LoadOptions.published(TestSite.NOW), new Diagnostics());
        server = session.closeAfter(new StaticServer(dir.resolve("site"), "/repo"));
        browser = session.browser();
    }


    /** Four consecutive words from the middle of the body's running text. */
    private static String phraseFrom(Document doc, MarkdownEngine markdown) {
        List<String> words = Arrays.stream(org.jsoup.Jsoup.parse(markdown.render(doc).html()).text().split("\\s+"))
                .filter(w -> w.matches("[A-Za-z]{3,}")).toList();
        int middle = words.size() / 2;
        return String.join(" ", words.subList(middle, Math.min(words.size(), middle + 4)));
    }

    private List<String> titlesFor(String query) {
        browser.get(server.url("/repo/search/?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b ->
                !b.findElement(By.id("search-status")).getText().isEmpty());
        List<String> titles = new ArrayList<>();
        for (WebElement link : browser.findElements(By.cssSelector("#search-results li > a"))) {
            titles.add(link.getText());
        }
        return titles;
    }

    @Test
    void aPhraseFromEveryPostAndConceptFindsIt() {
        MarkdownEngine markdown = new MarkdownEngine(source.config().headingIds());
        List<String> misses = new ArrayList<>();
        for (Document doc : source.documents()) {
            if (doc.kind() == Document.Kind.PAGE) {
                continue;
            }
            String phrase = phraseFrom(doc, markdown);
            if (!titlesFor(phrase).contains(doc.title())) {
                misses.add(doc.title() + " <- \"" + phrase + "\"");
            }
        }
        assertEquals(List.of(), misses);
    }

    @Test
    void typingShowsResultsInstantlyMatchingTheLastWordAsAPrefix() {
        browser.get(server.url("/repo/search/"));
        WebElement input = browser.findElement(By.id("search-input"));
        input.sendKeys("mesa-optimi");
        // The list is drawn again as each key arrives, so a link looked at may be gone a moment later: read what
        // is needed inside the wait, which tries again then.
        String href = new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(b -> b.findElements(By.cssSelector("#search-results li > a")).stream()
                        .filter(a -> a.getText().equals("Mesa-optimizer"))
                        .map(a -> a.getDomAttribute("href"))
                        .findFirst().orElse(null));
        assertTrue(href.startsWith("/repo/"), href);
    }

    @Test
    void aQueryThatMatchesNothingSaysSo() {
        assertEquals(List.of(), titlesFor("zzqx nonexistentword"));
        assertEquals("0 results", browser.findElement(By.id("search-status")).getText());
    }
}
