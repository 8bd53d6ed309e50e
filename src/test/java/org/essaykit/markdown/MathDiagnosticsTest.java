package org.essaykit.markdown;

import org.essaykit.content.SiteConfig.HeadingIdStyle;
import org.essaykit.diag.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Math that cannot be rendered is an error at the exact place in the Markdown file, with the converter's message
 * and a hint. The post's body starts on line 5 of its file ({@link MarkdownEngineTest#post}).
 */
class MathDiagnosticsTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine(HeadingIdStyle.GITHUB);

    private static String problems(String body) {
        return ENGINE.render(MarkdownEngineTest.post(body)).problems().stream()
                .map(MathDiagnosticsTest::line).collect(Collectors.joining("\n"));
    }

    private static String line(Diagnostic d) {
        return d.pos() + ": " + d.message() + " | " + d.hint();
    }

    @Test
    void aFormulaThatDoesNotParseIsAnErrorWhereTheConverterStopped() {
        assertEquals("content/posts/x.md:5:19: TeX: Unsupported function name: \\fracc | fix the formula;"
                        + " $...$ and $$...$$ take the TeX of LaTeX's math mode (write \\$ for a dollar sign)",
                problems("The ratio is $a + \\fracc{1}{2}$ here."));
    }

    @Test
    void anErrorOnTheSecondLineOfADisplayBlockInsideAQuoteIsOnThatLine() {
        // The converter reads to the end of the TeX, which is where the closing $$ starts, after "> ".
        assertEquals("content/posts/x.md:9:3: TeX: Unexpected end of input in a macro argument, expected '}'",
                problems("Intro.\n\n> $$ x +\n>   \\frac{a\n> $$\n").replaceAll(" \\|.*", ""));
    }

    @Test
    void anErrorInsideASecondLineIsOnThatLineAtItsColumn() {
        assertEquals("content/posts/x.md:7:5: TeX: Unsupported function name: \\bad",
                problems("$$\nx = 1 +\n  2 \\bad\n$$\n").replaceAll(" \\|.*", ""));
    }

    @Test
    void displayMathLeftOpenIsAnErrorAtItsOpeningDelimiterAndTakesNoMoreThanItsParagraph() {
        RenderedMarkdown rendered = ENGINE.render(MarkdownEngineTest.post("Intro.\n\n  $$ x = 1\n\n## Next\n"));
        assertEquals("content/posts/x.md:7:3: display math opened here is not closed before a blank line or the end"
                + " of its block | close it with $$ (a blank line cannot be inside display math; write \\$ for a dollar"
                + " sign)", rendered.problems().stream().map(MathDiagnosticsTest::line).collect(Collectors.joining("\n")));
        assertEquals(List.of("next"), rendered.headingIds());
    }

    @Test
    void aReferenceToNoEquationIsAnErrorSuggestingTheClosestLabel() {
        String body = "As @eq:enrgy shows.\n\n$$ E = mc^2 \\label{eq:energy} $$\n\nAnd \\eqref{eq:zzz}.\n";
        assertEquals("content/posts/x.md:5:4: no equation on this page is labelled eq:enrgy | did you mean @eq:energy?\n"
                + "content/posts/x.md:9:5: no equation on this page is labelled eq:zzz | labels on this page: eq:energy",
                problems(body));
    }

    @Test
    void aReferenceOnAPageWithoutLabelsSaysHowToLabel() {
        assertEquals("content/posts/x.md:5:1: no equation on this page is labelled eq:a | label a display equation"
                + " with \\label{eq:a} or {#eq:a} after its closing $$", problems("@eq:a"));
    }

    @Test
    void labelsMustBeUniqueValidIdsOnePerEquation() {
        assertEquals("content/posts/x.md:7:6: the label eq:a is already used by equation (1) | give each equation"
                + " its own label", problems("$$ x $$ {#eq:a}\n\n$$ y \\label{eq:a} $$\n"));
        assertEquals("content/posts/x.md:5:6: the equation label \"my eq\" is not a valid id | use letters, digits"
                + " and _ : . - only, as in \\label{eq:energy}", problems("$$ x \\label{my eq} $$\n"));
        assertEquals("content/posts/x.md:5:16: an equation has more than one label | keep one \\label{...} or"
                + " {#...} per display equation", problems("$$ x \\label{a} \\label{b} $$\n"));
        // Figures, tables and equations share one register of a page's ids.
        assertEquals("content/posts/x.md:7:6: the label fig:a is already used by Figure 1 | give each equation its"
                + " own label", problems("![p](p.svg) {#fig:a}\n\n$$ y \\label{fig:a} $$\n"));
        assertEquals("content/posts/x.md:5:5: no equation on this page is labelled fig:b | did you mean"
                + " \\eqref{fig:a}?", problems("See \\eqref{fig:b}.\n\n![p](p.svg) {#fig:a}\n"));
    }

    @Test
    void brokenMathInAFiguresCaptionIsAnErrorAtItsImage() {
        assertEquals("content/posts/x.md:7:1: TeX: Unexpected end of input in a macro argument, expected '}' | fix"
                + " the formula; $...$ and $$...$$ take the TeX of LaTeX's math mode (write \\$ for a dollar sign)",
                problems("Text.\n\n![p](p.svg \"Bad $\\frac{1$ here\")\n"));
    }

    @Test
    void textAfterTheClosingDelimiterOfAMultiLineBlockIsAnError() {
        assertEquals("content/posts/x.md:6:6: text after the closing $$ of display math | put the text on the next"
                + " line; only an id such as {#eq:name} may follow $$", problems("$$\nx $$ and more\n"));
    }

    @Test
    void aBrokenFormulaStillShowsItsTeX() {
        String html = ENGINE.render(MarkdownEngineTest.post("Bad $\\frac{1$ here.")).html();
        assertTrue(html.contains("<code class=\"math-error\">$\\frac{1$</code>"), html);
    }
}
