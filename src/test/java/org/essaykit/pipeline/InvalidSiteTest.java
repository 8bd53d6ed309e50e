package org.essaykit.pipeline;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Sites that must fail, each with the exact diagnostic a user would read. */
class InvalidSiteTest {

    @TempDir
    Path dir;

    private String errorsOf(TestSite site) {
        BuildResult result = site.build();
        assertFalse(result.succeeded(), "the build should fail");
        assertFalse(site.exists("index.html"), "a failed build must not write the site");
        return TestSite.formatted(result);
    }

    @Test
    void reportsBadYamlAtItsLineAndColumn() {
        TestSite site = TestSite.in(dir).write("content/posts/a.md", "---\ntitle: A\ntags: [one, two\n---\nBody\n");
        assertEquals("""
                content/posts/a.md:4:1: error: invalid YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence started at line 3, column 7)
                    hint: fix the front matter between the --- lines""", errorsOf(site));
    }

    @Test
    void reportsAMissingTitle() {
        TestSite site = TestSite.in(dir).write("content/posts/a.md", "---\ndate: 2023-05-05\n---\nBody\n");
        assertEquals("""
                content/posts/a.md:1:1: error: missing title
                    hint: add `title: Your title` to the front matter""", errorsOf(site));
    }

    @Test
    void reportsAMissingTitleWhenThereIsNoFrontMatter() {
        TestSite site = TestSite.in(dir).write("content/about.md", "Just text.\n");
        assertEquals("""
                content/about.md:1:1: error: missing title
                    hint: start the file with front matter: a `---` line, `title: Your title`, and another `---` line""",
                errorsOf(site));
    }

    @Test
    void reportsAnUnparseableDateAtTheValue() {
        TestSite site = TestSite.in(dir).write("content/posts/a.md", "---\ntitle: A\ndate:   May 5th\n---\n");
        assertEquals("""
                content/posts/a.md:3:9: error: cannot read the date `May 5th`
                    hint: write it as `2023-05-05`, `2023-05-05 12:12:12 -0400`, `2023-05-05T12:12:12Z` or `May 5, 2023`""",
                errorsOf(site));
    }

    @Test
    void reportsAnUnreadableLastModifiedDateAtTheValue() {
        TestSite site = TestSite.in(dir).write("content/posts/a.md",
                "---\ntitle: A\nlast_modified_at: last week\n---\n");
        assertEquals("""
                content/posts/a.md:3:19: error: cannot read the date `last week`
                    hint: write it as `2023-05-05`, `2023-05-05 12:12:12 -0400`, `2023-05-05T12:12:12Z` or `May 5, 2023`""",
                errorsOf(site));
    }

    @Test
    void reportsTwoPagesAtOneUrl() {
        TestSite site = TestSite.in(dir)
                .write("content/posts/a.md", "---\ntitle: A\npermalink: /same/\n---\n")
                .write("content/posts/b.md", "---\ntitle: B\npermalink: /same/\n---\n");
        assertEquals("""
                content/posts/b.md:1:1: error: two pages would be written to /same/index.html (the other comes from content/posts/a.md:1:1)
                    hint: give one of them a different `permalink:` or file name""", errorsOf(site));
    }

    @Test
    void reportsAMissingTemplateVariableInTheTemplateNamingThePages() {
        TestSite site = TestSite.in(dir)
                .write("templates/page.html", "{% extends \"base.html\" %}\n{% block main %}\n{{ page.nonsense }}\n{% endblock %}\n")
                .write("content/a.md", "---\ntitle: A\n---\n")
                .write("content/b.md", "---\ntitle: B\n---\n");
        assertEquals("""
                templates/page.html:3:1: error: Attribute [nonsense] of [org.essaykit.render.Views$PostView] does not exist or can not be accessed and strict variables is set to true. (while rendering /a/ and 1 other page)
                    hint: fix the template, or give the page what the template expects""", errorsOf(site));
    }

    @Test
    void reportsAPermalinkThatNeedsADateTheUndatedPostLacks() {
        TestSite site = TestSite.in(dir).write("content/posts/a.md", "---\ntitle: A\npermalink: /:year/:slug/\n---\n");
        assertEquals("""
                content/posts/a.md:3:12: error: the permalink needs :year but the post has no date
                    hint: add `date:` to the front matter, or use a permalink without date placeholders""",
                errorsOf(site));
    }

    @Test
    void reportsAFrontMatterThatIsNeverClosed() {
        TestSite site = TestSite.in(dir).write("content/posts/a.md", "---\ntitle: A\nBody text\n");
        assertEquals("""
                content/posts/a.md:1:1: error: the front matter is never closed
                    hint: end the front matter with a line containing only `---`""", errorsOf(site));
    }

    @Test
    void reportsBadSiteConfigValues() {
        TestSite site = TestSite.in(dir).write("content/site.yaml",
                "title: T\nurl: example.org\nbaseurl: repo\nheading_ids: gitlab\n");
        assertEquals("""
                content/site.yaml:2:6: error: `url` must be an absolute http(s) address, not `example.org`
                    hint: write for example `url: https://example.org` (the path under it goes in `baseurl`)
                content/site.yaml:3:10: error: `baseurl` must be a path such as `/repo`, not `repo`
                    hint: GitHub Pages project sites use `baseurl: /<repository name>`
                content/site.yaml:4:14: error: unknown heading id style `gitlab`
                    hint: use `github` (default), `jekyll` (kramdown with GFM input, Jekyll's default) or `kramdown`""",
                errorsOf(site));
    }

    @Test
    void reportsEveryErrorOfABuildTogetherSortedByFile() {
        TestSite site = TestSite.in(dir)
                .write("content/posts/a.md", "---\ntitle: A\ndate: someday\n---\n")
                .write("content/posts/b.md", "---\ndate: 2023-01-01\n---\n")
                .write("content/posts/c.md", "---\ntitle: C\nlayout: nope\ndraft: maybe\n---\n");
        assertEquals("""
                content/posts/a.md:3:7: error: cannot read the date `someday`
                    hint: write it as `2023-05-05`, `2023-05-05 12:12:12 -0400`, `2023-05-05T12:12:12Z` or `May 5, 2023`
                content/posts/b.md:1:1: error: missing title
                    hint: add `title: Your title` to the front matter
                content/posts/c.md:3:9: warning: unknown layout `nope`: the page uses the `post` layout
                    hint: create templates/nope.html or use one of: concept, page, post
                content/posts/c.md:4:8: error: `draft` must be true or false, not `maybe`
                    hint: write `draft: true` or `draft: false`""", errorsOf(site));
    }
}
