package org.essaykit.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tag, category and post slugs: lowercase ASCII words joined by hyphens. */
class SlugsTest {

    @Test
    void asciiTextKeepsLettersAndDigitsAndJoinsTheRestWithOneHyphen() {
        assertEquals("hello-world", Slugs.slugify("Hello, World!"));
        assertEquals("c-rust-2024", Slugs.slugify("  C++ & Rust (2024) "));
        assertEquals("a-b", Slugs.slugify("--a--b--"));
        assertEquals("mesa-optimizers", Slugs.slugify("mesa_optimizers"));
    }

    @Test
    void accentsAreDroppedAndCompatibilityFormsFolded() {
        assertEquals("cafe-au-lait", Slugs.slugify("Caf\u00e9 au lait"));
        assertEquals("fi-2", Slugs.slugify("\ufb01 \u00b2"));
        assertEquals("na-ve", Slugs.slugify("Na\u00dfve"), "a letter with no ASCII form is a gap");
    }

    @Test
    void textWithoutLettersOrDigitsIsUntitled() {
        assertEquals("untitled", Slugs.slugify(""));
        assertEquals("untitled", Slugs.slugify("!!!"));
        assertEquals("untitled", Slugs.slugify("\u2014"));
    }
}
