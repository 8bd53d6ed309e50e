package org.essaykit.markdown;

import org.essaykit.content.DataTable;
import org.essaykit.content.Document;
import org.essaykit.content.SiteConfig.HeadingIdStyle;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Examples of our Markdown dialect, input to expected HTML, in the manner of CommonMark's spec tests. */
class MarkdownEngineTest {

    /** Plain Markdown with GitHub's heading ids, these data tables, and images read from {@code siteRoot} (or none). */
    static MarkdownOptions options(Map<String, DataTable> dataTables, Path siteRoot) {
        MarkdownOptions plain = MarkdownOptions.defaults(HeadingIdStyle.GITHUB);
        return new MarkdownOptions(plain.headingIds(), dataTables, siteRoot, plain.baseurl(), plain.smartTypography(),
                plain.liquid(), plain.kramdown(), plain.jemoji(), plain.simulations(), plain.citations(),
                plain.sidenotes(), plain.plainBodyBytes());
    }

    private static final MarkdownEngine GITHUB = new MarkdownEngine(HeadingIdStyle.GITHUB);

    /** A post whose body starts on line 5 of its file, as after four lines of front matter. */
    static Document post(String body) {
        return new Document(Path.of("content/posts/x.md"), Document.Kind.POST, "x", "/posts/x/", "X", null, null, null,
                List.of(), List.of(), "post", false, null, null, List.of(), null, 0, Map.of(), Map.of(), body, 5);
    }

    private static String html(String markdown) {
        return GITHUB.render(post(markdown)).html();
    }

    @Test
    void headingsGetGitHubIdsAndAPermalink() {
        assertEquals("<h2 id=\"problem-1\">Problem 1 <a class=\"anchor\" href=\"#problem-1\" "
                + "aria-label=\"Link to this section\">\u00b6</a></h2>\n", html("## Problem 1"));
    }

    @Test
    void headingIdsFollowTheConfiguredStyle() {
        MarkdownEngine kramdown = new MarkdownEngine(HeadingIdStyle.KRAMDOWN);
        assertEquals(List.of("introduction", "section"), kramdown.render(post("# 1. Introduction\n\n## 2.\n")).headingIds());
    }

    @Test
    void rendersGitHubAlertsAsCallouts() {
        assertEquals("<div class=\"callout callout-warning\" role=\"note\">\n<p class=\"callout-title\">Warning</p>\n"
                + "<p>Mind the gap.</p>\n</div>\n", html("> [!WARNING]\n> Mind the gap."));
    }

    @Test
    void rendersTheOlderBoldNoteFormAsCallouts() {
        assertEquals("<div class=\"callout callout-note\" role=\"note\">\n<p class=\"callout-title\">Note</p>\n"
                + "<p>Read this first.</p>\n</div>\n", html("> **Note**\n> Read this first."));
        assertEquals("<div class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\">Tip</p>\n"
                + "<p>Same line.</p>\n</div>\n", html("> **Tip:** Same line."));
    }

    @Test
    void leavesOrdinaryQuotesAlone() {
        assertEquals("<blockquote>\n<p><strong>Briefly</strong> summarize the arguments.</p>\n</blockquote>\n",
                html("> **Briefly** summarize the arguments."));
        assertEquals("<blockquote>\n<p>[!UNKNOWN]\nText</p>\n</blockquote>\n", html("> [!UNKNOWN]\n> Text"));
    }

    @Test
    void dropsHtmlCommentsButKeepsOtherRawHtml() {
        assertEquals("<p>Visible  text</p>\n<div class=\"x\">kept</div>\n",
                html("Visible <!-- secret --> text\n\n<!--\nwhole block\n-->\n\n<div class=\"x\">kept</div>"));
    }

    @Test
    void rendersGfmTablesStrikethroughAutolinksAndTaskLists() {
        String html = html("| a | b |\n|---|--:|\n| 1 | 2 |\n\n~~gone~~ www.example.org\n\n- [x] done\n- [ ] todo\n");
        assertTrue(html.contains("<div class=\"table-scroll\">\n<table>\n<thead>\n<tr>\n<th scope=\"col\">a</th>\n"
                + "<th style=\"text-align: right\" scope=\"col\">b</th>"), html);
        assertTrue(html.contains("<td style=\"text-align: right\">2</td>"), html);
        assertTrue(html.contains("<del>gone</del>"), html);
        assertTrue(html.contains("<a href=\"http://www.example.org\">www.example.org</a>"), html);
        assertTrue(html.contains("<input type=\"checkbox\" disabled=\"\" checked=\"\">"), html);
    }

    @Test
    void rendersFootnotesWithLinksBothWays() {
        String html = html("Claim.[^1]\n\n[^1]: Source.\n");
        assertTrue(html.contains("<a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a>"), html);
        assertTrue(html.contains("<li id=\"fn-1\">"), html);
        assertTrue(html.contains("href=\"#fnref-1\" class=\"footnote-backref\""), html);
    }

    @Test
    void returnsEveryLinkWithItsPositionInTheFile() {
        RenderedMarkdown md = GITHUB.render(post("Intro.\n\nSee [the other](other.md#part) and\n  ![a chart](chart.png)."));
        assertEquals(2, md.links().size());
        FoundLink link = md.links().get(0);
        assertEquals("other.md#part", link.destination());
        assertEquals("the other", link.text());
        assertEquals("content/posts/x.md:7:5", link.pos().toString());
        assertEquals(FoundLink.Kind.IMAGE, md.links().get(1).kind());
        assertEquals("content/posts/x.md:8:3", md.links().get(1).pos().toString());
    }

    @Test
    void buildsANestedTableOfContents() {
        RenderedMarkdown md = GITHUB.render(post("# Title\n## A\n### A.1\n#### A.1.a\n## B\n### B.1\n"));
        assertEquals(List.of(
                new TocEntry(2, "a", "A", List.of(new TocEntry(3, "a1", "A.1",
                        List.of(new TocEntry(4, "a1a", "A.1.a", List.of()))))),
                new TocEntry(2, "b", "B", List.of(new TocEntry(3, "b1", "B.1", List.of())))), md.toc());
    }

    @Test
    void summarisesTheFirstParagraphAndCountsWords() {
        RenderedMarkdown md = GITHUB.render(post("# Heading\n\n> a quote first\n\nThe *first* real paragraph.\n\nMore.\n"));
        assertEquals("The first real paragraph.", md.summary());
        assertEquals(9, md.wordCount());
        assertFalse(md.html().contains("<!--"));
    }

    @Test
    void keepsAShortWindowOfTextAroundEachLinkForBacklinks() {
        String before = "word ".repeat(60);
        String after = " more".repeat(60);
        FoundLink link = GITHUB.render(post(before + "[the target](t.md)" + after + "\n")).links().get(0);
        String context = link.context();
        assertTrue(context.startsWith("\u2026word") && context.endsWith("more\u2026"), context);
        assertTrue(context.contains("the target"), context);
        assertTrue(context.length() <= 182, context.length() + ": " + context);
    }

    @Test
    void aLinksContextIsItsBlocksTextWithEachRunOfWhitespaceOneSpace() {
        assertEquals("Two spaces, a tab and the target, over two lines.", GITHUB.render(post(
                "Two  spaces, a\ttab and [the target](t.md),\nover two lines.\n")).links().get(0).context());
        assertEquals("One space each and the target.", GITHUB.render(post(
                "One space each and [the target](t.md).\n")).links().get(0).context());
    }

    // Our dialect's changes are made in one walk (EssayTreePass); these pin what their old order guaranteed.

    @Test
    void aHeadingIdIsMadeFromAWikilinksLabelAndRepeatsAreNumberedInOrder() {
        RenderedMarkdown md = GITHUB.render(post("## About [[Mesa-optimizer|mesa things]]\n\n## About mesa things\n"));
        assertEquals(List.of("about-mesa-things", "about-mesa-things-1"), md.headingIds());
        assertTrue(md.html().startsWith("<h2 id=\"about-mesa-things\">About <span class=\"unresolved-link\">mesa things"
                + "</span>"), md.html());
    }

    @Test
    void calloutsKeepTheirWikilinksAndNestedAlertsBothBecomeCallouts() {
        assertEquals("<div class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\">Tip</p>\n"
                + "<div class=\"callout callout-warning\" role=\"note\">\n<p class=\"callout-title\">Warning</p>\n"
                + "<p>See <span class=\"unresolved-link\">X</span>.</p>\n</div>\n</div>\n",
                html("> [!TIP]\n> > [!WARNING]\n> > See [[X]]."));
    }

    @Test
    void linkTextGetsNoWikilinksButLosesItsComments() {
        assertEquals("<p><a href=\"https://example.org/\">see [[X]] now</a></p>\n",
                html("[see [[X]]<!-- note --> now](https://example.org/)"));
    }

    @Test
    void aDataTableGetsWikilinksInItsCellsAScrollBoxAndKeepsCommentsFromItsData() {
        DataTable data = new DataTable("terms", Path.of("content/data/terms.yaml"),
                List.of(new DataTable.Column("term", "Term", DataTable.Type.STRING)),
                List.of(Map.of("term", "[[Myopia]] <!-- kept -->")));
        MarkdownEngine engine = new MarkdownEngine(options(Map.of("terms", data), null));
        String html = engine.render(post("```table terms\n```\n")).html();
        assertTrue(html.startsWith("<div class=\"table-scroll\">\n<table>"), html);
        // Data is untrusted: its HTML, a comment included, is shown as text.
        assertTrue(html.contains("<td><span class=\"unresolved-link\">Myopia</span> &lt;!-- kept --&gt;</td>"), html);
        // With `html: trusted` the comment is kept as HTML.
        String trusted = engine.render(post("```table terms\nhtml: trusted\n```\n")).html();
        assertTrue(trusted.contains("<td><span class=\"unresolved-link\">Myopia</span> <!-- kept --></td>"), trusted);
    }
}
