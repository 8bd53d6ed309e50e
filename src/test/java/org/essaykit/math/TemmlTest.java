package org.essaykit.math;

import org.essaykit.testing.MathCorpus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Temml converter as Rhino runs it: the corpus converts, errors say where, threads do not mix. */
class TemmlTest {

    @Test
    void everyFormulaOfTheCorpusConvertsInBothModes() {
        List<MathCorpus.Formula> corpus = MathCorpus.formulas();
        assertTrue(corpus.size() >= 200, "the corpus has only " + corpus.size() + " formulas");
        String failures = corpus.stream()
                .flatMap(f -> (f.displayOnly() ? List.of(true) : List.of(false, true)).stream()
                        .map(display -> f.line() + (display ? " (display): " : ": ")
                                + Temml.shared().convert(f.tex(), display)))
                .filter(result -> result.contains("error=") && !result.contains("error=null"))
                .collect(Collectors.joining("\n"));
        assertEquals("", failures);
    }

    @Test
    void writesMathMlCoreWithBlockDisplayForDisplayMath() {
        TexResult inline = Temml.shared().convert("\\frac{a}{b}", false);
        assertEquals("<math><mfrac><mi>a</mi><mi>b</mi></mfrac></math>", inline.mathml());
        TexResult display = Temml.shared().convert("x^2", true);
        assertTrue(display.mathml().startsWith("<math display=\"block\""), display.mathml());
    }

    @Test
    void aFormulaThatDoesNotParseGivesTheConvertersMessageAndWhere() {
        TexResult result = Temml.shared().convert("a + \\frac{1}{2", false);
        assertFalse(result.ok());
        assertEquals("Unexpected end of input in a macro argument, expected '}'", result.error());
        assertEquals(14, result.offset());
        TexResult unknown = Temml.shared().convert("x + \\foo y", false);
        assertEquals("Unsupported function name: \\foo", unknown.error());
        assertEquals(4, unknown.offset());
    }

    @Test
    void styleAttributesMoveToAnMstyleAroundTheirElement() {
        String boxed = Temml.shared().convert("\\boxed{x} + \\frac{a}{b}^{\\frac{c}{d}}", false).mathml();
        assertFalse(boxed.matches(".*<(?!mstyle|math)[a-z]+ [^>]*(scriptlevel|displaystyle)=.*"), boxed);
        assertTrue(boxed.contains("<mstyle scriptlevel=\"0\" displaystyle=\"true\"><mrow style="), boxed);
        assertEquals("<math><msub><mi>x</mi><mstyle scriptlevel=\"2\"><mi>i</mi></mstyle></msub></math>",
                StyleAttributes.moveToMstyle("<math><msub><mi>x</mi><mi scriptlevel=\"2\">i</mi></msub></math>"));
    }

    @Test
    void untrustedCommandsAreRefused() {
        for (String tex : List.of("\\href{javascript:alert(1)}{x}", "\\url{https://example.org}", "\\class{a}{x}",
                "\\style{color:red}{x}", "\\htmlId{x}{y}")) {
            TexResult result = Temml.shared().convert(tex, false);
            assertTrue(!result.ok() || !result.mathml().contains("href") && !result.mathml().contains("style=\"color"),
                    tex + " gave " + result);
        }
    }

    @Test
    void threadsConvertingAtOnceGetTheirOwnFormulas() {
        List<MathCorpus.Formula> corpus = MathCorpus.formulas();
        List<String> alone = corpus.stream().map(f -> Temml.shared().convert(f.tex(), true).mathml()).toList();
        List<String> together = corpus.parallelStream().map(f -> Temml.shared().convert(f.tex(), true).mathml()).toList();
        assertEquals(alone, together);
    }

    @Test
    void absurdNestingIsAnErrorNotACrash() {
        String deep = "{".repeat(20_000) + "x" + "}".repeat(20_000);
        TexResult result = Temml.shared().convert(deep, false);
        assertFalse(result.ok(), "20,000 nested groups");
        TexResult unclosed = Temml.shared().convert("{".repeat(10_000), false);
        assertFalse(unclosed.ok());
    }
}
