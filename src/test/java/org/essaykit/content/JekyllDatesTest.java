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
    })
    void readsEveryFormJekyllAccepts(String text, String expected) {
        assertEquals(OffsetDateTime.parse(expected), JekyllDates.parse(text, NEW_YORK).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"2023-13-01", "2023-02-30", "May 5 2023", "yesterday", "2023-05-05 25:00", "''"})
    void rejectsWhatIsNotADate(String text) {
        assertTrue(JekyllDates.parse(text, NEW_YORK).isEmpty());
    }

    @Test
    void keepsTheWrittenOffsetRatherThanTheSiteZone() {
        assertEquals("-04:00", JekyllDates.parse("2023-05-05 12:12:12 -0400", ZoneId.of("UTC"))
                .orElseThrow().getOffset().getId());
    }
}
