package org.essaykit.markdown;

import org.essaykit.content.SiteConfig.HeadingIdStyle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.essaykit.markdown.MarkdownEngineTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** kramdown's attribute lists, header ids and {:toc}, as a Jekyll repository's Markdown has them. */
class KramdownSyntaxTest {

    private static final MarkdownEngine KRAMDOWN = new MarkdownEngine(
            new MarkdownOptions(HeadingIdStyle.JEKYLL, Map.of(), null, "", false, null, true, true, null, null, true,
                    CompactText.Store.defaultBudget()));

    private static String html(String markdown) {
        return KRAMDOWN.render(post(markdown)).html();
    }

    @Test
    void aBlockIalOnTheLineAfterAHeadingSetsItsId() {
        RenderedMarkdown rendered = KRAMDOWN.render(post("## 4.4.1 / 2025-01-29\n{: #v4-4-1}\n\n### Bug Fixes\n"
                + "{: #bug-fixes-v4-4-1}\n- a fix\n\n## Plain heading\n"));
        assertEquals(List.of("v4-4-1", "bug-fixes-v4-4-1", "plain-heading"), rendered.headingIds());
        assertFalse(rendered.html().contains("{:"), rendered.html());
        assertTrue(rendered.html().contains("<li>a fix</li>"), "the text after the IAL stays: " + rendered.html());
    }

    @Test
    void aHeaderIdWrittenAfterTheTitle() {
        assertEquals(List.of("custom", "next"), KRAMDOWN.render(post("## A title {#custom}\n\n## Next\n")).headingIds());
    }

    @Test
    void anIalAsAParagraphsLastLineIsTheParagraphs() {
        assertEquals("<p class=\"note info\">Mind the gap.</p>\n", html("Mind the gap.\n{: .note .info}\n"));
        assertEquals("<p data-proofer-ignore=\"true\">A link.</p>\n",
                html("A link.\n{: data-proofer-ignore=\"true\" }\n"));
    }

    @Test
    void anIalOnItsOwnAfterABlankLineIsTheBlockBefore() {
        String table = html("| a | b |\n| - | - |\n| 1 | 2 |\n\n{: .table }\n");
        assertTrue(table.contains("<table class=\"table\">"), table);
        assertFalse(table.contains("{:"), table);
    }

    @Test
    void anIalRightUnderATableIsTheTables() {
        String table = html("| a | b |\n| - | - |\n| 1 | 2 |\n{: .table }\n");
        assertTrue(table.contains("<table class=\"table\">"), table);
        assertFalse(table.contains("{:"), table);
        assertEquals(2, table.split("<tr").length - 1, "the header and one row, the IAL line no row: " + table);
    }

    @Test
    void aSpanIalInAFootnoteIsTheLinkBeforeIt() {
        String note = html("Text[^1].\n\n[^1]: See [a shop](https://example.org){: data-proofer-ignore=\"true\"}.\n");
        assertTrue(note.contains("<a href=\"https://example.org\" data-proofer-ignore=\"true\">a shop</a>"), note);
    }

    @Test
    void aSpanIalIsTheImageOrLinkBeforeIt() {
        String image = html("Text ![logo](logo.png){: width=\"128px\" .float-end} after.\n");
        assertTrue(image.contains("class=\"float-end\"") && image.contains("width=\"128px\""), image);
        assertTrue(image.contains("> after."), image);
        String link = html("[docs](https://example.org){:target=\"_blank\"}\n");
        assertTrue(link.contains("<a href=\"https://example.org\" target=\"_blank\">docs</a>"), link);
    }

    @Test
    void aTocListBecomesTheTableOfContents() {
        String toc = html("* TOC\n{:toc}\n\n## One\n\n### One a\n\n## Two\n");
        assertTrue(toc.startsWith("<ul id=\"markdown-toc\"><li><a href=\"#one\">One</a><ul><li><a href=\"#one-a\">"
                + "One a</a></li></ul></li><li><a href=\"#two\">Two</a></li></ul>"), toc);
        assertFalse(toc.contains("TOC"), toc);
    }

    @Test
    void aTocAtTheEndOfAListItemMakesTheListTheTableOfContents() {
        String toc = html("- Table of Contents {:toc}\n\n## Only\n");
        assertTrue(toc.startsWith("<ul id=\"markdown-toc\"><li><a href=\"#only\">Only</a></li></ul>"), toc);
    }

    @Test
    void definitionListsAsKramdownWritesThem() {
        assertEquals("<dl>\n<dt>Term</dt>\n<dd>The <em>meaning</em>,\nover two lines.</dd>\n<dt>Other</dt>\n"
                        + "<dt>Alias</dt>\n<dd>Shared.</dd>\n<dd>\n<p>Second, in two paragraphs.</p>\n<p>Here.</p>\n</dd>\n"
                        + "</dl>\n<p>After.</p>\n",
                html("Term\n: The *meaning*,\nover two lines.\n\nOther\nAlias\n: Shared.\n: Second, in two paragraphs.\n\n"
                        + "  Here.\n\nAfter.\n"));
    }

    @Test
    void abbreviationsDefinedAnywhereMarkEveryWholeWordUse() {
        assertEquals("<p>The <abbr title=\"Hypertext Markup Language\">HTML</abbr> spec, not HTMLX, nor "
                        + "<code>HTML</code>.</p>\n",
                html("The HTML spec, not HTMLX, nor `HTML`.\n\n*[HTML]: Hypertext Markup Language\n"));
    }

    @Test
    void kramdownCommentsAndOptionsAreTakenOut() {
        assertEquals("<p>Before.</p>\n<p>After.</p>\n",
                html("Before.\n\n{::comment}\nA note to self.\n\nStill the note.\n{:/comment}\n\n"
                        + "{::options parse_block_html=\"true\" /}\n\nAfter.\n"));
    }

    @Test
    void jemojiShortcodesBecomeEmojiOutsideCode() {
        assertEquals("<p>Ship it \uD83D\uDE80 <code>:rocket:</code> :not-an-emoji:</p>\n",
                html("Ship it :rocket: `:rocket:` :not-an-emoji:\n"));
        assertEquals(List.of("pray-upgrade-your-ruby"), KRAMDOWN.render(post("## :pray: Upgrade your Ruby\n"))
                .headingIds(), "the id is made from the heading as written, as Jekyll makes it before jemoji runs");
    }

    @Test
    void ourOwnMarkdownKeepsBracesAsText() {
        MarkdownEngine ours = new MarkdownEngine(HeadingIdStyle.GITHUB);
        assertEquals("<p>Mind the gap.\n{: .note}</p>\n", ours.render(post("Mind the gap.\n{: .note}\n")).html());
    }
}
