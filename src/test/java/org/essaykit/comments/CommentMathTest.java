package org.essaykit.comments;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Math in untrusted comment bodies: rendered to MathML that passes the sanitizer's MathML allow-list, and
 * nothing a commenter writes in TeX gets a link, a script, a style, an id or a class onto the page.
 */
@Timeout(60)
class CommentMathTest {

    private static String html(String body) {
        return CommentBodiesTest.render(body).html();
    }

    @Test
    void inlineAndDisplayMathBecomeMathMl() {
        Document doc = Jsoup.parseBodyFragment(html("Why $\\sqrt{2}$?\n\n$$\n\\sum_{i=1}^n i = \\frac{n(n+1)}{2}\n$$"));
        assertEquals(2, doc.select("math").size());
        assertEquals("block", doc.select("math").get(1).attr("display"));
        assertEquals(1, doc.select("msqrt").size());
        assertEquals(1, doc.select("mfrac").size());
        assertEquals(1, doc.select("munderover").size());
        assertEquals("false", doc.selectFirst("mo[movablelimits]").attr("movablelimits"), "presentation attributes stay");
    }

    @Test
    void aPreviewReadsAFormulaAsText() {
        assertEquals("Why √2? Since x² < 1.", CommentBodiesTest.render("Why $\\sqrt{2}$? Since $x^2 < 1$.").text());
    }

    @Test
    void styleClassAndIdNeverReachThePage() {
        Document doc = Jsoup.parseBodyFragment(html("$$ \\boxed{x} \\color{red}{y} \\label{eq:x} $$ and $\\begin{pmatrix}1&2\\end{pmatrix}$"));
        assertTrue(doc.select("math").size() == 2, doc.html());
        assertTrue(doc.select("[style], [class], [id]").isEmpty(), doc.html());
    }

    @Test
    void untrustedTeXCommandsGiveNoLinkAndNoScript() {
        for (String tex : new String[] {"$\\href{javascript:alert(1)}{x}$", "$\\url{javascript:alert(1)}$",
                "$\\htmlData{onclick=alert(1)}{x}$", "$\\text{<script>alert(1)</script>}$",
                "$$\\text{<img src=x onerror=alert(1)>}$$", "$x$<script>alert(1)</script>"}) {
            String html = html(tex);
            Document doc = Jsoup.parseBodyFragment(html);
            assertTrue(doc.select("script, img, [href], [onclick], [onerror]").isEmpty(), tex + " gave " + html);
        }
    }

    @Test
    void aFormulaThatDoesNotParseStaysReadableAsItsTeX() {
        String html = html("Broken $\\frac{1$ here.");
        assertTrue(html.contains("<code>$\\frac{1$</code>"), html);
        assertFalse(html.contains("<math"));
    }
}
