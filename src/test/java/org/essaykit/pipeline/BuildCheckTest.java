package org.essaykit.pipeline;

import org.essaykit.content.LoadOptions;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code build --check}: broken links stop the build before anything is written, reported where they were made. */
class BuildCheckTest {

    @TempDir
    Path dir;

    private BuildResult buildChecked(TestSite site) {
        return Pipeline.build(new BuildRequest(site.root(), site.out(), LoadOptions.published(TestSite.NOW), true));
    }

    @Test
    void reportsABrokenLinkInRawHtmlAtItsMarkdownLineAndWritesNothing() {
        TestSite site = TestSite.in(dir).write("content/posts/a.md",
                "---\ntitle: A\n---\n\nIntro.\n\nSee <a href=\"/no-such-page/\">this</a>.\n");
        BuildResult result = buildChecked(site);
        assertFalse(result.succeeded());
        assertEquals("content/posts/a.md:7:5: error: broken link `/no-such-page/` in a href: nothing is published at "
                + "/no-such-page/ (site/posts/a/index.html:10:17)", TestSite.formatted(result));
        assertFalse(Files.exists(site.out()));
    }

    @Test
    void reportsABrokenRootRelativeLinkUnderTheBasePathAtItsMarkdownLine() {
        TestSite site = TestSite.in(dir).write("content/site.yaml", "title: T\nurl: https://me.github.io\nbaseurl: /repo\n")
                .write("content/posts/a.md", "---\ntitle: A\n---\n\nIntro.\n\nSee [this](/no-such-page/).\n");
        assertEquals("content/posts/a.md:7:5: error: broken link `/repo/no-such-page/` in a href: nothing is published "
                + "at /repo/no-such-page/ (site/posts/a/index.html:10:17)", TestSite.formatted(buildChecked(site)));
    }

    @Test
    void namesTheTemplateWhenATemplateMadeTheBrokenLink() {
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nurl: https://example.org\nnavigation:\n  - title: Gone\n    url: /gone/\n")
                .write("content/posts/a.md", "---\ntitle: A\n---\nHi\n");
        assertEquals("site/404.html:5:15: error: broken link `/gone/` in a href: nothing is published at /gone/ "
                + "(made by a template: 404, archive, home, post, search, tags; on 6 pages)", TestSite.formatted(buildChecked(site)));
    }

    @Test
    void followsTheRedirectPageOfAnAliasToCheckAFragmentOnThePageItLeadsTo() {
        TestSite site = TestSite.in(dir)
                .write("content/posts/a.md", "---\ntitle: A\naliases:\n  - /old-a/\n---\n\n## Setup\n\nText.\n")
                .write("content/posts/b.md", "---\ntitle: B\n---\n\n[The old address](/old-a/), [its setup](/old-a/#setup)"
                        + " and [a heading it never had](/old-a/#teardown).\n");
        assertEquals("content/posts/b.md:5:60: error: broken fragment `/old-a/#teardown` in a href: old-a/index.html "
                + "redirects to posts/a/index.html, which has no id (or <a name>) `teardown` (site/posts/b/index.html:9:94)\n"
                + "    hint: fragments are case-sensitive; heading ids change when the heading text does",
                TestSite.formatted(buildChecked(site)));
    }

    @Test
    void ourSiteUnderAProjectSiteBasePathHasNoBrokenLinks() {
        Path repo = Path.of("").toAbsolutePath();
        BuildResult result = Pipeline.build(new BuildRequest(repo, dir.resolve("out"),
                new LoadOptions(false, false, TestSite.NOW, "https://someone.github.io", "/repo/"), true));
        assertEquals("", TestSite.formatted(result));
        assertTrue(result.succeeded());
    }
}
