package org.essaykit.pipeline;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first mention of a concept in a post links to it, except where a link would be wrong. */
class AutoLinkTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.in(dir)
                .write("content/concepts/inner-alignment.md", "---\ntitle: Inner alignment\n---\nText.\n")
                .write("content/concepts/alignment.md", "---\ntitle: Alignment\n---\nText.\n")
                .write("content/concepts/myopia.md", "---\ntitle: Myopia\naliases: [myopic]\n---\nText.\n")
                .write("content/concepts/rare.md", "---\ntitle: Rare term\nautolink: false\n---\nText.\n");
    }

    private static int count(String haystack, String needle) {
        return haystack.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void linksTheFirstMentionOfEachConceptLongestTermFirst() {
        TestSite site = site().write("content/posts/p.md", "---\ntitle: P\n---\n\n"
                + "Inner alignment differs from alignment. A myopic model; more inner alignment. A rare term.\n");
        site.buildClean();
        String html = site.read("posts/p/index.html");
        assertTrue(html.contains("<a href=\"/concepts/inner-alignment/\">Inner alignment</a> differs from "
                + "<a href=\"/concepts/alignment/\">alignment</a>. A <a href=\"/concepts/myopia/\">myopic</a> model; "
                + "more inner alignment. A rare term."), html);
        assertTrue(site.read("concepts/myopia/index.html").contains("/posts/p/"), "automatic links count as backlinks");
    }

    @Test
    void neverLinksInHeadingsCodeLinksQuotesOrWhereTheAuthorAlreadyLinked() {
        TestSite site = site().write("content/posts/p.md", "---\ntitle: P\n---\n\n## Myopia\n\n"
                + "`myopia` and [about myopia](https://example.com/) and [[Alignment|our term]].\n\n"
                + "> Myopia, said someone.\n\n> [!NOTE]\n> Myopia in a callout.\n\nalignment again, myopiaish, myopia.\n");
        site.buildClean();
        String html = site.read("posts/p/index.html");
        assertEquals(1, count(html, "href=\"/concepts/myopia/\""), html);
        assertTrue(html.contains("myopiaish, <a href=\"/concepts/myopia/\">myopia</a>."), html);
        assertEquals(1, count(html, "href=\"/concepts/alignment/\""), "only the author's own link: " + html);
    }

    @Test
    void aPostCanOptOut() {
        TestSite site = site().write("content/posts/p.md", "---\ntitle: P\nautolink: false\n---\n\nMyopia.\n");
        site.buildClean();
        assertFalse(site.read("posts/p/index.html").contains("/concepts/myopia/"));
    }

    @Test
    void commentersWordsLinkNoConceptUnlessTheSiteAsks() {
        TestSite site = TestSite.in(dir.resolve("s"))
                .write("content/site.yaml", "title: T\nurl: https://example.org\n")
                .write("content/concepts/myopia.md", "---\ntitle: Myopia\n---\nText.\n")
                .write("content/posts/p.md", "---\ntitle: P\n---\n\nNo concepts here.\n")
                .write("content/posts/p.comments.yaml", "- id: a\n  body: |\n    A point about myopia.\n");
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates"));
        site.buildClean();
        assertTrue(site.read("posts/p/index.html").contains("<p>A point about myopia.</p>"));
    }

    @Test
    void conceptsMentionedInCommentsLinkAsInPostsAndCountAsBacklinksWhenTheSiteAsks() {
        TestSite site = TestSite.in(dir.resolve("s"))
                .write("content/site.yaml", "title: T\nurl: https://example.org\nbaseurl: /repo\nautolink_comments: true\n")
                .write("content/concepts/myopia.md", "---\ntitle: Myopia\naliases: [myopic]\n---\nText.\n")
                .write("content/posts/p.md", "---\ntitle: P\nautolink: false\n---\n\nNo concepts here.\n")
                .write("content/posts/p.comments.yaml", "- id: a\n  body: |\n    > myopia, quoted\n\n"
                        + "    A myopic model, `myopia` in code, and myopia again.\n");
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates"));
        site.buildClean();
        String html = site.read("posts/p/index.html");
        assertTrue(html.contains("A <a href=\"/repo/concepts/myopia/\">myopic</a> model, "
                + "<code>myopia</code> in code, and myopia again."), html);
        assertTrue(html.contains("<blockquote>\n<p>myopia, quoted</p>"), html);
        assertTrue(site.read("concepts/myopia/index.html").contains("/repo/posts/p/"), "a comment's concept link is a backlink");
    }
}
