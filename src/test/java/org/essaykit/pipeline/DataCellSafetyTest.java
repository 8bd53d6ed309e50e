package org.essaykit.pipeline;

import org.essaykit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Data cells are untrusted by default (escaped, safe links only), trusted with `html: trusted`, and always inline. */
class DataCellSafetyTest {

    @TempDir
    Path dir;

    private static final String CELLS = """
            - a: "- item"
            - a: "1. first"
            - a: "> quote *kept*"
            - a: "# not a heading"
            - a: "<b onclick=\\"alert(1)\\">bold</b> [x](JavaScript:alert(1)) <vbscript:msgbox> ![pic](data:image/svg+xml,x)"
            - a: "[ok](https://example.org/) and [rel](/about/)"
            - a: "one\\n\\ntwo"
            """;

    private String tableHtml(String options) {
        TestSite site = TestSite.in(dir)
                .write("content/data/cells.yaml", CELLS)
                .write("content/posts/p.md", "---\ntitle: P\n---\n\n```table cells\n" + options + "```\n");
        site.buildClean();
        String html = site.read("posts/p/index.html");
        return html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
    }

    @Test
    void cellsThatWouldBeBlocksStayTheirText() {
        String html = tableHtml("");
        assertTrue(html.contains("<td>- item</td>"), html);
        assertTrue(html.contains("<td>1. first</td>"), html);
        assertTrue(html.contains("<td>&gt; quote <em>kept</em></td>"), html);
        assertTrue(html.contains("<td># not a heading</td>"), html);
        assertTrue(html.contains("<td>one two</td>"), html);
    }

    @Test
    void dataIsEscapedAndKeepsOnlySafeLinksByDefault() {
        String html = tableHtml("");
        assertTrue(html.contains("<td>&lt;b onclick=&quot;alert(1)&quot;&gt;bold&lt;/b&gt; x vbscript:msgbox pic</td>"), html);
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("href=\"javascript"), html);
        assertTrue(html.contains("<td><a href=\"https://example.org/\">ok</a> and <a href=\"/about/\">rel</a></td>"), html);
    }

    @Test
    void aTableMarkedTrustedKeepsItsHtml() {
        String html = tableHtml("html: trusted\n");
        assertTrue(html.contains("<b onclick=\"alert(1)\">bold</b>"), html);
        assertTrue(html.contains("<td>- item</td>"), "still inline: " + html);
    }

    @Test
    void anyOtherHtmlValueIsAnErrorAtTheBlock() {
        TestSite site = TestSite.in(dir)
                .write("content/data/cells.yaml", CELLS)
                .write("content/posts/p.md", "---\ntitle: P\n---\n\n```table cells\nhtml: yes\n```\n");
        assertEquals("""
                content/posts/p.md:5:1: error: `html:` can only be `trusted`, not `yes`
                    hint: write `html: trusted` to let this table's cells keep raw HTML and any link, or leave the line out to show the data as text""",
                TestSite.formatted(site.build()));
    }
}
