package org.essaykit.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.essaykit.content.LoadOptions;
import org.essaykit.pipeline.BuildRequest;
import org.essaykit.pipeline.BuildResult;
import org.essaykit.pipeline.Pipeline;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the fixture site {@code sites/citations} (Chicago author-date by default, a post in APA with a CSL JSON
 * bibliography of its own and its own "References" heading, a post in IEEE, a concept that cites) and compares
 * each page's article with the reviewed copy in {@code expected/}. Regenerate with
 * {@code -Dessaykit.updateGoldens=true} and review the diff.
 */
class CitationGoldenTest {

    private static final Path FIXTURE = Path.of("src/test/resources/sites/citations");
    private static final boolean UPDATE = Boolean.getBoolean("essaykit.updateGoldens");
    static final List<String> PAGES = List.of("posts/mesa/index.html", "posts/sleeper/index.html",
            "posts/numeric/index.html", "posts/plain/index.html", "concepts/mesa-optimizer/index.html",
            "references/index.html");

    @TempDir
    Path dir;

    @Test
    void citationsAndReferenceListsMatchTheGoldenPages() throws IOException {
        TestSite.fixture(FIXTURE, dir);
        Path out = dir.resolve("site");
        BuildResult result = Pipeline.build(new BuildRequest(dir, out, LoadOptions.published(TestSite.NOW)));
        assertTrue(result.succeeded(), TestSite.formatted(result));
        for (String page : PAGES) {
            String article = article(Files.readString(out.resolve(page), StandardCharsets.UTF_8));
            Path expected = FIXTURE.resolve("expected").resolve(page);
            if (UPDATE) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, article, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), article, page + " differs from " + expected);
        }
        // The feed carries the same citations and reference lists (its entries' xml:base resolves #ref-KEY).
        String feed = Files.readString(out.resolve("feed.xml"), StandardCharsets.UTF_8);
        assertTrue(feed.contains("(Langosco et al. 2022, sec. 3)"), feed);
        assertTrue(feed.contains("&lt;div class=\"csl-entry\" id=\"ref-hubinger2019\"&gt;Hubinger, Evan"), feed);
    }

    /** The page's article (a post), or what follows its title (a concept page has no article element). */
    static String article(String html) {
        boolean article = html.contains("<article>");
        int start = html.indexOf(article ? "<article>" : "<h1>");
        int end = html.indexOf(article ? "</article>" : "</body>");
        assertTrue(start >= 0 && end > start, "no article in the page");
        return html.substring(start, end) + "\n";
    }
}
