package org.essaykit.pipeline;

import org.essaykit.content.LoadOptions;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole-pipeline behaviour: determinism, atomic output, what a build includes. */
class PipelineTest {

    @TempDir
    Path dir;

    private TestSite blog() {
        TestSite site = TestSite.in(dir.resolve("blog"));
        for (int i = 0; i < 40; i++) {
            site.write("content/posts/post-" + i + ".md", "---\ntitle: Post " + i + "\ndate: 2024-01-"
                    + String.format("%02d", 1 + i % 28) + "\ntags: [t" + (i % 5) + ", shared]\n---\n\n"
                    + "## Part\n\nText with a footnote.[^1]\n\n> [!TIP]\n> Tip " + i + "\n\n[^1]: Note " + i + "\n");
        }
        return site.write("content/about.md", "---\ntitle: About\n---\nAbout us.\n");
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() {
        TestSite site = blog();
        site.buildClean();
        Map<String, String> first = TestSite.digest(site.out());
        site.buildClean();
        assertEquals(first, TestSite.digest(site.out()));
        assertTrue(first.size() > 40);
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteByteForByteIntact() throws IOException {
        TestSite site = blog();
        site.buildClean();
        Map<String, String> before = TestSite.digest(site.out());
        site.write("content/posts/post-3.md", "---\ntitle: [broken\n---\n");
        site.write("templates/page.html", "{% extends \"base.html\" %}{% block main %}{{ nope }}{% endblock %}");
        BuildResult failed = site.build();
        assertFalse(failed.succeeded());
        assertEquals(2, failed.errorCount(), TestSite.formatted(failed));
        assertEquals(before, TestSite.digest(site.out()));
        try (Stream<Path> siblings = Files.list(site.root())) {
            assertEquals(List.of(".essaykit-cache", "content", "site", "templates"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary folders left (the card cache is the first build's)");
        }
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsOneErrorAtThatFolder() throws IOException {
        TestSite site = blog();
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        BuildResult result = Pipeline.build(new BuildRequest(site.root(), file.resolve("site"), LoadOptions.published(TestSite.NOW)));
        assertEquals(1, result.errorCount(), TestSite.formatted(result));
        assertEquals(file.resolve("site"), result.diagnostics().get(0).pos().file());
        assertTrue(result.diagnostics().get(0).message().startsWith("cannot write the site"));
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aSuccessfulBuildRemovesFilesOfDeletedPosts() {
        TestSite site = blog();
        site.buildClean();
        assertTrue(site.exists("posts/post-7/index.html"));
        site.delete("content/posts/post-7.md").buildClean();
        assertFalse(site.exists("posts/post-7/index.html"));
    }

    @Test
    void draftsAndFuturePostsAreLeftOutUnlessAskedFor() {
        TestSite site = TestSite.in(dir)
                .write("content/posts/now.md", "---\ntitle: Now\ndate: 2025-12-31\n---\n")
                .write("content/posts/later.md", "---\ntitle: Later\ndate: 2026-06-01\n---\n")
                .write("content/posts/draft.md", "---\ntitle: Draft\ndraft: true\n---\n")
                .write("content/_drafts/jekyll-draft.md", "---\ntitle: Jekyll draft\n---\n");
        site.buildClean();
        assertTrue(site.exists("posts/now/index.html"));
        assertFalse(site.exists("posts/later/index.html"));
        assertFalse(site.exists("posts/draft/index.html"));
        assertFalse(site.read("feed.xml").contains("Later"));

        assertTrue(site.build(new LoadOptions(true, true, TestSite.NOW)).succeeded());
        assertTrue(site.exists("posts/later/index.html"));
        assertTrue(site.exists("posts/draft/index.html"));
        assertTrue(site.exists("posts/jekyll-draft/index.html"));
    }

    @Test
    void honoursTheBaseUrlInLinksAssetsFeedAndSitemap() {
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nurl: https://me.github.io\nbaseurl: /repo/\n")
                .write("content/posts/a.md", "---\ntitle: A\ndate: 2024-02-02\ntags: [x]\n---\nHi\n");
        site.buildClean();
        String post = site.read("posts/a/index.html");
        assertTrue(post.contains("href=\"/repo/assets/site.css\""), post);
        assertTrue(post.contains("href=\"/repo/tags/x/\""), post);
        assertTrue(post.contains("href=\"https://me.github.io/repo/posts/a/\""), post);
        assertTrue(site.read("feed.xml").contains("<link href=\"https://me.github.io/repo/posts/a/\""));
        assertTrue(site.read("sitemap.xml").contains("<loc>https://me.github.io/repo/posts/a/</loc>"));
        assertTrue(site.read("robots.txt").contains("Sitemap: https://me.github.io/repo/sitemap.xml"));
    }

    @Test
    void copiesStaticFilesAndThemeAssetsAndWritesSiteFiles() {
        TestSite site = TestSite.in(dir)
                .write("content/files/paper.pdf", "%PDF-fake")
                .write("content/_private/secret.txt", "skipped like Jekyll")
                .write("content/data/table.csv", "a,b\n");
        site.buildClean();
        assertEquals("%PDF-fake", site.read("files/paper.pdf"));
        assertTrue(site.exists("assets/site.css"));
        assertTrue(site.exists(".nojekyll"));
        assertTrue(site.exists("404.html"));
        assertFalse(site.exists("_private/secret.txt"));
        assertFalse(site.exists("data/table.csv"));
        assertFalse(site.exists("site.yaml"));
    }

    @Test
    void readsEveryFormOfTagsAndKeepsUnknownFrontMatterForTemplates() {
        TestSite site = TestSite.in(dir)
                .write("templates/post.html", "{{ page.params['gh-repo'] }}|{% for t in page.tags %}{{ t.name }};{% endfor %}|"
                        + "{{ page.params.comments }}")
                .write("content/posts/list.md", "---\ntitle: L\ntags: [a, b]\ngh-repo: me/repo\ncomments: true\n---\n")
                .write("content/posts/words.md", "---\ntitle: W\ntags: a  c\ngh-repo: x\ncomments: false\n---\n")
                .write("content/posts/empty.md", "---\ntitle: E\ntags:\ngh-repo: y\ncomments: 1\n---\n");
        site.buildClean();
        assertEquals("me/repo|a;b;|true", site.read("posts/list/index.html"));
        assertEquals("x|a;c;|false", site.read("posts/words/index.html"));
        assertEquals("y||1", site.read("posts/empty/index.html"));
    }

    @Test
    void buildsOurOwnSiteWithoutAnyDiagnostic() {
        Path repo = Path.of("").toAbsolutePath();
        BuildResult result = Pipeline.build(new BuildRequest(repo, dir.resolve("out"),
                LoadOptions.published(TestSite.NOW)));
        assertEquals("", TestSite.formatted(result));
        assertTrue(Files.exists(dir.resolve("out/posts/deceptive-alignment-is-unlikely-by-default/index.html")));
        assertTrue(result.pages() >= 3 + 4);
    }

    @Test
    void buildsConceptPagesAndTheirIndexApartFromPosts() {
        TestSite site = TestSite.in(dir)
                .write("content/concepts/mesa-optimizer.md", "---\ntitle: Mesa-optimizer\naliases: [mesa-optimizers]\n"
                        + "summary: A learned model that is itself an optimizer.\n---\n\nSee [inner alignment](inner-alignment.md).\n")
                .write("content/concepts/inner-alignment.md", "---\ntitle: Inner alignment\nsummary: Aligning the "
                        + "mesa-objective with the base objective.\n---\n\nBody.\n")
                .write("content/posts/essay.md", "---\ntitle: Essay\n---\n\nOn [mesa-optimizers](../concepts/mesa-optimizer.md).\n");
        site.buildClean();
        String concept = site.read("concepts/mesa-optimizer/index.html");
        assertTrue(concept.contains("<p>A learned model that is itself an optimizer.</p>"), concept);
        assertTrue(concept.contains("href=\"/concepts/inner-alignment/\""), concept);
        String index = site.read("concepts/index.html");
        assertTrue(index.indexOf("Inner alignment") < index.indexOf("Mesa-optimizer"), "sorted by title: " + index);
        assertTrue(site.read("posts/essay/index.html").contains("href=\"/concepts/mesa-optimizer/\""));
        assertFalse(site.read("index.html").contains("Mesa-optimizer"), "concepts are not posts");
        assertFalse(site.read("feed.xml").contains("Mesa-optimizer"));
    }

    @Test
    void aSiteWithoutConceptsHasNoConceptIndex() {
        TestSite site = TestSite.in(dir).write("content/posts/a.md", "---\ntitle: A\n---\n");
        site.buildClean();
        assertFalse(site.exists("concepts/index.html"));
    }

    @Test
    void everyPageListsThePagesThatLinkToItWithTheWordsAround() {
        TestSite site = TestSite.in(dir)
                .write("templates/concept.html", "{% for b in page.backlinks %}{{ b.title }}|{{ b.url }}|{{ b.context }};{% endfor %}")
                .write("content/concepts/myopia.md", "---\ntitle: Myopia\n---\n\nSee [myopia](myopia.md) itself.\n")
                .write("content/posts/old.md", "---\ntitle: Old\ndate: 2020-01-01\n---\n\n"
                        + "A model with [short horizons](../concepts/myopia.md) is safer, and [again](../concepts/myopia.md).\n")
                .write("content/posts/new.md", "---\ntitle: New\ndate: 2024-01-01\n---\n\n## Why [myopia](../concepts/myopia.md#x)\n\n"
                        + "Text.\n")
                .write("content/concepts/myopia.md", "---\ntitle: Myopia\n---\n\n## X\n\nSee [myopia](myopia.md) itself.\n");
        site.buildClean();
        assertEquals("New|/posts/new/|Why myopia;"
                + "Old|/posts/old/|A model with short horizons is safer, and again.;", site.read("concepts/myopia/index.html"));
    }

    @Test
    void ordersASeriesByPartThenDateWithNeighboursAndASeriesPage() {
        TestSite site = TestSite.in(dir)
                .write("content/posts/intro.md", "---\ntitle: Intro\ndate: 2024-03-01\nseries: Deceptive alignment\nseries_part: 1\n---\n")
                .write("content/posts/later.md", "---\ntitle: Later\ndate: 2024-01-01\nseries: Deceptive Alignment\n---\n")
                .write("content/posts/middle.md", "---\ntitle: Middle\ndate: 2024-05-01\nseries: Deceptive alignment\nseries_part: 2\n---\n")
                .write("content/posts/alone.md", "---\ntitle: Alone\n---\n");
        site.buildClean();
        String middle = site.read("posts/middle/index.html");
        assertTrue(middle.contains("Part 2 of 3 in <a href=\"/series/deceptive-alignment/\">Deceptive Alignment</a> "
                + "<a rel=\"prev\" href=\"/posts/intro/\">Intro</a> <a rel=\"next\" href=\"/posts/later/\">Later</a>"), middle);
        String page = site.read("series/deceptive-alignment/index.html");
        assertTrue(page.contains("<ol><li><a href=\"/posts/intro/\">Intro</a></li><li><a href=\"/posts/middle/\">Middle</a></li>"
                + "<li><a href=\"/posts/later/\">Later</a></li></ol>"), page);
        assertFalse(site.read("posts/alone/index.html").contains("Part "));
    }

    @Test
    void reportsTwoPostsClaimingOnePartOfASeries() {
        TestSite site = TestSite.in(dir)
                .write("content/posts/a.md", "---\ntitle: A\nseries: S\nseries_part: 1\n---\n")
                .write("content/posts/b.md", "---\ntitle: B\nseries: S\nseries_part: 1\n---\n");
        assertEquals("""
                content/posts/b.md:4:14: error: part 1 of the series `S` is already content/posts/a.md
                    hint: give each post of a series its own series_part""", TestSite.formatted(site.build()));
    }

    @Test
    void oldUrlsInAliasesRedirectToTheNewPage() {
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nurl: https://me.github.io\nbaseurl: /repo\ncname: essays.example.org\n")
                .write("content/posts/new-name.md", "---\ntitle: New name\naliases: [/posts/old-name/, /2019/01/01/old.html]\n---\n");
        site.buildClean();
        String redirect = site.read("posts/old-name/index.html");
        assertTrue(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=/repo/posts/new-name/\">"), redirect);
        assertTrue(redirect.contains("<link rel=\"canonical\" href=\"https://me.github.io/repo/posts/new-name/\">"), redirect);
        assertTrue(redirect.contains("<script>location.replace(\"/repo/posts/new-name/\" + location.hash)</script>"),
                "the script keeps the #fragment, which a meta refresh drops: " + redirect);
        assertTrue(site.exists("2019/01/01/old.html"));
        assertEquals("essays.example.org\n", site.read("CNAME"));
    }

    @Test
    void anAliasOnTheUrlOfAnotherPageIsAnError() {
        TestSite site = TestSite.in(dir)
                .write("content/posts/a.md", "---\ntitle: A\naliases: [/posts/b/]\n---\n")
                .write("content/posts/b.md", "---\ntitle: B\n---\n");
        assertEquals("""
                content/posts/b.md:1:1: error: two pages would be written to /posts/b/index.html (the other comes from content/posts/a.md:3:10)
                    hint: give one of them a different `permalink:` or file name""", TestSite.formatted(site.build()));
    }

    @Test
    void embedsGiscusBelowTheThreadWhenThePostAsksAndTheSiteConfiguresIt() {
        TestSite site = TestSite.in(dir)
                .write("content/site.yaml", "title: T\nurl: https://example.org\ngiscus:\n  repo: me/site\n"
                        + "  repo_id: R_1\n  category: Comments\n  category_id: DIC_2\n")
                .write("content/posts/open.md", "---\ntitle: Open\ncomments: true\n---\nHi\n")
                .write("content/posts/closed.md", "---\ntitle: Closed\n---\nHi\n");
        TestSite.copyTree(Path.of("templates"), site.root().resolve("templates"));
        site.buildClean();
        String open = site.read("posts/open/index.html");
        assertTrue(open.contains("<script src=\"https://giscus.app/client.js\" data-repo=\"me/site\" data-repo-id=\"R_1\" "
                + "data-category=\"Comments\" data-category-id=\"DIC_2\""), open);
        assertFalse(site.read("posts/closed/index.html").contains("giscus"));
    }
}
