package org.essaykit.valid;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.essaykit.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Atom feed as a feed reader sees it: parsed by ROME, the library many readers and aggregators use. */
class FeedConsumerTest {

    @TempDir
    Path dir;

    @Test
    void ourFeedListsEveryPostWithItsTitleLinkAndDate() throws Exception {
        Path site = TestSite.buildOurSite(dir.resolve("site"));
        SyndFeed feed = parse(site);
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("Deceptive Alignment Notes", feed.getTitle());
        assertEquals(List.of("https://essaykit.github.io/"), links(feed, "alternate"));

        List<Path> postPages;
        try (var walk = Files.list(site.resolve("posts"))) {
            postPages = walk.map(p -> p.resolve("index.html")).filter(Files::isRegularFile).toList();
        }
        assertEquals(postPages.size(), feed.getEntries().size(), "one entry per post");
        Date previous = null;
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink();
            assertTrue(link.startsWith("https://essaykit.github.io/posts/"), "absolute link: " + link);
            assertEquals(link, entry.getUri(), "the id is the post's permanent URL");
            Document page = Jsoup.parse(site.resolve(link.substring("https://essaykit.github.io/".length()))
                    .resolve("index.html").toFile());
            assertEquals(page.selectFirst("h1").text(), entry.getTitle(), link);
            assertNotNull(entry.getUpdatedDate(), "every entry has an updated date: " + link);
            assertFalse(entry.getDescription().getValue().isBlank(), "a summary for " + link);
            Element time = page.select("time[datetime]").stream()
                    .filter(t -> !t.parent().ownText().startsWith("updated")) // the last change, not the date
                    .findFirst().orElse(null);
            if (time == null) {
                assertNull(entry.getPublishedDate(), "an undated post has no published date: " + link);
                continue;
            }
            assertEquals(LocalDate.parse(time.attr("datetime")),
                    entry.getPublishedDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate(), link);
            assertTrue(previous == null || !entry.getPublishedDate().after(previous), "newest first: " + link);
            previous = entry.getPublishedDate();
        }
    }

    @Test
    void aProjectSiteFeedCarriesItsBasePathAndExactDates() throws Exception {
        TestSite fixture = TestSite.fixture(Path.of("src/test/resources/sites/jekyll-blog"), dir);
        SyndFeed feed = parse(TestSite.buildInto(fixture.root(), fixture.out()));
        assertEquals("A Jekyll blog, moved", feed.getTitle());
        assertEquals(List.of("https://example.github.io/blog-repo/"), links(feed, "alternate"));
        assertEquals(List.of("https://example.github.io/blog-repo/feed.xml"), links(feed, "self"));

        List<SyndEntry> entries = feed.getEntries();
        assertEquals(List.of("Second: with a colon", "First post", "An undated note"),
                entries.stream().map(SyndEntry::getTitle).toList());
        assertEquals(List.of("https://example.github.io/blog-repo/blog/news/2023/06/01/second.html",
                        "https://example.github.io/blog-repo/2023/05/05/first-post.html",
                        "https://example.github.io/blog-repo/notes/undated/"),
                entries.stream().map(SyndEntry::getLink).toList());
        assertEquals(entries.stream().map(SyndEntry::getLink).toList(), entries.stream().map(SyndEntry::getUri).toList());
        assertEquals(OffsetDateTime.parse("2023-06-01T12:12:12-04:00").toInstant(),
                entries.get(0).getPublishedDate().toInstant());
        assertEquals(OffsetDateTime.parse("2023-05-05T00:00:00-04:00").toInstant(),
                entries.get(1).getUpdatedDate().toInstant());
        assertNull(entries.get(2).getPublishedDate(), "the undated note");
        assertEquals(entries.get(0).getPublishedDate(), entries.get(2).getUpdatedDate(),
                "an undated post is stamped with the newest date of the site, never the clock");
        assertEquals("An explicit description.", entries.get(0).getDescription().getValue());
        assertEquals(List.of("migration", "Jekyll"),
                entries.get(0).getCategories().stream().map(c -> c.getName()).toList());
    }

    @Test
    void lastModifiedAtIsTheUpdatedDateOfTheFeedTheSitemapAndThePage() throws Exception {
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nurl: https://example.org\nsocial_cards: false\n")
                .write("content/posts/revised.md", "---\ntitle: Revised\ndate: 2023-05-05\n"
                        + "last_modified_at: 2024-02-03 10:00:00 +0000\n---\n\nText.\n")
                .write("content/posts/undated.md", "---\ntitle: Undated\nlast_modified_at: 2024-01-01\n---\n\nText.\n");
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates"));
        site.buildClean();
        SyndFeed feed = parse(site.out());
        assertEquals(OffsetDateTime.parse("2024-02-03T10:00:00Z").toInstant(), feed.getPublishedDate().toInstant(),
                "the feed's own updated date is the newest change");
        SyndEntry revised = feed.getEntries().stream().filter(e -> e.getTitle().equals("Revised")).findFirst()
                .orElseThrow();
        assertEquals(OffsetDateTime.parse("2024-02-03T10:00:00Z").toInstant(), revised.getUpdatedDate().toInstant());
        assertEquals(LocalDate.parse("2023-05-05"),
                revised.getPublishedDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
        SyndEntry undated = feed.getEntries().stream().filter(e -> e.getTitle().equals("Undated")).findFirst()
                .orElseThrow();
        assertNull(undated.getPublishedDate());
        assertEquals(LocalDate.parse("2024-01-01"),
                undated.getUpdatedDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate());

        String sitemap = Files.readString(site.out().resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://example.org/posts/revised/</loc><lastmod>2024-02-03</lastmod>"),
                sitemap);
        Document page = Jsoup.parse(site.out().resolve("posts/revised/index.html").toFile());
        assertEquals("updated 3 February 2024", page.selectFirst("span:has(> time[datetime=2024-02-03])").text());
    }

    /** ROME's {@code getLink()} prefers the self link; readers that show "visit site" take the alternate one. */
    private static List<String> links(SyndFeed feed, String rel) {
        return feed.getLinks().stream().filter(l -> rel.equals(l.getRel())).map(SyndLink::getHref).toList();
    }

    @Test
    void mathReachesTheFeedAsMathMlAndTheSummaryAsReadableText() throws Exception {
        TestSite site = TestSite.in(dir)
                .write("content/posts/euler.md", "---\ntitle: Euler\ndate: 2024-01-01\n---\n\n"
                        + "Euler found $e^{i\\pi} + 1 = 0$, see @eq:e.\n\n$$ e^{i\\pi} = -1 $$ {#eq:e}\n");
        assertTrue(site.build().succeeded());
        SyndEntry entry = parse(site.out()).getEntries().get(0);
        assertEquals("Euler found e^(i\u03c0) + 1 = 0, see (1).", entry.getDescription().getValue());
        Document content = Jsoup.parseBodyFragment(entry.getContents().get(0).getValue());
        assertEquals(2, content.select("math").size());
        assertEquals("block", content.select("math").get(1).attr("display"));
        assertEquals("#eq:e", content.selectFirst("a.eq-ref").attr("href"), "resolved against the entry's xml:base");
        assertNotNull(content.getElementById("eq:e"));
    }

    private static SyndFeed parse(Path site) throws Exception {
        try (XmlReader reader = new XmlReader(site.resolve("feed.xml").toFile())) {
            return new SyndFeedInput().build(reader);
        }
    }
}
