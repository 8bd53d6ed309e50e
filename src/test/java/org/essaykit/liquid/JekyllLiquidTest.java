package org.essaykit.liquid;

import org.essaykit.content.LoadOptions;
import org.essaykit.pipeline.BuildRequest;
import org.essaykit.pipeline.BuildResult;
import org.essaykit.pipeline.Pipeline;
import org.essaykit.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Liquid in the posts of a Jekyll repository, rendered before their Markdown as Jekyll does
 * ({@code sites/jekyll-liquid}: variables, filters, raw, post_url, link, include, include_cached, highlight), and
 * its errors at the post's file:line:col.
 */
class JekyllLiquidTest {

    @TempDir
    Path dir;

    private BuildResult build() {
        return Pipeline.build(new BuildRequest(dir, dir.resolve("site"), LoadOptions.published(TestSite.NOW)));
    }

    private Element body(String sitePath) throws IOException {
        return Jsoup.parse(dir.resolve("site").resolve(sitePath).toFile(), "UTF-8").selectFirst("div.essay-body");
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text, StandardCharsets.UTF_8);
    }

    @Test
    void rendersTheLiquidThatPostsUseBeforeTheirMarkdown() throws IOException {
        TestSite.copyTree(TestSite.resource("/sites/jekyll-liquid"), dir);
        BuildResult result = build();
        assertTrue(result.succeeded(), TestSite.formatted(result));
        Element body = body("2015/02/liquid/index.html");
        String text = body.text();
        assertTrue(text.contains("This is Liquid and kramdown, and this post is LIQUID IN A POST."), text);
        assertTrue(text.contains("A template writes {{ page.title }} and {% if x %}."), "raw kept as written: " + text);
        assertEquals("/blog/2014/01/first/", body.select("p > a").get(0).attr("href"), "post_url, with the base path once");
        assertEquals("/blog/2014/01/first/", body.select("p > a").get(1).attr("href"), "link to a post");
        assertEquals("/blog/assets/paper.pdf", body.select("p > a").get(2).attr("href"), "link to a static file");
        assertEquals("An include (Liquid and kramdown)", body.select("aside.note").get(0).text());
        assertEquals("A cached include (Liquid and kramdown)", body.select("aside.note").get(1).text());
        Element code = body.selectFirst("pre code");
        assertTrue(code.text().startsWith("def greet(name)"), "highlight as a code block: " + body.html());
        assertTrue(code.parent().outerHtml().contains("ruby") || code.outerHtml().contains("ruby"),
                "in its language: " + code.parent().outerHtml());
        assertTrue(code.text().contains("puts \"Hello, #{name}\""), code.text());
        assertTrue(text.contains("Written by Ada Lovelace on February 3, 2015; tags: MATHS, CODE."), text);
        assertEquals("/blog/assets/figure.png", body.selectFirst("img").attr("src"), "relative_url, base path once");
        assertTrue(text.contains("hello-world."), text);
        assertTrue(text.contains("There are 2 talks."), "a data file with a hyphen in its name: " + text);
        assertEquals("liquid-first", body.selectFirst("h2").id(), "an IAL's id on the heading");
        assertEquals("Done \uD83C\uDF89", body.selectFirst("p.note").text(), "jemoji and a paragraph's IAL");
        assertTrue(code.hasClass("linenos"), "{% highlight ruby linenos %} numbers the lines: " + code.outerHtml());
        assertTrue(text.contains("Latest: Liquid in a post; First."), "site.posts, newest first: " + text);
        assertTrue(text.contains("Tagged maths: 1."), "site.tags: " + text);
        assertTrue(text.contains("First link: Lovelace, Ada at /ada/."), "a CSV file in _data/: " + text);
        org.jsoup.nodes.Document page = Jsoup.parse(dir.resolve("site/2015/02/liquid/index.html").toFile(), "UTF-8");
        assertEquals("Ada Lovelace", page.selectFirst("meta[name=author]").attr("content"),
                "jekyll-seo-tag's author mapping");
        assertEquals("https://someone.github.io/blog/assets/figure.png",
                page.selectFirst("meta[property=og:image]").attr("content"), "jekyll-seo-tag's image mapping");
        String outsideRaw = body.html().replace("A template writes {{ page.title }} and {% if x %}.", "");
        assertFalse(outsideRaw.contains("{%") || outsideRaw.contains("{{"), "no Liquid left: " + body.html());
    }

    @Test
    void redirectFromWritesRedirectPagesToThePost() throws IOException {
        TestSite.copyTree(TestSite.resource("/sites/jekyll-liquid"), dir);
        assertTrue(build().succeeded());
        for (String old : new String[] {"old-liquid/index.html", "legacy.html"}) {
            String page = Files.readString(dir.resolve("site").resolve(old), StandardCharsets.UTF_8);
            assertTrue(page.contains("/blog/2015/02/liquid/"), old + ": " + page);
        }
    }

    @Test
    void redirectToTurnsAPostsAddressIntoARedirectAndServeKeepsItRight() throws IOException {
        write("_config.yml", "title: Moved\nbaseurl: /blog\n");
        write("_posts/2014-01-01-a.md", "---\ntitle: A\n---\nA.\n");
        write("_posts/2014-01-02-moved.md", "---\ntitle: Moved\nredirect_to: https://example.org/elsewhere/\n---\nGone.\n");
        write("_posts/2014-01-03-local.md", "---\ntitle: Local\nredirect_to: /2014/01/01/a.html\n---\nHere.\n");
        write("_posts/2014-01-04-c.md", "---\ntitle: C\n---\nC.\n");
        BuildResult result = build();
        assertTrue(result.succeeded(), TestSite.formatted(result));
        String moved = Files.readString(dir.resolve("site/2014/01/02/moved.html"), StandardCharsets.UTF_8);
        assertTrue(moved.contains("url=https://example.org/elsewhere/\"") && !moved.contains("<p>Gone.</p>"), moved);
        String local = Files.readString(dir.resolve("site/2014/01/03/local.html"), StandardCharsets.UTF_8);
        assertTrue(local.contains("url=/blog/2014/01/01/a.html\""), "the base path is added once: " + local);

        // serve: a body edit of the post listed after the redirected ones (its page is not at its post's place)
        // makes the page a clean build makes, newer and older links included
        org.essaykit.live.LiveBuild live = org.essaykit.live.LiveBuild.of(
                new BuildRequest(dir, dir.resolve("site"), LoadOptions.published(TestSite.NOW)));
        assertTrue(live.start().succeeded());
        write("_posts/2014-01-01-a.md", "---\ntitle: A\n---\nA, edited.\n");
        org.essaykit.live.LiveBuild.Outcome edited = live.rebuild(java.util.Set.of(dir.resolve("_posts/2014-01-01-a.md")));
        assertTrue(edited.succeeded(), edited.diagnostics().toString());
        assertTrue(build().succeeded());
        assertTrue(edited.work().keptGraph(), "a body edit continues the last plan");
        assertEquals(Files.readString(dir.resolve("site/2014/01/01/a.html"), StandardCharsets.UTF_8),
                new String(org.essaykit.output.SiteSnapshot.bytes(edited.site().file("2014/01/01/a.html").orElseThrow()),
                        StandardCharsets.UTF_8));
    }

    /**
     * serve renders again what Liquid showed from elsewhere: a post listing site.posts when another post's title
     * changes, and the bodies that include an edited file of _includes/; each page as a clean build makes it.
     */
    @Test
    void serveRendersAgainTheLiquidThatShowsAnotherFile() throws IOException {
        write("_config.yml", "title: Lists\n");
        write("_includes/sig.html", "Signed, Ada.");
        write("_posts/2014-01-01-a.md", "---\ntitle: A\n---\nA.\n");
        write("_posts/2014-01-02-list.md", "---\ntitle: List\n---\nAll: {% for p in site.posts %}{{ p.title }} {% endfor %}\n\n"
                + "{% include sig.html %}\n");
        org.essaykit.live.LiveBuild live = org.essaykit.live.LiveBuild.of(
                new BuildRequest(dir, dir.resolve("site"), LoadOptions.published(TestSite.NOW)));
        assertTrue(live.start().succeeded());
        write("_posts/2014-01-01-a.md", "---\ntitle: A renamed\n---\nA.\n");
        assertSameAsCleanBuild(live.rebuild(java.util.Set.of(dir.resolve("_posts/2014-01-01-a.md"))),
                "2014/01/02/list.html", "All: List A renamed");
        write("_includes/sig.html", "Signed, Grace.");
        assertSameAsCleanBuild(live.rebuild(java.util.Set.of(dir.resolve("_includes/sig.html"))),
                "2014/01/02/list.html", "Signed, Grace.");
    }

    private void assertSameAsCleanBuild(org.essaykit.live.LiveBuild.Outcome edited, String page, String shows)
            throws IOException {
        assertTrue(edited.succeeded(), edited.diagnostics().toString());
        String served = new String(org.essaykit.output.SiteSnapshot.bytes(edited.site().file(page).orElseThrow()),
                StandardCharsets.UTF_8);
        assertTrue(served.contains(shows), served);
        assertTrue(build().succeeded());
        assertEquals(Files.readString(dir.resolve("site").resolve(page), StandardCharsets.UTF_8), served);
    }

    @Test
    void twoPagesRedirectedFromOneOldUrlKeepOneAsJekyllDoes() throws IOException {
        write("_config.yml", "title: Two\n");
        write("_posts/2014-01-01-a.md", "---\ntitle: A\nredirect_from: /conduct/\n---\nA.\n");
        write("_posts/2014-01-02-b.md", "---\ntitle: B\nredirect_from: /conduct/\n---\nB.\n");
        BuildResult result = build();
        assertTrue(result.succeeded(), TestSite.formatted(result));
        String redirect = Files.readString(dir.resolve("site/conduct/index.html"));
        assertTrue(redirect.contains("/2014/01/02/b.html") && !redirect.contains("/a.html"), "the newer post, first in order: " + redirect);
    }

    @Test
    void liquidErrorsAreReportedAtTheirFileLineAndColumn() throws IOException {
        write("_config.yml", "title: Errors\n");
        write("_posts/2014-01-01-first.md", "---\ntitle: First\n---\nText.\n");
        write("_posts/2015-01-01-missing.md", "---\ntitle: Missing\n---\nLine one.\n\nSee [it]({% post_url 2014-09-09-gone %}).\n");
        write("_posts/2015-01-02-unknown.md", "---\ntitle: Unknown\n---\nLine one.\n\nA {% youtube 1234 %} here.\n");
        write("_posts/2015-01-03-link.md", "---\ntitle: Link\n---\n[x]({% link about.md %})\n");
        write("_posts/2015-01-04-plugin.md", "---\ntitle: Plugin\n---\nSee {% gist 1234 %}.\n");
        BuildResult result = build();
        assertFalse(result.succeeded());
        String errors = TestSite.formatted(result);
        assertTrue(errors.contains("_posts/2015-01-01-missing.md:6:10: error: `{% post_url 2014-09-09-gone %}`: "
                + "no post `_posts/2014-09-09-gone.md`"), errors);
        assertTrue(errors.contains("_posts/2015-01-02-unknown.md:6:6: error: unknown Liquid tag `youtube`"), errors);
        assertTrue(errors.contains("_posts/2015-01-03-link.md:4:5: error: `{% link about.md %}`: no file `about.md`"),
                errors);
        assertTrue(errors.contains("_posts/2015-01-04-plugin.md:4:5: warning: `{% gist %}` is a tag of jekyll-gist, "
                + "which essaykit does not run: it is a link to the gist"), errors);
    }

    @Test
    void ourOwnSitesKeepLiquidTextUnlessAFileAsksForIt() throws IOException {
        TestSite site = TestSite.in(dir);
        site.write("content/posts/plain.md", "---\ntitle: Plain\ndate: 2020-01-01\n---\nA template writes {{ page.title }}.\n");
        site.write("content/posts/liquid.md", "---\ntitle: Asked\ndate: 2020-01-02\nliquid: true\n---\n"
                + "This is {{ page.title | downcase }} on {{ site.title }}.\n");
        site.buildClean();
        assertTrue(site.read("posts/plain/index.html").contains("A template writes {{ page.title }}."));
        assertTrue(site.read("posts/liquid/index.html").contains("This is asked on Test site."));
    }
}
