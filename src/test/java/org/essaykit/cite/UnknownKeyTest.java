package org.essaykit.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.SourcePos;
import org.junit.jupiter.api.Test;

class UnknownKeyTest {

    private static final SourcePos AT = new SourcePos(Path.of("content/posts/mesa.md"), 12, 7);

    @Test
    void namesTheClosestKey() {
        Diagnostic error = UnknownKey.at(AT, "hubinger2091", List.of("langosco2022", "hubinger2019"));
        assertEquals(AT, error.pos());
        assertEquals("no bibliography entry has the key 'hubinger2091'", error.message());
        assertEquals("did you mean @hubinger2019?", error.hint());
    }

    @Test
    void namesUpToThreeCloseKeysClosestFirst() {
        assertEquals("did you mean @hubinger2019? (or @hubinger2020, @hubinger2023)", UnknownKey.at(AT, "hubinger2029",
                List.of("hubinger2024", "langosco2022", "hubinger2019", "hubinger2020", "hubinger2023")).hint());
    }

    @Test
    void withoutACloseKeySaysWhatToDo() {
        assertEquals("add an entry with this key to the bibliography, or fix the key",
                UnknownKey.at(AT, "zzz", List.of("hubinger2019")).hint());
    }
}
