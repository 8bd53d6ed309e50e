package org.essaykit.markdown;

import org.essaykit.content.SiteConfig.HeadingIdStyle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where a page is shown as text (link previews of a heading or the page, summaries, the contents, the words
 * around a link) a formula reads as the page shows it, not as its TeX; heading ids stay made from the TeX.
 */
class MathInPlainTextTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine(HeadingIdStyle.GITHUB);

    @Test
    void previewsSummariesAndContentsShowFormulasAsText() {
        RenderedMarkdown rendered = ENGINE.render(MarkdownEngineTest.post("""
                The energy $E = mc^2$ of a mass at rest.

                ## Why $\\alpha_t \\leq 1$

                Because $\\frac{a}{b} < 1$ and [the proof](#why-alpha_t-leq-1) says so.
                """));
        assertEquals("The energy E = mc² of a mass at rest.", rendered.summary());
        assertEquals(List.of("why-alpha_t-leq-1"), rendered.headingIds());
        Section section = rendered.sections().get("why-alpha_t-leq-1");
        assertEquals("Why αₜ ≤ 1", section.title());
        assertEquals("Because a/b < 1 and the proof says so.", section.lead());
        assertEquals("Why αₜ ≤ 1", rendered.toc().get(0).text());
        assertEquals("Because a/b < 1 and the proof says so.", rendered.links().get(0).context());
    }

    @Test
    void aLinkToANumberedEquationPreviewsItAsText() {
        RenderedMarkdown rendered = ENGINE.render(MarkdownEngineTest.post("""
                By @eq:energy, mass is energy.

                $$ E = mc^2 \\label{eq:energy} $$
                """));
        assertEquals(new Section("Equation (1)", "E = mc²"), rendered.sections().get("eq:energy"));
    }
}
