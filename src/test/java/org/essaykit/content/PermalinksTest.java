package org.essaykit.content;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PermalinksTest {

    private static final OffsetDateTime DATE = OffsetDateTime.parse("2023-05-05T12:12:12-04:00");

    @Test
    void expandsJekyllsDatePattern() throws Exception {
        assertEquals("/ai/safety/2023/05/05/hello.html", Permalinks.expand(
                "/:categories/:year/:month/:day/:title.html", "hello", DATE, List.of("AI", "Safety")));
    }

    @Test
    void expandsNamedStyles() throws Exception {
        assertEquals("/2023/05/05/hello.html", Permalinks.expand("date", "hello", DATE, List.of()));
        assertEquals("/blog/2023/05/05/hello/", Permalinks.expand("pretty", "hello", DATE, List.of("blog")));
        assertEquals("/hello.html", Permalinks.expand("none", "hello", DATE, List.of()));
    }

    @Test
    void prettyDefaultNeedsNoDate() throws Exception {
        assertEquals("/posts/hello/", Permalinks.expand(SiteConfig.DEFAULT_PERMALINK, "hello", null, List.of()));
    }

    @Test
    void refusesDatePlaceholdersOnUndatedPosts() {
        Permalinks.PermalinkException e = assertThrows(Permalinks.PermalinkException.class,
                () -> Permalinks.expand("/:year/:title/", "hello", null, List.of()));
        assertEquals("the permalink needs :year but the post has no date", e.getMessage());
    }

    @Test
    void mapsUrlsToFilesAsGitHubPagesServesThem() {
        assertEquals("index.html", Permalinks.outputPath("/"));
        assertEquals("posts/x/index.html", Permalinks.outputPath("/posts/x/"));
        assertEquals("2023/05/05/x.html", Permalinks.outputPath("/2023/05/05/x.html"));
        assertEquals("about.html", Permalinks.outputPath("/about"));
        assertEquals("feed.xml", Permalinks.outputPath("/feed.xml"));
    }
}
