package org.essaykit.live;

import org.essaykit.pipeline.BuildRequest;
import org.essaykit.pipeline.Pipeline;
import org.essaykit.pipeline.StageTimer;
import org.essaykit.content.LoadOptions;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.output.SiteFile;
import org.essaykit.output.SiteSnapshot;
import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code serve}'s incremental rebuilds: after every edit, the site a {@link LiveBuild} holds must equal a clean
 * build of the same folder byte for byte, and {@code changedPaths} must name exactly the files that differ.
 */
class IncrementalRebuildTest {

    private static final LoadOptions DRAFTS_AND_FUTURE = new LoadOptions(true, true, TestSite.NOW);

    @TempDir
    Path dir;
    private TestSite site;
    private LiveBuild live;
    private Map<String, byte[]> previous;

    @BeforeEach
    void site() {
        site = TestSite.fixture(Path.of("src/test/resources/sites/knowledge-base"), dir);
        TestSite.copyTree(Path.of("templates"), dir.resolve("templates")); // our theme, with every partial
        site.write("content/posts/risks.comments.yaml", """
                - id: c1
                  author: Ada
                  body: The mesa-optimizer framing helps; see [the follow-up](/posts/follow-up/).
                """);
        site.write("content/posts/later.md", """
                ---
                title: Later thoughts
                date: 2024-03-01
                tags: [alignment]
                description: What came after.
                ---

                A later post about inner alignment, linking [[Follow-up]].

                ## Notes

                Plain words that no other page shows.
                """);
        site.write("content/_drafts/unfinished.md", "---\ntitle: Unfinished\n---\n\nNot yet.\n");
        live = LiveBuild.of(new BuildRequest(dir, dir.resolve("site"), DRAFTS_AND_FUTURE));
        LiveBuild.Outcome first = live.start();
        assertMatchesCleanBuild(first);
    }

    @Test
    void everyEditEndsInTheSiteACleanBuildMakes() {
        edit("add a post", write("content/posts/new.md", """
                ---
                title: A new post
                date: 2024-04-01
                tags: [alignment, new]
                ---

                It builds on [[later]] and the [risks](risks.md).
                """));
        edit("change a title", write("content/posts/later.md", read("content/posts/later.md")
                .replace("title: Later thoughts", "title: Afterthoughts")
                .replace("[[Follow-up]]", "[[Follow-up]] and [[Afterthoughts#notes]]")));
        edit("rename a post", rename("content/posts/new.md", "content/posts/renamed.md"));
        edit("delete a post", delete("content/posts/renamed.md"));
        edit("add a tag", write("content/posts/follow-up.md", read("content/posts/follow-up.md")
                .replace("series_part: 2", "series_part: 2\ntags: [alignment]")));

        Set<Path> broken = write("content/posts/later.md", read("content/posts/later.md")
                .replace("Plain words", "See [gone](gone.md) and plain words"));
        LiveBuild.Outcome failed = live.rebuild(broken);
        assertNull(failed.site(), "a broken link must not give a site");
        Diagnostic error = failed.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals("content/posts/later.md:12:5", error.pos().toString().replace('\\', '/'), error.format());
        assertTrue(error.message().contains("gone.md"), error.format());

        edit("fix the link", write("content/posts/later.md", read("content/posts/later.md")
                .replace("[gone](gone.md)", "[the risks](risks.md)")));
        LiveBuild.Outcome retemplated = edit("edit a template", write("templates/partials/footer.html",
                read("templates/partials/footer.html").replace("Atom feed", "Feed")));
        // Templates include and extend each other: a template edit renders every page again.
        assertEquals(retemplated.site().files().keySet().stream().filter(p -> p.endsWith(".html")
                && !p.startsWith("assets/")).count(), retemplated.work().pagesRendered().size());
        String post = read("templates/post.html");
        LiveBuild.Outcome badTemplate = live.rebuild(write("templates/post.html",
                post.replace("{{ page.content }}", "{{ page.nonsense }}")));
        assertNull(badTemplate.site(), "a template error must not give a site");
        assertTrue(badTemplate.diagnostics().stream().anyMatch(d -> d.isError()
                && d.pos().toString().replace('\\', '/').startsWith("templates/post.html:")), badTemplate::toString);
        edit("fix the template", write("templates/post.html", post));
        edit("rename a concept", write("content/concepts/mesa-optimizer.md", read("content/concepts/mesa-optimizer.md")
                .replaceFirst("title: .*", "title: Mesa optimiser")));
        edit("edit a data file", write("content/data/pairs.csv", read("content/data/pairs.csv") + ""));
        edit("edit a comment thread", write("content/posts/risks.comments.yaml", read("content/posts/risks.comments.yaml")
                .replace("helps", "helps a lot")));
        edit("publish a draft", rename("content/_drafts/unfinished.md", "content/posts/unfinished.md"));
        edit("add a static file", write("content/images/x.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>"));
        edit("edit the site config", write("content/site.yaml", read("content/site.yaml")
                .replace("title: Knowledge base", "title: The knowledge base")));
    }

    /** A page shows its images' sizes and smaller copies: saving an image renders the pages showing it again. */
    @Test
    void anImageEditRendersThePagesShowingItAndAMissingImageRecovers() throws IOException {
        Files.createDirectories(dir.resolve("content/images"));
        Set<Path> added = new java.util.HashSet<>(png("content/images/chart.png", 800, 400));
        added.addAll(write("content/posts/chart.md",
                "---\ntitle: Chart\ndate: 2024-04-01\n---\n\n![A chart](/images/chart.png){#fig:chart}\n"));
        edit("a post shows a new image", added);
        LiveBuild.Outcome grown = edit("the image grows past the column", png("content/images/chart.png", 1600, 400));
        assertEquals(List.of("/posts/chart/"), grown.work().pagesRendered());
        assertTrue(new String(previous.get("posts/chart/index.html")).contains("width=\"1600\" height=\"400\" srcset="));
        assertTrue(previous.containsKey("images/chart.720w.png"));

        LiveBuild.Outcome missing = live.rebuild(delete("content/images/chart.png"));
        assertNull(missing.site());
        assertTrue(missing.diagnostics().stream().anyMatch(d -> d.message().startsWith("the image `/images/chart.png` is not a file")),
                missing.diagnostics()::toString);
        edit("the image is back", png("content/images/chart.png", 600, 300));
        assertFalse(previous.containsKey("images/chart.720w.png"), "a narrow image has no copies");
    }

    private Set<Path> png(String path, int width, int height) throws IOException {
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", dir.resolve(path).toFile());
        return Set.of(dir.resolve(path));
    }

    @Test
    void aBodyEditRendersOnlyThatPostsPage() {
        LiveBuild.Outcome outcome = edit("edit a body", write("content/posts/later.md",
                read("content/posts/later.md").replace("no other page shows", "no other page ever shows")));
        assertEquals(List.of("/posts/later/"), outcome.work().pagesRendered());
        assertEquals(1, outcome.work().bodies());
        assertTrue(outcome.work().keptGraph());
        assertFalse(outcome.work().everything());
    }

    @Test
    void bodyEditsThatKeepEveryLinkAreSwappedIntoTheLastGraph() {
        kept(true, "reword a sentence", write("content/posts/later.md", read("content/posts/later.md")
                .replace("Plain words that no other page shows.", "Plain words no other page shows.")));
        // Lines above a link move it, but it leads where it did: the error of a later break is still placed right.
        kept(true, "new first paragraph", write("content/posts/later.md", read("content/posts/later.md")
                .replace("A later post", "An opening paragraph, now the summary.\n\nA later post")));
        kept(true, "longer reading time", write("content/posts/later.md", read("content/posts/later.md")
                + "\n" + "word ".repeat(600) + "\n"));
        kept(true, "a concept's body", write("content/concepts/mesa-optimizer.md",
                read("content/concepts/mesa-optimizer.md") + "\nIt names a model, not a method.\n"));
        kept(true, "a post with comments, in a series", write("content/posts/risks.md",
                read("content/posts/risks.md") + "\nMore to say here.\n"));
        kept(true, "a draft", write("content/_drafts/unfinished.md", read("content/_drafts/unfinished.md")
                + "\nStill not.\n"));
        Set<Path> two = new java.util.HashSet<>(write("content/posts/later.md", read("content/posts/later.md")
                .replace("Plain words", "Simple words")));
        two.addAll(write("content/posts/risks.md", read("content/posts/risks.md").replace("More to say", "More")));
        kept(true, "two bodies at once", two);
        kept(false, "a heading renamed", write("content/posts/later.md", read("content/posts/later.md")
                .replace("## Notes", "## More notes")));
        kept(false, "a new link", write("content/posts/later.md", read("content/posts/later.md")
                .replace("Simple words", "Simple [words](risks.md)")));

        LiveBuild.Outcome broken = live.rebuild(write("content/posts/later.md", read("content/posts/later.md")
                .replace("[words](risks.md)", "[words](gone.md)")));
        assertEquals("content/posts/later.md:14:8", broken.diagnostics().stream().filter(Diagnostic::isError)
                .findFirst().orElseThrow().pos().toString().replace('\\', '/'));
        // The graph with the broken link reported a problem: it is not built on, and the error stays.
        LiveBuild.Outcome stillBroken = live.rebuild(write("content/posts/risks.md", read("content/posts/risks.md")
                .replace("More.", "More still.")));
        assertNull(stillBroken.site());
        assertFalse(stillBroken.work().keptGraph());
        kept(false, "fix the link", write("content/posts/later.md", read("content/posts/later.md")
                .replace("[words](gone.md)", "[words](risks.md)")));
        kept(true, "and a body edit again", write("content/posts/risks.md", read("content/posts/risks.md")
                .replace("More still.", "Even more.")));
        // The page keeping an old URL describes the post it leads to: a new summary reaches it too.
        kept(false, "add a page", write("content/about.md", "---\ntitle: About\n---\n\nWho writes here.\n"));
        kept(true, "a page's body", write("content/about.md", read("content/about.md") + "\nAnd why.\n"));
        kept(false, "keep an old URL", write("content/_drafts/unfinished.md", read("content/_drafts/unfinished.md")
                .replace("title: Unfinished", "title: Unfinished\naliases: [/posts/sketch/]")));
        kept(true, "a new summary under an old URL", write("content/_drafts/unfinished.md",
                read("content/_drafts/unfinished.md").replace("Not yet.", "Nearly there.")));
    }

    @Test
    void bodyEditsWhileTheSiteHasErrorsKeepReportingThemUntilTheyAreFixed() {
        // Two pages at one URL: an error of the output, not of the graph, so body edits still keep the graph.
        LiveBuild.Outcome clash = live.rebuild(write("content/about.md", "---\ntitle: About\npermalink: /posts/later/\n---\n\nHi.\n"));
        assertNull(clash.site());
        LiveBuild.Outcome edited = live.rebuild(write("content/posts/risks.md", read("content/posts/risks.md")
                + "\nAnother sentence.\n"));
        assertNull(edited.site(), "the clash is still there");
        assertTrue(edited.work().keptGraph());
        assertTrue(edited.diagnostics().stream().anyMatch(d -> d.isError() && d.message().contains("/posts/later/")),
                edited.diagnostics()::toString);
        edit("move the page away", delete("content/about.md"));

        // A template error: body edits that keep the graph render the broken pages again, and fail again.
        String post = read("templates/post.html");
        assertNull(live.rebuild(write("templates/post.html", post.replace("{{ page.content }}", "{{ page.nonsense }}")))
                .site());
        LiveBuild.Outcome stillBroken = live.rebuild(write("content/posts/risks.md", read("content/posts/risks.md")
                .replace("Another sentence.", "Another.")));
        assertNull(stillBroken.site());
        assertTrue(stillBroken.work().keptGraph());
        assertTrue(stillBroken.diagnostics().stream().anyMatch(d -> d.isError()
                && d.pos().toString().replace('\\', '/').startsWith("templates/post.html:")), stillBroken::toString);
        edit("fix the template", write("templates/post.html", post));
        kept(true, "and edit a body", write("content/posts/risks.md", read("content/posts/risks.md")
                .replace("Another.", "Yet another.")));
    }

    @Test
    void titleEditsThatKeepEveryLinkAndPlaceAreSwappedIntoTheLastGraph() {
        // Linked from a post, a concept and a comment; first of its series, with comments; last of the home list.
        kept(true, "retitle a post others link to", write("content/posts/risks.md", read("content/posts/risks.md")
                .replaceFirst("title: .*", "title: Risks, revisited")));
        kept(true, "retitle the newest post", write("content/posts/later.md", read("content/posts/later.md")
                .replace("title: Later thoughts", "title: Later still")));
        kept(true, "retitle the second of a series", write("content/posts/follow-up.md",
                read("content/posts/follow-up.md").replaceFirst("title: .*", "title: Follow-up, again")));
        // Named in the picture of a concept that links to it.
        kept(true, "retitle a post a concept links to", write("content/posts/risks.md", read("content/posts/risks.md")
                .replaceFirst("title: .*", "title: Risks of learned optimization")));
        // Concepts sort by title, and their titles link mentions in every body.
        edit("retitle a concept", write("content/concepts/inner-alignment.md",
                read("content/concepts/inner-alignment.md").replaceFirst("title: .*", "title: The inner alignment problem\naliases: [Inner alignment]")));
        kept(false, "a post of the same date", write("content/posts/same-day.md",
                "---\ntitle: Musings\ndate: 2024-03-01\n---\n\nOn [[risks]].\n"));
        // Titles break ties between posts of one date: a new title that passes the other post plans everything.
        kept(true, "a title that keeps its place", write("content/posts/same-day.md",
                read("content/posts/same-day.md").replace("title: Musings", "title: Notes")));
        kept(false, "a title that passes another post", write("content/posts/same-day.md",
                read("content/posts/same-day.md").replace("title: Notes", "title: Asides")));
        kept(false, "one post per page", write("content/site.yaml", read("content/site.yaml") + "paginate: 1\n"));
        kept(true, "retitle a post on a later page", write("content/posts/follow-up.md",
                read("content/posts/follow-up.md").replaceFirst("title: .*", "title: Following up")));
    }

    @Test
    void aTitleTheGraphPageDoesNotShowKeepsItsPicture() {
        // More posts than the graph page draws: the oldest, linking nothing, are left out of its picture.
        Set<Path> many = new java.util.HashSet<>();
        for (int i = 1; i <= 90; i++) {
            many.addAll(write("content/posts/old-" + i + ".md", "---\ntitle: Old note " + i + "\ndate: 2020-01-01T"
                    + String.format("%02d:%02d:00Z", i / 60, i % 60) + "\n---\n\nAn old note.\n"));
        }
        edit("many old posts", many);
        kept(true, "retitle the oldest", write("content/posts/old-1.md", read("content/posts/old-1.md")
                .replace("title: Old note 1", "title: The very first note")));
        kept(true, "retitle the newest", write("content/posts/later.md", read("content/posts/later.md")
                .replace("title: Later thoughts", "title: Later still")));
    }

    private void kept(boolean kept, String what, Set<Path> changed) {
        assertEquals(kept, edit(what, changed).work().keptGraph(), what);
    }

    @Test
    void aSummaryEditRendersThePostAndTheListsShowingIt() {
        // follow-up has no description: its first paragraph is its summary, shown by the lists of posts.
        LiveBuild.Outcome outcome = edit("edit a summary", write("content/posts/follow-up.md",
                read("content/posts/follow-up.md").replace("Back to", "Back again to")));
        // Also the pages it links to: their backlinks quote the paragraph around the link.
        assertEquals(List.of("/", "/archive/", "/concepts/mesa-optimizer/", "/posts/follow-up/", "/posts/risks/",
                "/series/learned-optimization/"), outcome.work().pagesRendered());
    }

    @Test
    void aTitleEditRendersThePagesNamingIt() {
        LiveBuild.Outcome outcome = edit("retitle", write("content/posts/later.md",
                read("content/posts/later.md").replace("title: Later thoughts", "title: Later")));
        // Its page, the lists, its tag, the concept graph, and the pages listing it as a backlink: the post it
        // links to (which also links back to it as its previous post) and the concept it mentions.
        assertEquals(List.of("/", "/archive/", "/concepts/inner-alignment/", "/graph/", "/posts/follow-up/",
                "/posts/later/", "/tags/alignment/"), outcome.work().pagesRendered());
    }

    @Test
    void aTitleEditRendersNoBodyThatOnlyLinksToThePostByItsFileOrSlug() {
        edit("a post linking later by file and by slug", write("content/posts/pointer.md",
                "---\ntitle: Pointer\ndate: 2024-02-01\n---\n\nSee [the later post](later.md) and [[later]].\n"));
        LiveBuild.Outcome outcome = edit("retitle", write("content/posts/later.md",
                read("content/posts/later.md").replace("title: Later thoughts", "title: Later")));
        // Those links show their own words and the post's URL, which the new title keeps: pointer's body is kept
        // (its page is rendered again all the same: its backlinks and neighbours name the new title).
        assertEquals(1, outcome.work().bodies(), "only the retitled post's body is rendered again");
        assertTrue(outcome.work().keptGraph());
    }

    @Test
    void aContinuedPlanRemakesOnlyTheViewsOfWhatChanged() {
        LiveBuild.Outcome body = edit("edit a body", write("content/posts/later.md",
                read("content/posts/later.md") + "\nOne more closing line.\n"));
        // Its post view (its reading time changed) and the views listing it; every other post's view is kept.
        assertEquals(List.of("PostView:content/posts/later.md", "SiteView:", "TagView:alignment",
                "YearGroup:2024\ncontent/posts/later.md"), body.work().viewsRemade());

        LiveBuild.Outcome title = edit("retitle", write("content/posts/later.md",
                read("content/posts/later.md").replace("title: Later thoughts", "title: Later")));
        // Also the views of the pages naming it as a backlink (follow-up, the concept) and follow-up's series; the
        // risks post, which does not name it, keeps its view.
        assertEquals(List.of("PostView:content/concepts/inner-alignment.md", "PostView:content/posts/follow-up.md",
                "PostView:content/posts/later.md", "SeriesView:/kb/series/learned-optimization/", "SiteView:",
                "TagView:alignment", "YearGroup:2024\ncontent/posts/later.md"), title.work().viewsRemade());

        LiveBuild.Outcome added = edit("add a post", write("content/posts/newest.md",
                "---\ntitle: Newest\ndate: 2024-05-01\n---\n\nFresh.\n"));
        assertEquals(List.of(), added.work().viewsRemade(), "a new post plans every page anew: nothing is continued");
    }

    @Test
    void paginatedListsFollowEveryEdit() {
        // One post per page: later, follow-up, risks, then the undated draft, at /, /page/2/, /page/3/, /page/4/.
        edit("paginate", write("content/site.yaml", read("content/site.yaml") + "paginate: 1\n"));
        assertTrue(previous.containsKey("page/4/index.html"), previous.keySet()::toString);

        LiveBuild.Outcome body = edit("edit a body on page 2", write("content/posts/follow-up.md",
                read("content/posts/follow-up.md") + "\nOne more closing line.\n"));
        assertEquals(List.of("/posts/follow-up/"), body.work().pagesRendered());

        LiveBuild.Outcome summary = edit("edit a summary on page 2", write("content/posts/follow-up.md",
                read("content/posts/follow-up.md").replace("Back to", "Back again to")));
        assertEquals(List.of("/archive/", "/concepts/mesa-optimizer/", "/page/2/", "/posts/follow-up/",
                "/posts/risks/", "/series/learned-optimization/"), summary.work().pagesRendered());

        LiveBuild.Outcome title = edit("retitle a post on page 2", write("content/posts/follow-up.md",
                read("content/posts/follow-up.md").replaceFirst("title: .*", "title: Following up")));
        // Of the home list only the page that shows it, /page/2/; its neighbours, the archive, its series, the graph
        // and the pages listing it as a backlink.
        assertEquals(List.of("/archive/", "/concepts/mesa-optimizer/", "/graph/", "/page/2/", "/posts/follow-up/",
                "/posts/later/", "/posts/risks/", "/series/learned-optimization/"), title.work().pagesRendered());

        LiveBuild.Outcome added = edit("a new post shifts every page", write("content/posts/newest.md",
                "---\ntitle: Newest\ndate: 2024-05-01\n---\n\nFresh.\n"));
        assertTrue(added.work().pagesRendered().containsAll(List.of("/", "/page/2/", "/page/3/", "/page/4/",
                "/page/5/")), added.work()::toString);
        assertTrue(previous.containsKey("page/5/index.html"));

        edit("delete a post: one page fewer", delete("content/posts/newest.md"));
        edit("and another", delete("content/posts/later.md"));
        assertFalse(previous.containsKey("page/4/index.html"), "the last page's file is gone");
        assertTrue(previous.containsKey("page/3/index.html"));
    }

    @Test
    void mathEditsEndInTheSiteACleanBuildMakes() {
        edit("add math", write("content/posts/later.md", read("content/posts/later.md")
                .replace("Plain words", "By @eq:e, $e^{i\\pi} = -1$.\n\n$$ e^{i\\pi} + 1 = 0 $$ {#eq:e}\n\nPlain words")));
        edit("a second equation before it renumbers both", write("content/posts/later.md", read("content/posts/later.md")
                .replace("By @eq:e", "$$ x^2 \\label{eq:x} $$\n\nBy @eq:e and \\eqref{eq:x}")));

        LiveBuild.Outcome failed = live.rebuild(write("content/posts/later.md", read("content/posts/later.md")
                .replace("$$ x^2", "$$ \\frac{x^2")));
        assertNull(failed.site(), "a formula that does not parse must not give a site");
        Diagnostic error = failed.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals("content/posts/later.md:12:", error.pos().toString().replace('\\', '/').replaceAll("\\d+$", ""),
                error.format());
        assertTrue(error.message().startsWith("TeX: "), error.format());

        edit("fix the formula", write("content/posts/later.md", read("content/posts/later.md")
                .replace("$$ \\frac{x^2", "$$ \\frac{x^2}{2}")));
        edit("remove the math", write("content/posts/later.md", read("content/posts/later.md")
                .replaceAll("(?s)\\$\\$ \\\\frac.*?(?=Plain words)", "")));
    }

    /** Citations change the citing page, the site's /references/ page, and every citing page when the .bib changes. */
    @Test
    void citationEditsEndInTheSiteACleanBuildMakes() {
        String bib = "@misc{hubinger2019,\n  title = {Risks from Learned Optimization},\n  author = {Hubinger, Evan},\n"
                + "  year = {2019}\n}\n";
        edit("add a bibliography", write("content/refs.bib", bib));
        edit("cite a work", write("content/posts/later.md", read("content/posts/later.md")
                .replace("tags: [alignment]", "tags: [alignment]\nbibliography: refs.bib")
                .replace("Plain words", "As @hubinger2019 argued [see @hubinger2019, p. 2]. Plain words")));
        edit("cite it from a second post", write("content/posts/risks.md", read("content/posts/risks.md")
                .replaceFirst("---\n", "---\nbibliography: refs.bib\n") + "\nSee [@hubinger2019].\n"));
        edit("edit the bibliography", write("content/refs.bib", bib.replace("Risks from", "Risks From")));
        edit("remove the citations", write("content/posts/later.md", read("content/posts/later.md")
                .replace("As @hubinger2019 argued [see @hubinger2019, p. 2]. ", "")));
    }

    /**
     * Random sequences of what an author does to posts (bodies, titles, dates, tags, links and mentions, new posts,
     * deleted posts), each rebuild compared with a clean build: orders of edits no fixed sequence thought of, swapped
     * bodies and titles next to new plans. The seed is in every failure's message; another sequence is tried with
     * {@code mvn test -Dtest='IncrementalRebuildTest#randomEdits*' -DargLine=-DeditSeed=N}.
     */
    @Test
    void randomEditsEndInTheSiteACleanBuildMakes() {
        long seed = Long.getLong("editSeed", 20261205);
        java.util.Random random = new java.util.Random(seed);
        List<String> words = List.of("gradient", "objective", "search", "proxy", "model", "training", "reward",
                "inner alignment", "mesa-optimizers", "[[Mesa-optimizer]]", "[[risks#the-term|the term]]",
                "[[Inner alignment]]", "**deceptive**", "`code`");
        Map<String, List<String>> posts = new TreeMap<>(); // file -> title, date, tags, then paragraphs
        int made = 0;
        for (int step = 0; step < 30; step++) {
            String what;
            String file;
            int op = posts.isEmpty() ? 0 : random.nextInt(7);
            if (op == 0) {
                file = "content/posts/generated-" + made + ".md";
                posts.put(file, new java.util.ArrayList<>(List.of("Generated " + made++, "2024-05-0" + (1 + random.nextInt(3)),
                        "alpha", sentence(random, words))));
                what = "add";
            } else {
                file = List.copyOf(posts.keySet()).get(random.nextInt(posts.size()));
                List<String> post = posts.get(file);
                switch (op) {
                    case 1 -> post.add(sentence(random, words));
                    case 2 -> post.set(3 + random.nextInt(post.size() - 3), sentence(random, words));
                    case 3 -> post.set(0, post.get(0).replaceAll(" v\\d+$", "") + " v" + step);
                    case 4 -> post.set(1, "2024-05-0" + (1 + random.nextInt(3)));
                    case 5 -> post.set(2, List.of("alpha", "beta", "alpha, beta", "").get(random.nextInt(4)));
                    default -> {
                        posts.remove(file);
                        edit("seed " + seed + ", step " + step + ": delete " + file, delete(file));
                        continue;
                    }
                }
                what = List.of("append to", "rewrite a paragraph of", "retitle", "redate", "retag").get(op - 1);
            }
            List<String> post = posts.get(file);
            edit("seed " + seed + ", step " + step + ": " + what + " " + file, write(file, "---\ntitle: " + post.get(0)
                    + "\ndate: " + post.get(1) + "\ntags: [" + post.get(2) + "]\n---\n\n"
                    + String.join("\n\n", post.subList(3, post.size())) + "\n"));
        }
    }

    private static String sentence(java.util.Random random, List<String> words) {
        StringBuilder sentence = new StringBuilder("The");
        for (int i = 3 + random.nextInt(8); i > 0; i--) {
            sentence.append(' ').append(words.get(random.nextInt(words.size())));
        }
        return sentence.append('.').toString();
    }

    private LiveBuild.Outcome edit(String what, Set<Path> changed) {
        LiveBuild.Outcome outcome = live.rebuild(changed);
        if (!outcome.succeeded()) {
            fail(what + ": " + outcome.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        }
        assertMatchesCleanBuild(outcome);
        return outcome;
    }

    private void assertMatchesCleanBuild(LiveBuild.Outcome outcome) {
        assertNotNull(outcome.site(), () -> outcome.diagnostics().toString());
        Map<String, byte[]> served = bytes(outcome.site().files().values());
        Diagnostics diagnostics = new Diagnostics();
        Map<String, byte[]> clean = bytes(Pipeline.assemble(new BuildRequest(dir, dir.resolve("site"),
                DRAFTS_AND_FUTURE), diagnostics, new StageTimer()).files());
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted()::toString);
        assertEquals(clean.keySet(), served.keySet(), "the same files");
        for (String path : clean.keySet()) {
            if (!Arrays.equals(clean.get(path), served.get(path))) {
                fail("first differing file: " + path + "\n--- clean\n" + new String(clean.get(path))
                        + "\n--- served\n" + new String(served.get(path)));
            }
        }
        if (previous != null) {
            Set<String> differing = new TreeSet<>(served.keySet());
            differing.addAll(previous.keySet());
            differing.removeIf(path -> previous.containsKey(path) && served.containsKey(path)
                    && Arrays.equals(previous.get(path), served.get(path)));
            assertEquals(differing, new TreeSet<>(outcome.changedPaths()), "changedPaths");
        }
        previous = served;
    }

    static Map<String, byte[]> bytes(java.util.Collection<SiteFile> files) {
        Map<String, byte[]> bytes = new TreeMap<>();
        for (SiteFile file : files) {
            try {
                bytes.put(file.path(), SiteSnapshot.bytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }

    private String read(String path) {
        try {
            return Files.readString(dir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<Path> write(String path, String text) {
        site.write(path, text);
        return Set.of(dir.resolve(path));
    }

    private Set<Path> delete(String path) {
        site.delete(path);
        return Set.of(dir.resolve(path));
    }

    private Set<Path> rename(String from, String to) {
        try {
            Files.createDirectories(dir.resolve(to).getParent());
            Files.move(dir.resolve(from), dir.resolve(to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.of(dir.resolve(from), dir.resolve(to));
    }
}
