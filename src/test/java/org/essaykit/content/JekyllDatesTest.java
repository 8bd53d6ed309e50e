package org.essaykit.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JekyllDatesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2023-05-05 | 2023-05-05T00:00-04:00",
            "2023-5-5 | 2023-05-05T00:00-04:00",
            "2023-05-05 12:12 | 2023-05-05T12:12-04:00",
            "2023-05-05 12:12:12 -0400 | 2023-05-05T12:12:12-04:00",
            "2023-05-05 12:12:12 +0530 | 2023-05-05T12:12:12+05:30",
            "2023-05-05T12:12:12Z | 2023-05-05T12:12:12Z",
            "2023-05-05T12:12:12.5+02:00 | 2023-05-05T12:12:12.5+02:00",
            "2001-12-14 21:59:43.10 -5 | 2001-12-14T21:59:43.1-05:00",
            "2001-12-14t21:59:43.10-05:00 | 2001-12-14T21:59:43.1-05:00",
            "2023-01-15 | 2023-01-15T00:00-05:00",
            "2023/01/29 | 2023-01-29T00:00-05:00",
            "29.01.2023 | 2023-01-29T00:00-05:00",
            "20230129 | 2023-01-29T00:00-05:00",
            "Jan 29 2023 | 2023-01-29T00:00-05:00",
            "'January 29, 2023' | 2023-01-29T00:00-05:00",
            "29 January 2023 | 2023-01-29T00:00-05:00",
            "2023-01-29 6:30pm | 2023-01-29T18:30-05:00",
            "2023-01-29 12:00 AM | 2023-01-29T00:00-05:00",
            "2023-01-29 18h30 | 2023-01-29T18:30-05:00",
            "'Sun, 29 Jan 2023 18:30:22 -0800' | 2023-01-29T18:30:22-08:00",
            "2023-01-29 18:30:22 PST | 2023-01-29T18:30:22-08:00",
            "2023-01-29 18:30:22 +08:00 | 2023-01-29T18:30:22+08:00",
    })
    void readsEveryFormJekyllAccepts(String text, String expected) {
        assertEquals(OffsetDateTime.parse(expected), JekyllDates.parse(text, NEW_YORK).orElseThrow());
    }

    /** Ruby's Time.parse ignores an offset after a trailing year and zone names it does not know: the site's zone applies. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2023-01-29 18:30:22 2023 -0800 | 2023-01-29T18:30:22-05:00",
            "Sun Jan 29 18:30:22 2023 -0800 | 2023-01-29T18:30:22-05:00",
            "2023-01-29 18:30:22 CEST | 2023-01-29T18:30:22-05:00",
            "2023-01-29 18:30:22 America/Chicago | 2023-01-29T18:30:22-05:00",
    })
    void readsWhatRubyReadsAndIgnoresWhatItIgnores(String text, String expected) {
        assertEquals(OffsetDateTime.parse(expected), JekyllDates.parse(text, NEW_YORK).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"2023-13-01", "2023-02-30", "01/29/2023", "May 5", "yesterday", "2023-05-05 25:00", "2023-05-05 13pm", "''"})
    void rejectsWhatIsNotADate(String text) {
        assertTrue(JekyllDates.parse(text, NEW_YORK).isEmpty());
    }

    @Test
    void keepsTheWrittenOffsetRatherThanTheSiteZone() {
        assertEquals("-04:00", JekyllDates.parse("2023-05-05 12:12:12 -0400", ZoneId.of("UTC"))
                .orElseThrow().getOffset().getId());
    }
}
