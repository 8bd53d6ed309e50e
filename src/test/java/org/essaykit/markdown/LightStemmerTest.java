package org.essaykit.markdown;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Word forms a reader searches for meet at one stem; short words and numbers stay whole. */
class LightStemmerTest {

    @Test
    void formsOfOneWordShareAStem() {
        assertEquals(LightStemmer.stem("myopia"), LightStemmer.stem("myopic"));
        assertEquals(LightStemmer.stem("myopia"), LightStemmer.stem("myopically"));
        assertEquals(LightStemmer.stem("optimizer"), LightStemmer.stem("optimization"));
        assertEquals(LightStemmer.stem("optimizer"), LightStemmer.stem("optimizes"));
        assertEquals(LightStemmer.stem("deception"), LightStemmer.stem("deceptively"));
        assertEquals(LightStemmer.stem("goal"), LightStemmer.stem("goals"));
        assertEquals(LightStemmer.stem("trained"), LightStemmer.stem("training"));
        assertEquals("study", LightStemmer.stem("studies"));
    }

    @Test
    void aStemKeepsAtLeastThreeLettersAndNumbersStayWhole() {
        assertEquals("use", LightStemmer.stem("uses"));
        assertEquals("ai", LightStemmer.stem("ai"));
        assertEquals("2023", LightStemmer.stem("2023"));
        assertEquals("gpt4", LightStemmer.stem("gpt4"));
    }
}
