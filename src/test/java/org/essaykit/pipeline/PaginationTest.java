package org.essaykit.pipeline;

import org.essaykit.content.LoadOptions;
import org.essaykit.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Long lists split into pages (home, tags, archive) and long lists of backlinks moved to pages of their own, built
 * with our theme and checked by the link checker ({@code build --check}): every link of every pager resolves.
 */
public class PaginationTest {

    @TempDir
    Path dir;

    private TestSite site(String settings, int count) {
        return site(dir, settings, count);
    }

    /** Our theme, a site.yaml with {@code settings}, and {@code count} posts, post 1 the oldest, all tagged x. */
    public static TestSite site(Path dir, String settings, int count) {
        TestSite site = TestSite.in(dir).write("content/site.yaml", "title: Paged\n" + settings);
        TestSite.copyTree(Path.of("templates"), dir.resolve("templates"));
        for (int i = 1; i <= count; i++) {
            site.write("content/posts/p" + i + ".md", "---\ntitle: Post " + i + "\ndate: 2020-01-"
                    + String.format("%02d", i) + "\ntags: [x" + (i % 2 == 0 ? ", even" : "") + "]\n---\n\nPost " + i
                    + " says little.\n");
        }
        return site;
    }

    /** A post, hub, that {@code spokes} other posts link to. */
    public static TestSite withHub(TestSite site, int spokes) {
        site.write("content/posts/hub.md", "---\ntitle: Hub\ndate: 2019-01-01\n---\n\nThe centre.\n");
        for (int i = 1; i <= spokes; i++) {
            site.write("content/posts/s" + i + ".md", "---\ntitle: Spoke " + i + "\ndate: 2020-02-01\n---\n\n"
                    + "Spoke " + i + " builds on [the hub](hub.md).\n");
        }
        return site;
    }

    private BuildResult buildChecked(TestSite site) {
        BuildResult result = Pipeline.build(new BuildRequest(site.root(), site.out(),
                LoadOptions.published(TestSite.NOW), true));
        assertTrue(result.succeeded(), () -> TestSite.formatted(result));
        assertEquals("", TestSite.formatted(result), "no broken link, no warning");
        return result;
    }

    private Document page(TestSite site, String path) {
        return Jsoup.parse(site.read(path));
    }

    private static List<String> titles(Document page) {
        return page.select(".post-list-title a").eachText();
    }

    @Test
    void homeAndTagPagesSplitWithPrettyUrlsRelPrevNextAndAPager() {
        TestSite site = site("url: https://example.org\nbaseurl: /repo\npaginate: 3\n", 8);
        buildChecked(site);

        assertEquals(List.of("Post 8", "Post 7", "Post 6"), titles(page(site, "index.html")));
        assertEquals(List.of("Post 5", "Post 4", "Post 3"), titles(page(site, "page/2/index.html")));
        assertEquals(List.of("Post 2", "Post 1"), titles(page(site, "page/3/index.html")));
        assertFalse(site.exists("page/1/index.html"), "page 1 is the list's own URL");
        assertFalse(site.exists("page/4/index.html"));

        Document second = page(site, "page/2/index.html");
        assertEquals("/repo/", second.select("head link[rel=prev]").attr("href"));
        assertEquals("/repo/page/3/", second.select("head link[rel=next]").attr("href"));
        assertEquals("https://example.org/repo/page/2/", second.select("link[rel=canonical]").attr("href"));
        assertEquals("Paged, page 2", second.title());
        Element current = second.selectFirst(".pager [aria-current=page]");
        assertEquals("Page 2", current.text());
        assertEquals(List.of("/repo/", "/repo/page/2/", "/repo/page/3/"), second.select(".pager-pages a").eachAttr("href"));
        Document first = page(site, "index.html");
        assertTrue(first.select("head link[rel=prev]").isEmpty());
        assertEquals("Paged", first.title());

        // Tags: x has all 8 posts (3 pages), even has 4 (2 pages).
        assertEquals(List.of("Post 2", "Post 1"), titles(page(site, "tags/x/page/3/index.html")));
        assertEquals(List.of("Post 2"), titles(page(site, "tags/even/page/2/index.html")));
        assertEquals("/repo/tags/even/", page(site, "tags/even/page/2/index.html")
                .select("head link[rel=prev]").attr("href"));
        assertFalse(site.exists("tags/even/page/3/index.html"));

        // The archive shows ten times as many: one page. The sitemap lists every page of every list.
        assertEquals(8, titles(page(site, "archive/index.html")).size());
        assertTrue(page(site, "archive/index.html").select(".pager").isEmpty(), "no pager for a single page");
        String sitemap = site.read("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://example.org/repo/page/3/</loc>"), sitemap);
        assertTrue(sitemap.contains("<loc>https://example.org/repo/tags/even/page/2/</loc>"), sitemap);
    }

    @Test
    void manyPagesShowTheFirstTheLastAndThoseAroundTheCurrentOneWithGaps() {
        TestSite site = site("paginate: 1\n", 12);
        buildChecked(site);
        Element pager = page(site, "page/6/index.html").selectFirst(".pager-pages");
        assertEquals(List.of("1", "…", "4", "5", "6", "7", "8", "…", "12"),
                pager.select("li").eachText().stream().map(t -> t.replace("Page ", "")).toList());
        // A gap of one page shows that page rather than an ellipsis.
        assertEquals(List.of("1", "2", "3", "4", "5", "…", "12"), page(site, "page/3/index.html")
                .select(".pager-pages li").eachText().stream().map(t -> t.replace("Page ", "")).toList());
        // Ten per page in the archive, years kept as headings on each page.
        assertEquals(10, titles(page(site, "archive/index.html")).size());
        assertEquals(List.of("Post 2", "Post 1"), titles(page(site, "archive/page/2/index.html")));
        assertEquals("2020", page(site, "archive/page/2/index.html").select("main h2").text());
    }

    @Test
    void paginatePathAndTurningPaginationOff() {
        TestSite site = site("paginate: 2\npaginate_path: /p:num/\n", 5);
        buildChecked(site);
        assertEquals(List.of("Post 3", "Post 2"), titles(page(site, "p2/index.html")));
        assertEquals(List.of("Post 1"), titles(page(site, "tags/x/p3/index.html")));
        assertFalse(site.exists("page/2/index.html"));

        TestSite off = site("paginate: false\n", 25);
        buildChecked(off);
        assertEquals(25, titles(page(off, "index.html")).size());
        assertTrue(page(off, "index.html").select(".pager, link[rel=next]").isEmpty());
        assertFalse(off.exists("page/2/index.html"));
    }

    @Test
    void badSettingsAreErrorsAtTheirPlaceInSiteYaml() {
        TestSite site = TestSite.in(dir).write("content/posts/a.md", "---\ntitle: A\n---\n");
        site.write("content/site.yaml", "title: T\npaginate: -3\n");
        assertEquals("""
                content/site.yaml:2:11: error: `paginate` must be a number of posts per page, not `-3`
                    hint: write for example `paginate: 20` (the default), or `paginate: false` to list every post on one page""",
                TestSite.formatted(site.build()));
        site.write("content/site.yaml", "title: T\npaginate: abc\npaginate_path: /page/\n");
        assertEquals("""
                content/site.yaml:2:11: error: `paginate` must be a number of posts per page, not `abc`
                    hint: write for example `paginate: 20` (the default), or `paginate: false` to list every post on one page
                content/site.yaml:3:16: error: `paginate_path` must be a path with `:num` in it that ends with `/` or `.html`, not `/page/`
                    hint: write for example `paginate_path: /page/:num/` (page 2 of the home page is then /page/2/, of a tag page /tags/<tag>/page/2/)""",
                TestSite.formatted(site.build()));
    }

    @Test
    void aPageLinkedFromManyShowsFiftyAndLinksToTheFullPaginatedList() {
        TestSite site = withHub(site("paginate: 3\n", 0), 65);
        buildChecked(site);
        Document hub = page(site, "posts/hub/index.html");
        assertEquals(50, hub.select(".backlinks li").size());
        Element more = hub.selectFirst(".backlinks-more a");
        assertEquals("and 15 more", more.text());
        assertEquals("/posts/hub/links/", more.attr("href"));
        // The full list: 30 per page (ten times paginate), every backlink once, with its words.
        List<String> listed = Stream.of("posts/hub/links/index.html", "posts/hub/links/page/2/index.html",
                        "posts/hub/links/page/3/index.html")
                .flatMap(path -> page(site, path).select(".backlinks-list > li > a").eachText().stream()).toList();
        assertEquals(65, listed.size());
        assertEquals(65, listed.stream().distinct().count());
        assertFalse(site.exists("posts/hub/links/page/4/index.html"));
        assertTrue(page(site, "posts/hub/links/index.html").select(".backlink-context").first().text()
                .contains("builds on"));
        // A page with few backlinks shows them all, with no link to more.
        assertNull(page(site, "posts/s1/index.html").selectFirst(".backlinks-more"));
    }

    /**
     * The 300 KB rule at a smaller scale: on a site of 1,500 posts, one of them linked from every other and every
     * post in one of a few tags, no page grows with the number of posts: the largest list page holds at most ten
     * times {@code paginate} lines, whatever the site's size.
     */
    @Test
    void noPageOfALargeSiteGrowsWithTheNumberOfPosts() throws IOException {
        TestSite site = site("social_cards: false\n", 0);
        int posts = 1_500;
        site.write("content/posts/hub.md", "---\ntitle: Hub\ndate: 2016-01-01\n---\n\nThe centre.\n");
        for (int i = 1; i < posts; i++) {
            site.write("content/posts/p" + i + ".md", "---\ntitle: Post number " + i + " of the large site\ndate: "
                    + (2017 + i % 8) + "-" + String.format("%02d", 1 + i % 12) + "-" + String.format("%02d", 1 + i % 28)
                    + "\ntags: [t" + i % 7 + ", u" + i % 3 + "]\ndescription: A summary of post " + i
                    + " that is about as long as a summary usually is, one sentence or two, a line of text.\n---\n\n"
                    + "Post " + i + " builds on [the hub](hub.md), as every post does.\n");
        }
        site.build();
        long largest;
        try (Stream<Path> files = Files.walk(site.out())) {
            largest = files.filter(p -> p.toString().endsWith(".html")).mapToLong(PaginationTest::size).max()
                    .orElseThrow();
        }
        // Unpaginated, the home page alone would hold ~750 KB here (500 bytes a post). Paginated, the largest page is
        // a page of the archive, 200 posts with their summaries (~81 KB); home pages hold 20 posts (~10 KB).
        assertTrue(largest < 100_000, "largest page: " + largest + " bytes");
        assertTrue(size(site.out().resolve("index.html")) < 20_000);
        assertTrue(IntStream.rangeClosed(2, 75).allMatch(n -> site.exists("page/" + n + "/index.html")));
        assertFalse(site.exists("page/76/index.html"));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
