package org.essaykit.pipeline;

import org.essaykit.content.LoadOptions;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What real Jekyll blogs hold that must not stop the build: a layout with no template, a template file in
 * {@code _posts/} without a date, dates in Ruby's looser forms or with another offset than the site's.
 */
class ForgivingBuildTest {

    @TempDir
    Path dir;

    @Test
    void aLayoutWithNoTemplateFallsBackToTheDefaultOfItsKindWithAWarning() {
        TestSite site = TestSite.in(dir).write("content/posts/a.md", "---\ntitle: A\nlayout: fancy\n---\nHi\n");
        BuildResult result = site.build();
        assertTrue(result.succeeded());
        assertEquals("content/posts/a.md:3:9: warning: unknown layout `fancy`: the page uses the `post` layout\n"
                + "    hint: create templates/fancy.html or use one of: concept, page, post", TestSite.formatted(result));
        assertTrue(site.read("posts/a/index.html").contains("<h1>A</h1>"), "built with the post template");
    }

    @Test
    void warnsOncePerUnknownLayoutAtItsFirstUse() {
        TestSite site = TestSite.in(dir)
                .write("content/posts/a.md", "---\ntitle: A\nlayout: fancy\n---\nHi\n")
                .write("content/posts/b.md", "---\ntitle: B\nlayout: fancy\n---\nHi\n")
                .write("content/about.md", "---\ntitle: About\nlayout: fancy\n---\nMe\n");
        BuildResult result = site.build();
        assertTrue(result.succeeded());
        assertEquals("content/posts/a.md:3:9: warning: unknown layout `fancy` (here and on 2 other pages): each uses "
                + "the default layout of its kind (post, page or concept)\n"
                + "    hint: create templates/fancy.html or use one of: concept, page, post", TestSite.formatted(result));
        assertTrue(site.read("about/index.html").contains("<h1>About</h1>"));
    }

    @Test
    void strictMakesTheWarningAnErrorAndWritesNothing() {
        TestSite site = TestSite.in(dir).write("content/posts/a.md", "---\ntitle: A\nlayout: fancy\n---\nHi\n");
        BuildResult result = Pipeline.build(new BuildRequest(site.root(), site.out(), LoadOptions.published(TestSite.NOW),
                false, true));
        assertFalse(result.succeeded());
        assertTrue(TestSite.formatted(result).startsWith("content/posts/a.md:3:9: error: unknown layout `fancy`"),
                TestSite.formatted(result));
        assertFalse(site.exists("posts/a/index.html"));
    }

    @Test
    void aFileInPostsWithoutADateInItsNameIsSkippedWithAWarning() {
        TestSite site = TestSite.in(dir)
                .write("content/_posts/template.md", "---\nlayout: post\n---\n")
                .write("content/_posts/2023-01-05-real.md", "---\ntitle: Real\n---\nHi\n");
        BuildResult result = site.build();
        assertTrue(result.succeeded());
        assertEquals("content/_posts/template.md:1:1: warning: skipped: a file in _posts/ is a post only when its "
                + "name starts with its date, as in Jekyll\n"
                + "    hint: rename it `YYYY-MM-DD-template.md` to publish it, or move it out of _posts/",
                TestSite.formatted(result));
        assertTrue(site.exists("posts/real/index.html"));
        assertFalse(site.exists("posts/template/index.html"));
    }

    /** Jekyll 4.3 (Debian's) puts these posts at these days with {@code timezone: Asia/Tokyo}. */
    @Test
    void takesYearMonthAndDayInTheSiteTimeZoneAsJekyllDoes() {
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nurl: https://example.org\ntimezone: Asia/Tokyo\n"
                        + "permalink: /:year/:month/:day/:title/\n")
                .write("content/_posts/2000-01-01-offset.md", "---\ntitle: O\ndate: 2023-01-29 18:30:22 -0800\n---\n")
                .write("content/_posts/2000-01-01-utc.md", "---\ntitle: U\ndate: 2023-01-29T20:30:22Z\n---\n")
                .write("content/_posts/2000-01-01-git.md", "---\ntitle: G\ndate: 2023-01-29 18:30:22 2023 -0800\n---\n")
                .write("content/_posts/2000-01-01-words.md", "---\ntitle: W\ndate: January 29, 2023\n---\n");
        site.buildClean();
        assertTrue(site.exists("2023/01/30/offset/index.html"));
        assertTrue(site.exists("2023/01/30/utc/index.html"));
        assertTrue(site.exists("2023/01/29/git/index.html"));
        assertTrue(site.exists("2023/01/29/words/index.html"));
    }

    @Test
    void aHeadingWithoutWordCharactersGetsNoEmptyIdAsInJekyll() {
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nurl: https://example.org\nheading_ids: jekyll\n")
                .write("content/posts/a.md", "---\ntitle: A\n---\n\n### \"\n\n### \"\n\n## a\n\n## a\n");
        site.buildClean();
        String html = site.read("posts/a/index.html");
        assertFalse(html.contains("id=\"\""), html);
        assertTrue(html.contains("<h3>&quot;</h3>"), html);
        assertTrue(html.contains("<h3 id=\"-1\">"), html);
        assertTrue(html.contains("<h2 id=\"a-1\">"), html);
    }
}
