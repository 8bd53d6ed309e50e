package org.essaykit.markdown;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** What a large build keeps of each body instead of strings: it must give back exactly what went in. */
class CompactStorageTest {

    @Test
    void compactTextGivesBackTheTextExactly() {
        String html = "<p>“Mesa-optimizers” — deceptive? ↩ 𝔼[x] ü</p>\n".repeat(2_000);
        CompactText stored = CompactText.of(html);
        assertEquals(html, stored.toString());
        assertEquals(html, stored.toString(), "reading twice gives the same text");
        assertEquals("", CompactText.of("").toString());
        assertEquals(stored, CompactText.of(html));
        assertNotEquals(stored, CompactText.of(html + " "));
    }

    @Test
    void aStoreKeepsTextsAsTheyAreWithinItsBudgetAndCompressesTheRest() {
        String html = "<p>“Mesa-optimizers” ↩</p>\n".repeat(100);
        CompactText.Store store = new CompactText.Store(2L * html.length() + 1); // room for one text, not two
        CompactText first = store.keep(html);
        CompactText second = store.keep(html);
        assertSame(html, first.toString(), "the first text is kept as it is: reading it costs nothing");
        assertNotSame(html, second.toString(), "the second is compressed");
        assertEquals(html, second.toString());
        // however each was kept, equal texts are equal and hash alike (views compare bodies in serve)
        assertEquals(first, second);
        assertEquals(second, first);
        assertEquals(first.hashCode(), second.hashCode());
        assertEquals(first, CompactText.of(html));
        assertNotEquals(first, store.keep(html + " "));
        assertNotEquals(second, new CompactText.Store(1 << 20).keep(html + " "));
        assertEquals(html, new CompactText.Store(0).keep(html).toString());
    }

    @Test
    void searchTermsWeighTitleAndHeadingsStemAndDropStopWordsAndSingleLetters() {
        SearchTerms terms = SearchTerms.of("The mesa optimizer is a mesa-level thing; x y 2023",
                "Mesa optimizers", List.of("Why mesa"));
        // "optimizer" and "optimizers" are one term, their stem, as a query for either finds both
        assertArrayEquals(new String[] {"2023", "level", "mesa", "optimiz", "thing", "why"}, terms.terms());
        // mesa: twice in the text, 8 for the title, 4 for the heading
        int[] weights = terms.weights();
        assertEquals(2 + SearchTerms.TITLE_WEIGHT + SearchTerms.HEADING_WEIGHT,
                weights[Arrays.asList(terms.terms()).indexOf("mesa")]);
        assertEquals(1 + SearchTerms.TITLE_WEIGHT, weights[Arrays.asList(terms.terms()).indexOf("optimiz")]);
        assertEquals(6, terms.size());
    }

    @Test
    void searchTermsKeepLargeWeightsAndNonAsciiTerms() {
        String text = "über ".repeat(70_000) + "ζωή";
        SearchTerms terms = SearchTerms.of(text, "", List.of());
        assertArrayEquals(new String[] {"über", "ζωή"}, terms.terms());
        assertArrayEquals(new int[] {70_000, 1}, terms.weights());
    }

    @Test
    void searchTermsTellApartWordsThatShareTheirFirstEightCharacters() {
        // a word's first eight characters sit in its slot, the rest in the pool: both must be compared
        SearchTerms.Maker maker = new SearchTerms.Maker();
        maker.of("abcdefgh1 abcdefgh2 abcdefgh2", "", List.of()); // the second document meets known words
        SearchTerms terms = maker.of("abcdefgh2 abcdefgh1 abcdefgh3 abcdefgh abcdefg abcdefg", "", List.of());
        assertArrayEquals(new String[] {"abcdefg", "abcdefgh", "abcdefgh1", "abcdefgh2", "abcdefgh3"}, terms.terms());
        assertArrayEquals(new int[] {2, 1, 1, 1, 1}, terms.weights());
    }

    @Test
    void searchTermsAreInTheOrderOfTheirNames() {
        // stems sharing their first characters, shorter and longer ones, letters of other scripts (some above
        // U+8000, whose order a signed comparison would turn around)
        String text = "conform configuration con cone cones zebra ab abc abd abcd 中文 ζωή über 한국어 aa a1 9z z9 00 0a";
        assertSorted(SearchTerms.of(text, "Configured cones", List.of("Zebras of 中文")).terms());
        // a document with more distinct stems than the numeric sort numbers
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 70_000; i++) {
            many.append('q').append(i).append(' '); // with digits: kept whole, not stemmed
        }
        String[] terms = SearchTerms.of(many.toString(), "", List.of()).terms();
        assertEquals(70_000, terms.length);
        assertSorted(terms);
    }

    private static void assertSorted(String[] terms) {
        String[] sorted = terms.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, terms);
    }
}
