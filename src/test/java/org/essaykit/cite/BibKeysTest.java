package org.essaykit.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.essaykit.diag.SourceProblem;
import org.junit.jupiter.api.Test;

class BibKeysTest {

    private static final Path BIB = Path.of("content/references.bib");

    @Test
    void readsEntryKeysInFileOrderSkippingComments() throws SourceProblem {
        String bib = "@comment{ignored}\n@article{hubinger2019,\n  title = {Risks from {Learned} Optimization}}\n"
                + "@misc(vonoswald2023, note = {x})\n";
        assertEquals(List.of("hubinger2019", "vonoswald2023"), BibKeys.read(BIB, bib));
    }

    @Test
    void anUnclosedEntryIsAnErrorAtItsOwnLine() {
        String bib = "@article{a, title = {A}}\n\n@article{b, title = {B}\n@article{c, title = {C}}\n";
        SourceProblem problem = assertThrows(SourceProblem.class, () -> BibKeys.read(BIB, bib));
        assertEquals(3, problem.pos().line());
        assertEquals(9, problem.pos().column());
        assertEquals("this entry is never closed", problem.getMessage());
    }

    @Test
    void anEntryWithoutAKeyIsAnError() {
        SourceProblem problem = assertThrows(SourceProblem.class,
                () -> BibKeys.read(BIB, "@article{a, title = {A}}\n@book{title = {B}}\n"));
        assertEquals(2, problem.pos().line());
        assertEquals("this @book entry has no key", problem.getMessage());
    }
}
