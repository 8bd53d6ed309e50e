package org.essaykit.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.essaykit.cite.CitationSyntax.Citation;
import org.essaykit.cite.CitationSyntax.Mode;
import org.junit.jupiter.api.Test;

class CitationSyntaxTest {

    @Test
    void readsAKeyWithALocator() {
        assertEquals(List.of(new Citation("hubinger2019", "", "p. 33", Mode.NORMAL)),
                CitationSyntax.group("@hubinger2019, p. 33").orElseThrow());
    }

    @Test
    void readsSeveralCitationsWithPrefixes() {
        assertEquals(List.of(new Citation("a", "see", "", Mode.NORMAL), new Citation("b", "also", "ch. 2", Mode.NORMAL)),
                CitationSyntax.group("see @a; also @b, ch. 2").orElseThrow());
    }

    @Test
    void aMinusSuppressesTheAuthor() {
        assertEquals(List.of(new Citation("doe99", "", "", Mode.SUPPRESS_AUTHOR)),
                CitationSyntax.group("-@doe99").orElseThrow());
    }

    @Test
    void bracketsWithoutAKeyInEveryPartStayText() {
        assertTrue(CitationSyntax.group("email me@example.com").isEmpty());
        assertTrue(CitationSyntax.group("@a; no key here").isEmpty());
    }

    @Test
    void keysKeepInternalPunctuationButNotTrailing() {
        assertEquals("arxiv:1906.01820".length(), CitationSyntax.keyLength("@arxiv:1906.01820.", 1));
        assertEquals("doe99".length(), CitationSyntax.keyLength("@doe99, says", 1));
        assertEquals(0, CitationSyntax.keyLength("@ home", 1));
    }
}
