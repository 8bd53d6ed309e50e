package org.essaykit.render;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Templates escape values with our one-pass escaper: it must write what Pebble's own (unbescape) writes. */
class HtmlEscapeTest {

    @Test
    void everyCharacterIsEscapedAsPebblesOwnEscaperDoes() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            all.append(c).append('x');
        }
        all.append("\uD83D\uDE00 \uD835\uDC00 \uDC00 \uD800");  // pairs, and lone surrogates
        assertEquals(HtmlEscape.escapeHtml4Xml(all.toString()), Html.escapeMarkup(all.toString()));
    }

    @Test
    void mixedTextMatchesPebblesOwnEscaper() {
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "ab <>&\"'é\u00a0\u2014;#\n";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(HtmlEscape.escapeHtml4Xml(text.toString()), Html.escapeMarkup(text.toString()), text::toString);
        }
    }

    @Test
    void textWithNothingToEscapeIsReturnedAsItIs() {
        String text = "Deceptive alignment — a mesa-optimizer";
        assertSame(text, Html.escapeMarkup(text));
    }
}
