package org.essaykit.math;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Temml's output mended where HTML's MathML rejects it, and converted formulas kept on disk between builds. */
class MathMlRepairTest {

    @Test
    void anOperatorMadeOfLettersHoldsTheirTextOnly() {
        assertEquals("<math><munder><mo lspace=\"0.1667em\">multi</mo><mi>i</mi></munder></math>",
                MathMlRepair.repair("<math><munder><mo lspace=\"0.1667em\"><mi>m</mi><mi>u</mi><mi>l</mi><mi>t</mi>"
                        + "<mi>i</mi></mo><mi>i</mi></munder></math>"));
    }

    @Test
    void extraChildrenOfAScriptBecomeItsBase() {
        assertEquals("<math><munder><mrow><mi>argmax</mi><mo>\u2061</mo><mspace width=\"0.1667em\"></mspace></mrow>"
                        + "<mi>x</mi></munder></math>",
                MathMlRepair.repair("<math><munder><mi>argmax</mi><mo>\u2061</mo><mspace width=\"0.1667em\"></mspace>"
                        + "<mi>x</mi></munder></math>"));
    }

    @Test
    void wellFormedMathComesBackAsTheSameString() {
        String mathml = Temml.shared().convert("\\sum_{i=1}^n \\frac{a_i}{b} + \\sqrt[3]{x}", true).mathml();
        assertSame(mathml, MathMlRepair.repair(mathml));
    }

    @Test
    void temmlsOutputForTheNuRejectedShapesIsMended() {
        String op = Temml.shared().convert("\\mathop{multi}_i x", false).mathml();
        assertFalse(op.matches(".*<mo[^>]*><m.*"), op);
        String under = Temml.shared().convert("\\underset{x}{\\operatorname{argmax}} f", false).mathml();
        assertTrue(under.contains("<munder><mrow><mi>argmax</mi>"), under);
    }

    @Test
    void aSecondBuildReadsFormulasFromDiskAndGetsTheSameResults(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve(MathCache.FOLDER);
        TexResult first = new MathCache(folder).convert("e^{i\\pi} + 1 = 0", true);
        TexResult broken = new MathCache(folder).convert("\\frac{1}{2", false);
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(2, files.filter(f -> f.toString().endsWith(".mathml")).count(), "one file per formula");
        }
        // What a later build reads is what converting gives, errors included.
        assertEquals(first, new MathCache(folder).convert("e^{i\\pi} + 1 = 0", true));
        assertEquals(broken, new MathCache(folder).convert("\\frac{1}{2", false));
        assertEquals(first, MathCache.decode(MathCache.encode(first)));
        // A damaged file is converted again rather than trusted.
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.writeString(file, "garbage");
            }
        }
        assertEquals(first, new MathCache(folder).convert("e^{i\\pi} + 1 = 0", true));
    }
}
