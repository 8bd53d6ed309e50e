package org.essaykit.markdown;

import org.essaykit.content.SiteConfig.HeadingIdStyle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeadingSluggerTest {

    /** Expected ids as GitHub renders them for the same heading text. */
    @ParameterizedTest(name = "github: \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Deep double descent and recent interpretability work | deep-double-descent-and-recent-interpretability-work",
            "Problem 1 | problem-1",
            "1. Introduction | 1-introduction",
            "What's new? | whats-new",
            "C++ & Java | c--java",
            "Foo -- bar | foo----bar",
            "Über uns | über-uns",
            "snake_case_name | snake_case_name",
            "Will understanding of the base goal come before goal-directed behavior? | will-understanding-of-the-base-goal-come-before-goal-directed-behavior",
            "“Quoted” heading | quoted-heading",
    })
    void matchesGitHubIds(String text, String expected) {
        assertEquals(expected, HeadingSlugger.create(HeadingIdStyle.GITHUB).next(text));
    }

    /** kramdown-parser-gfm, Jekyll's default: typographic dashes vanish, digits stay. */
    @ParameterizedTest(name = "jekyll: \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Deep double descent and recent interpretability work | deep-double-descent-and-recent-interpretability-work",
            "1. Introduction | 1-introduction",
            "Foo -- bar | foo--bar",
            "Wait... what | wait-what",
            "C++ & Java | c--java",
    })
    void matchesJekyllKramdownGfmIds(String text, String expected) {
        assertEquals(expected, HeadingSlugger.create(HeadingIdStyle.JEKYLL).next(text));
    }

    /** kramdown's own parser strips leading digits and punctuation and keeps ASCII only. */
    @ParameterizedTest(name = "kramdown: \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1. Introduction | introduction",
            "?!? | section",
            "Über uns | ber-uns",
            "Problem 1 | problem-1",
    })
    void matchesKramdownIds(String text, String expected) {
        assertEquals(expected, HeadingSlugger.create(HeadingIdStyle.KRAMDOWN).next(text));
    }

    @Test
    void numbersRepeatedIdsLikeGitHubSkippingTakenOnes() {
        HeadingSlugger github = HeadingSlugger.create(HeadingIdStyle.GITHUB);
        List<String> ids = Stream.of("Answer", "Answer", "Answer-1", "Answer").map(github::next).toList();
        assertEquals(List.of("answer", "answer-1", "answer-1-1", "answer-2"), ids);
    }

    @Test
    void numbersRepeatedIdsLikeKramdownGfm() {
        HeadingSlugger jekyll = HeadingSlugger.create(HeadingIdStyle.JEKYLL);
        List<String> ids = Stream.of("Why does this matter?", "Why does this matter?", "Why does this matter?")
                .map(jekyll::next).toList();
        assertEquals(List.of("why-does-this-matter", "why-does-this-matter-1", "why-does-this-matter-2"), ids);
    }
}
