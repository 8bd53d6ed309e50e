package org.essaykit.content;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which words of running text count as mentions of a concept, for automatic links. */
class ConceptMentionsTest {

    private static Document concept(String title) {
        return new Document(Path.of("content/concepts/" + title + ".md"), Document.Kind.CONCEPT, title, "/concepts/x/",
                title, null, null, null, List.of(), List.of(), "concept", false, null, null, List.of(), null, 0,
                Map.of(), Map.of(), "", 1);
    }

    private static final Document INNER = concept("Inner alignment");
    private static final Document ALIGNMENT = concept("Alignment");
    private static final Document MESA = concept("Mesa-optimizer");
    private static final ConceptMentions MENTIONS = new ConceptMentions(Map.of("inner alignment", INNER,
            "alignment", ALIGNMENT, "mesa-optimizer", MESA, "mesa-optimizers", MESA));

    private static List<String> found(String text) {
        return MENTIONS.find(text).stream().map(m -> text.substring(m.start(), m.end()) + "=" + m.concept().title())
                .toList();
    }

    @Test
    void wholeWordsInAnyCaseTheLongestNameFirst() {
        assertEquals(List.of("Inner Alignment=Inner alignment", "alignment=Alignment"),
                found("Inner Alignment is not outer alignment."));
        assertEquals(List.of("mesa-optimizers=Mesa-optimizer"), found("Two mesa-optimizers."));
        assertEquals(List.of("ALIGNMENT=Alignment"), found("(ALIGNMENT)"));
    }

    @Test
    void neverInsideAWordOfAnyScriptOrNextToANumber() {
        assertEquals(List.of(), found("misalignment alignments alignment2 2alignment \u00e9alignment alignment\u00e9"));
        assertEquals(List.of("alignment=Alignment"), found("alignment"));
        assertEquals(List.of("alignment=Alignment", "alignment=Alignment"), found("alignment-alignment"));
        assertEquals(List.of("alignment=Alignment", "Alignment=Alignment"), found("alignment Alignment"));
        assertEquals(List.of("alignment=Alignment"), found("\u00e9t\u00e9 d\u00e9j\u00e0 alignment."));
    }

    @Test
    void aShorterNameWinsWhereTheLongerOneRunsIntoAWord() {
        Document tax = concept("Alignment tax");
        ConceptMentions mentions = new ConceptMentions(Map.of("alignment", ALIGNMENT, "alignment tax", tax));
        String text = "alignment taxes, the alignment tax.";
        assertEquals(List.of("alignment=Alignment", "alignment tax=Alignment tax"), mentions.find(text).stream()
                .map(m -> text.substring(m.start(), m.end()) + "=" + m.concept().title()).toList());
        assertEquals(List.of(), found("Inner alignment2 and mesa-optimizersX"));
    }

    @Test
    void lettersOutsideAsciiMatchInAnyCase() {
        Document deja = concept("D\u00e9j\u00e0 vu");
        ConceptMentions mentions = new ConceptMentions(Map.of("d\u00e9j\u00e0 vu", deja));
        assertEquals(1, mentions.find("Le D\u00c9J\u00c0 VU.").size());
        assertEquals(0, mentions.find("D\u00c9J\u00c0 VU\u00e9").size());
    }

    /**
     * Text that is all ASCII takes a faster scan than text of other scripts: on random text made of the names'
     * pieces, separators and the characters names start with, both find the same mentions.
     */
    @Test
    void theAsciiScanFindsWhatTheScanOfAnyScriptFinds() {
        Document cpp = concept("C++");
        Document net = concept(".NET");
        Document a = concept("A");
        ConceptMentions mentions = new ConceptMentions(Map.of("inner alignment", INNER, "alignment", ALIGNMENT,
                "mesa-optimizer", MESA, "c++", cpp, ".net", net, "a", a, "alignment tax", concept("Alignment tax")));
        String[] pieces = {"inner", "Inner", "alignment", "ALIGN", "ment", "mesa", "-", "optimizer", "c", "++", ".",
                "NET", "net", "a", "A", "tax", "es", " ", " ", "  ", ",", "(", ")", "2", "x", "_", "'s", "\n"};
        java.util.Random random = new java.util.Random(12);
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String ascii = text.toString();
            List<ConceptMentions.Mention> fast = mentions.find(ascii);
            assertEquals(mentions.findInAnyScript(ascii), fast, ascii);
            found += fast.size();
        }
        org.junit.jupiter.api.Assertions.assertTrue(found > 2_000, "the random texts mention names: " + found);
    }
}
