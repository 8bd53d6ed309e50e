package org.essaykit.comments;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Threads no person would write, through the whole build and our theme, under a time limit. */
@Timeout(120)
class PathologicalThreadTest {

    @TempDir
    Path dir;

    private TestSite site(String thread) {
        TestSite site = TestSite.in(dir)
                .write("content/posts/essay.md", "---\ntitle: Essay\n---\n\nText.\n")
                .write("content/posts/essay.comments.yaml", thread);
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates"));
        return site;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aReplyChainFiveThousandDeepBuilds() {
        StringBuilder yaml = new StringBuilder("- id: c0\n  body: start\n");
        for (int i = 1; i < 5_000; i++) {
            yaml.append("- id: c").append(i).append("\n  parent: c").append(i - 1).append("\n  body: reply ").append(i).append('\n');
        }
        TestSite site = site(yaml.toString());
        site.buildClean();
        String page = site.read("posts/essay/index.html");
        assertEquals(5_000, count(page, "<article id=\"comment-"));
        assertEquals(CommentTree.MAX_DEPTH, count(page, "<details class=\"comment-replies\""));
    }

    @Test
    void aCycleFiveThousandLongIsReportedOnce() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            yaml.append("- id: c").append(i).append("\n  parent: c").append((i + 1) % 5_000).append("\n  body: x\n");
        }
        assertEquals(1, site(yaml.toString()).build().diagnostics().size());
    }

    @Test
    void tenThousandCommentsBuild() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            yaml.append("- id: c").append(i).append('\n');
            if (i % 10 != 0) {
                yaml.append("  parent: c").append(i - i % 10).append('\n');
            }
            yaml.append("  author: Person ").append(i % 97).append("\n  score: ").append(i % 13)
                    .append("\n  body: |\n    Comment *number* ").append(i).append(" with [a link](https://example.org/").append(i).append(").\n");
        }
        TestSite site = site(yaml.toString());
        site.buildClean();
        String page = site.read("posts/essay/index.html");
        assertEquals(10_000, count(page, "<article id=\"comment-"));
        assertTrue(page.contains("10000 comments"));
    }

    @Test
    void aHugeBodyBuilds() {
        String body = ("    " + "word ".repeat(200) + "*emphasis* [link](https://example.org)\n\n").repeat(2_000);
        TestSite site = site("- id: big\n  body: |\n" + body);
        site.buildClean();
        assertTrue(site.read("posts/essay/index.html").length() > 2_000_000);
    }
}
