package org.essaykit.comments;

import org.essaykit.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small thread through the real build and our theme. The golden file is updated with
 * {@code -Dessaykit.updateGoldens=true}; review its diff.
 */
class ThreadRenderingTest {

    private static final Path GOLDEN = Path.of("src/test/resources/comments/thread.golden.html");
    private static final boolean UPDATE = Boolean.getBoolean("essaykit.updateGoldens");

    static final String THREAD = """
            - id: a
              author: Ada
              date: 2023-05-06
              score: 3
              source: https://example.org/c/a
              body: |
                First, with a [link](https://example.com/x) and **bold**.
            - id: b
              parent: a
              date: 2023-05-08
              score: 10
              body: |
                A reply without a name.
            - id: c
              author: Cy
              date: 2023-05-07
              score: 7
              body: |
                Second top-level comment; see [the first](#comment-a).
            - id: d
              parent: b
              op: true
              body: |
                > A reply without a name.

                Answering it.
            """;

    @TempDir
    Path dir;

    private TestSite site(String config) {
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nurl: https://example.org\n" + config)
                .write("content/posts/essay.md", "---\ntitle: Essay\ndate: 2023-05-05\n---\n\nText. See [a comment](#comment-c).\n")
                .write("content/posts/essay.comments.yaml", THREAD);
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates"));
        return site;
    }

    @Test
    void rendersTheThreadExactlyAsTheGoldenFile() throws IOException {
        TestSite site = site("");
        site.buildClean();
        Element section = Jsoup.parse(site.read("posts/essay/index.html")).getElementById("comments");
        assertNotNull(section, "no comments section");
        String html = section.outerHtml() + "\n";
        if (UPDATE) {
            Files.writeString(GOLDEN, html, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), html);
    }

    @Test
    void nestsRepliesInOpenDetailsAndLinksEachToItsParent() {
        TestSite site = site("");
        site.buildClean();
        Document page = Jsoup.parse(site.read("posts/essay/index.html"));
        Element d = page.getElementById("comment-d");
        assertEquals("comment-b", d.parent().parent().id(), "d is shown under b");
        assertTrue(d.parent().tagName().equals("details") && d.parent().hasAttr("open"));
        assertEquals("#comment-b", d.selectFirst(".comment-reply-to").attr("href"));
        assertEquals("A reader", page.getElementById("comment-b").selectFirst(".comment-author").text());
        assertTrue(page.selectFirst(".essay-header .meta").text().contains("4 comments"), "count at the top");
        assertTrue(site.read("index.html").contains("4 comments"), "count in the post list");
    }

    @Test
    void previewsACommentByItsAuthorAndTheStartOfItsBody() {
        TestSite site = site("");
        site.buildClean();
        String previews = site.read("previews/0.json");
        assertTrue(previews.contains("\"comment-c\":[\"Comment by Cy\",\"Second top-level comment; see the first.\"]"), previews);
        assertTrue(previews.contains("\"comment-b\":[\"Comment by an unnamed commenter\",\"A reply without a name.\"]"), previews);
    }

    @Test
    void aLinkFromACommentMakesTheCommentedPostABacklink() {
        TestSite site = site("").write("content/posts/other.md", "---\ntitle: Other\ndate: 2023-06-01\n---\n\nAlone.\n")
                .write("content/posts/essay.comments.yaml", "- id: c\n  body: |\n    Compare [the other post](/posts/other/#x).\n");
        site.buildClean();
        Element backlinks = Jsoup.parse(site.read("posts/other/index.html")).selectFirst(".backlinks");
        assertNotNull(backlinks, "no backlinks on the linked post");
        assertEquals("Essay", backlinks.selectFirst("a").text());
        assertEquals("Compare the other post.", backlinks.selectFirst(".backlink-context").text());
    }

    @Test
    void ordersEachLevelByScoreOrDateWhenConfigured() {
        TestSite site = site("comments_order: score\n");
        site.buildClean();
        Document page = Jsoup.parse(site.read("posts/essay/index.html"));
        assertEquals(List.of("comment-c", "comment-a"), page.select("#comments > article").eachAttr("id"));
        site("comments_order: date\n").buildClean();
        page = Jsoup.parse(site.read("posts/essay/index.html"));
        assertEquals(List.of("comment-a", "comment-c"), page.select("#comments > article").eachAttr("id"));
    }

    @Test
    void capsTheNestingSoDeepChainsStayReadable() {
        StringBuilder yaml = new StringBuilder("- id: c0\n  body: |\n    zero\n");
        for (int i = 1; i <= 10; i++) {
            yaml.append("- id: c").append(i).append("\n  parent: c").append(i - 1).append("\n  body: |\n    reply ")
                    .append(i).append('\n');
        }
        TestSite site = site("").write("content/posts/essay.comments.yaml", yaml.toString())
                .write("content/posts/essay.md", "---\ntitle: Essay\n---\n\nText.\n");
        site.buildClean();
        Document page = Jsoup.parse(site.read("posts/essay/index.html"));
        Element deepest = page.getElementById("comment-c10");
        assertEquals(CommentTree.MAX_DEPTH, deepest.parents().select("details").size());
        assertEquals("#comment-c9", deepest.selectFirst(".comment-reply-to").attr("href"));
        assertEquals(11, page.select("article.comment").size());
        // Past the cap, each reply quotes the start of the one it answers, so the flat list reads in order.
        assertEquals("reply 9", deepest.selectFirst(".comment-quoted").text());
        assertTrue(deepest.hasClass("comment-deep"));
        Element lastNested = page.getElementById("comment-c" + CommentTree.MAX_DEPTH);
        assertNull(lastNested.selectFirst(":root > .comment-quoted"), "a reply shown under its parent quotes nothing");
        assertEquals(List.of(), page.select(".comment-quoted").stream()
                .filter(q -> !q.parent().hasClass("comment-deep")).toList());
    }

    @Test
    void linkedFromListsEachPageOnceAndARepeatedContextOnce() {
        String link = "---\ntitle: %s\ndate: 2023-06-0%d\n---\n\nAs defined in [Other](other.md), and [again](other.md).\n";
        TestSite site = site("").write("content/posts/other.md", "---\ntitle: Other\ndate: 2023-06-09\n---\n\nAlone.\n")
                .write("content/posts/one.md", link.formatted("One", 1))
                .write("content/posts/two.md", link.formatted("Two", 2));
        site.buildClean();
        Element backlinks = Jsoup.parse(site.read("posts/other/index.html")).selectFirst(".backlinks");
        assertEquals(List.of("Two", "One"), backlinks.select("li > a").eachText());
        assertEquals(1, backlinks.select(".backlink-context").size(), "the shared sentence is shown once");
    }
}
