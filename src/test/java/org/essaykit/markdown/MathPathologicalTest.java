package org.essaykit.markdown;

import org.essaykit.content.SiteConfig.HeadingIdStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input made to be slow: each must render (or fail cleanly) well within its timeout, which is generous for a
 * loaded 2-core machine; the parser is linear in these cases, not quadratic. (What formulas cost is measured
 * by bench/MathBench.java, not here.)
 */
@Timeout(60)
class MathPathologicalTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine(HeadingIdStyle.GITHUB);

    private static RenderedMarkdown render(String body) {
        return ENGINE.render(MarkdownEngineTest.post(body));
    }

    @Test
    @Timeout(20)
    void tenThousandDollarsInARow() {
        RenderedMarkdown rendered = render("$".repeat(10_000));
        assertTrue(rendered.problems().isEmpty(), rendered.problems().toString());
        assertFalse(rendered.html().contains("<math"));
    }

    @Test
    @Timeout(20)
    void tenThousandUnclosedDollarsInOneParagraph() {
        RenderedMarkdown rendered = render("$a ".repeat(10_000) + "\n\n" + "\\(b ".repeat(10_000) + "\n\n"
                + "x \\[d ".repeat(10_000));
        assertTrue(rendered.problems().isEmpty(), rendered.problems().toString());
        assertFalse(rendered.html().contains("<math"));
    }

    @Test
    @Timeout(20)
    void tenThousandDollarsSpreadOverLines() {
        String body = IntStream.range(0, 10_000).mapToObj(i -> "x $ y").collect(Collectors.joining("\n"));
        assertTrue(render(body).problems().isEmpty());
    }

    @Test
    @Timeout(20)
    void anUnclosedDisplayAtTheEndOfALongFile() {
        String body = "A paragraph of an essay, long enough to matter. ".repeat(20).concat("\n\n").repeat(2_000)
                + "$$\n" + "x + y\n".repeat(5_000);
        RenderedMarkdown rendered = render(body);
        assertEquals(1, rendered.problems().size());
        assertEquals(4_000 + 5, rendered.problems().get(0).pos().line());
    }

    @Test
    @Timeout(30)
    void deeplyNestedBracesFailCleanly() {
        RenderedMarkdown rendered = render("$" + "{".repeat(20_000) + "x" + "}".repeat(20_000) + "$");
        assertEquals(1, rendered.problems().size(), rendered.problems().toString());
        RenderedMarkdown unbalanced = render("$$\n" + "{".repeat(10_000) + "\n$$");
        assertEquals(1, unbalanced.problems().size(), unbalanced.problems().toString());
    }
}
