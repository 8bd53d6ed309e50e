package org.essaykit.valid;

import org.essaykit.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a forum or chat app reads from a pasted link: OpenGraph and Twitter card tags on every page, and the
 * card image they point to, fetched by its absolute URL.
 */
class ForumLinkTest {

    @TempDir
    Path dir;

    @Test
    void everyPageOfOurSiteHasADescriptionAndAnImageThatExists() throws IOException {
        Path site = TestSite.buildOurSite(dir.resolve("site"));
        List<String> pages = TestSite.files(site).stream().filter(f -> f.endsWith("index.html")).toList();
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            Document html = Jsoup.parse(site.resolve(page).toFile());
            for (String tag : List.of("meta[name=description]", "meta[property=og:description]",
                    "meta[name=twitter:description]", "meta[property=og:title]", "meta[property=og:url]",
                    "meta[property=og:type]", "meta[property=og:image:alt]")) {
                if (content(html, tag).isBlank()) {
                    problems.add(page + ": no " + tag);
                }
            }
            String image = content(html, "meta[property=og:image]");
            if (!image.startsWith("https://essaykit.github.io/") || !image.endsWith(".png")) {
                problems.add(page + ": og:image is not an absolute PNG URL: " + image);
            } else if (!Files.isRegularFile(site.resolve(image.substring("https://essaykit.github.io/".length())))) {
                problems.add(page + ": og:image " + image + " was not built");
            }
            if (!image.equals(content(html, "meta[name=twitter:image]"))
                    || !content(html, "meta[name=twitter:card]").equals("summary_large_image")) {
                problems.add(page + ": the twitter card does not show the large image");
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(pages.size() > 20, "our site has many pages: " + pages.size());
    }

    @Test
    void aPostSharesItsOwnCardAndOtherPagesTheSitesCard() throws IOException {
        Path site = TestSite.buildOurSite(dir.resolve("site"));
        Document post = Jsoup.parse(site.resolve("posts/seri-mats-submission/index.html").toFile());
        assertEquals("https://essaykit.github.io/posts/seri-mats-submission/card.png",
                content(post, "meta[property=og:image]"));
        assertEquals("1200", content(post, "meta[property=og:image:width]"));
        assertEquals("630", content(post, "meta[property=og:image:height]"));
        assertEquals("SERI MATS Submission", content(post, "meta[property=og:image:alt]"));
        assertPng(site.resolve("posts/seri-mats-submission/card.png"));

        Document archive = Jsoup.parse(site.resolve("archive/index.html").toFile());
        assertEquals("https://essaykit.github.io/assets/card.png", content(archive, "meta[property=og:image]"));
        assertPng(site.resolve("assets/card.png"));
    }

    @Test
    void onAProjectSiteTheCardUrlCarriesTheBasePathAndSitsNextToAnHtmlPermalink() throws IOException {
        TestSite fixture = TestSite.fixture(Path.of("src/test/resources/sites/jekyll-blog"), dir);
        TestSite.copyTree(Path.of("templates"), dir.resolve("templates"));
        Path site = TestSite.buildInto(fixture.root(), fixture.out());
        Document post = Jsoup.parse(site.resolve("2023/05/05/first-post.html").toFile());
        assertEquals("https://example.github.io/blog-repo/2023/05/05/first-post.card.png",
                content(post, "meta[property=og:image]"));
        assertPng(site.resolve("2023/05/05/first-post.card.png"));
        Document about = Jsoup.parse(site.resolve("about/index.html").toFile());
        assertEquals("Fixture site that uses every content form essaykit reads.",
                content(about, "meta[name=description]"), "a page without a description takes the site's");
    }

    @Test
    void cardsCanBeTurnedOffOrReplacedByTheSitesImage() throws IOException {
        TestSite site = TestSite.in(dir.resolve("off"));
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates"));
        site.write("content/site.yaml", "title: Test site\nurl: https://example.org\nsocial_cards: false\n")
                .write("content/posts/one.md", "---\ntitle: One\ndate: 2024-01-01\n---\n")
                .buildClean();
        assertFalse(TestSite.files(site.out()).stream().anyMatch(f -> f.endsWith(".png")), "no cards drawn");
        Document post = Jsoup.parse(site.read("posts/one/index.html"));
        assertNull(post.selectFirst("meta[property=og:image]"));
        assertEquals("summary", content(post, "meta[name=twitter:card]"));
        assertEquals("Test site", content(post, "meta[name=description]"), "no description, no text, none for the site: the site's title");

        site.write("content/site.yaml", "title: Test site\nurl: https://example.org\nsocial_cards: false\n"
                + "image: /me.png\n").buildClean();
        post = Jsoup.parse(site.read("posts/one/index.html"));
        assertEquals("https://example.org/me.png", content(post, "meta[property=og:image]"));
        assertNull(post.selectFirst("meta[property=og:image:width]"), "its size is not known");
        assertEquals("summary_large_image", content(post, "meta[name=twitter:card]"));
    }

    @Test
    void anOldUrlKeptByAliasesPreviewsAsThePageItMovedTo() throws IOException {
        TestSite site = movedPost(dir);
        Document moved = Jsoup.parse(site.read("posts/new-name/index.html"));
        Document old = Jsoup.parse(site.read("posts/old-name/index.html"));
        for (String tag : List.of("meta[name=description]", "meta[property=og:site_name]", "meta[property=og:title]",
                "meta[property=og:type]", "meta[property=og:url]", "meta[property=og:description]",
                "meta[property=og:image]", "meta[property=og:image:width]", "meta[property=og:image:height]",
                "meta[property=og:image:alt]", "meta[name=twitter:card]", "meta[name=twitter:image]",
                "meta[name=twitter:title]", "meta[name=twitter:description]")) {
            assertFalse(content(moved, tag).isBlank(), tag);
            assertEquals(content(moved, tag), content(old, tag), tag);
        }
        assertEquals("https://example.org/posts/new-name/", content(old, "meta[property=og:url]"));
        assertEquals("https://example.org/posts/new-name/card.png", content(old, "meta[property=og:image]"));
    }

    /** A site whose post moved from /posts/old-name/ and keeps that URL working. */
    static TestSite movedPost(Path dir) {
        TestSite site = TestSite.in(dir.resolve("moved"));
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates"));
        site.write("content/site.yaml", "title: Test site\nurl: https://example.org\n")
                .write("content/posts/new-name.md", "---\ntitle: New name\ndate: 2024-01-01\n"
                        + "aliases: [/posts/old-name/]\n---\n\nWhat the post says first, & more.\n")
                .buildClean();
        return site;
    }

    private static void assertPng(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(1200, image.getWidth(), file.toString());
        assertEquals(630, image.getHeight(), file.toString());
    }

    private static String content(Document html, String selector) {
        var element = html.selectFirst(selector);
        return element == null ? "" : element.attr("content");
    }
}
