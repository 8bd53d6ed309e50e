package org.essaykit.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses post dates in the forms Jekyll accepts. First YAML timestamps, which Jekyll's YAML reads before
 * anything else: {@code 2023-05-05}, {@code 2023-05-05 12:12:12 -0400}, ISO 8601 ({@code 2023-05-05T12:12:12Z},
 * {@code 2023-05-05T12:12:12.5+02:00}), {@code 2001-12-14 21:59:43.10 -5}. Then what Ruby's {@code Time.parse}
 * reads of any other text: {@code 2023/05/05}, {@code 5.5.2023}, {@code 20230505}, {@code May 5, 2023},
 * {@code 5 May 2023}, {@code Fri, 05 May 2023 12:12:12 GMT}, git's {@code Fri May 5 12:12:12 2023 -0400},
 * {@code 2023-05-05 6:30pm}, a zone written right after the time ({@code -0400}, {@code +02:00}, {@code UTC},
 * {@code EST}); like Ruby it ignores what follows (an offset after a trailing year, a zone name it does not
 * know), so that time is in the site's time zone. A date without an offset is in the site's time zone.
 */
public final class JekyllDates {

    private static final Pattern YAML_TIMESTAMP = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "[ \\t]*(Z|z|UTC|GMT|[+-]\\d{1,2}(?::?\\d{2})?)?");

    private static final String MONTH_NAME = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final Pattern WEEKDAY = Pattern.compile("(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s*");
    /** Each day form with the groups of year, month and day (a month name is its own group). */
    private static final List<DayForm> DAY_FORMS = List.of(
            new DayForm(Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"), 1, 2, 3),
            new DayForm(Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})"), 3, 2, 1),
            new DayForm(Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?!\\d)"), 1, 2, 3),
            new DayForm(Pattern.compile(MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4})(?!:))?"), 3, 1, 2),
            new DayForm(Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH_NAME + ",?\\s+(\\d{4})"), 3, 2, 1));
    private static final Pattern TIME = Pattern.compile(
            "(?:[Tt]|,?\\s+)(\\d{1,2})(?:(?::|h)(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?![a-z])");
    private static final Pattern ZONE = Pattern.compile("\\s*(z|utc|gmt|ut|[ecmp][sd]t|[+-]\\d{2}:?\\d{2})(?![a-z])");
    private static final Pattern TRAILING_YEAR = Pattern.compile("\\s*(\\d{4})(?![\\d:])");
    /** The zone names Ruby's {@code Time.zone_offset} knows besides UTC: the US ones. */
    private static final Map<String, Integer> US_ZONES = Map.of("est", -5, "edt", -4, "cst", -6, "cdt", -5,
            "mst", -7, "mdt", -6, "pst", -8, "pdt", -7);

    private record DayForm(Pattern pattern, int year, int month, int day) {
    }

    private JekyllDates() {
    }

    public static Optional<OffsetDateTime> parse(String text, ZoneId siteZone) {
        String trimmed = text.trim();
        Matcher m = YAML_TIMESTAMP.matcher(trimmed);
        if (!m.matches()) {
            return rubyTime(trimmed.toLowerCase(Locale.ROOT), siteZone);
        }
        try {
            LocalDate day = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
            LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
                    : LocalTime.of(num(m.group(4)), num(m.group(5)), m.group(6) == null ? 0 : num(m.group(6)),
                    m.group(7) == null ? 0 : nanos(m.group(7)));
            LocalDateTime local = LocalDateTime.of(day, time);
            String zone = m.group(8);
            if (zone == null) {
                return Optional.of(local.atZone(siteZone).toOffsetDateTime());
            }
            return Optional.of(local.atOffset(offset(zone)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The forms of Ruby's {@code Time.parse} that dates are written in, read from the start of the text. */
    private static Optional<OffsetDateTime> rubyTime(String text, ZoneId siteZone) {
        Matcher weekday = WEEKDAY.matcher(text);
        int at = weekday.lookingAt() ? weekday.end() : 0;
        for (DayForm form : DAY_FORMS) {
            Matcher day = form.pattern().matcher(text).region(at, text.length());
            if (day.lookingAt()) {
                return dayAndTime(text, day, form, siteZone);
            }
        }
        return Optional.empty();
    }

    private static Optional<OffsetDateTime> dayAndTime(String text, Matcher day, DayForm form, ZoneId siteZone) {
        int at = day.end();
        String year = day.group(form.year());
        LocalTime time = LocalTime.MIDNIGHT;
        ZoneOffset offset = null;
        try {
            Matcher clock = TIME.matcher(text).region(at, text.length());
            if (clock.lookingAt() && (clock.group(2) != null || clock.group(5) != null)) {
                time = clockTime(clock);
                at = clock.end();
                Matcher zone = ZONE.matcher(text).region(at, text.length());
                if (zone.lookingAt()) {
                    offset = zoneOffset(zone.group(1));
                    at = zone.end();
                }
            }
            if (year == null) { // git's form: the year after the time, and any offset after it ignored as Ruby does
                Matcher trailing = TRAILING_YEAR.matcher(text).region(at, text.length());
                if (!trailing.lookingAt()) {
                    return Optional.empty();
                }
                year = trailing.group(1);
            }
            String month = day.group(form.month());
            int monthNumber = Character.isDigit(month.charAt(0)) ? num(month) : MONTHS.indexOf(month.substring(0, 3)) + 1;
            LocalDateTime local = LocalDateTime.of(LocalDate.of(num(year), monthNumber, num(day.group(form.day()))), time);
            return Optional.of(offset == null ? local.atZone(siteZone).toOffsetDateTime() : local.atOffset(offset));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static LocalTime clockTime(Matcher clock) {
        int hour = num(clock.group(1));
        String half = clock.group(5);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                throw new DateTimeException("hour " + hour + " with am/pm");
            }
            hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
        }
        return LocalTime.of(hour, clock.group(2) == null ? 0 : num(clock.group(2)),
                clock.group(3) == null ? 0 : num(clock.group(3)), clock.group(4) == null ? 0 : nanos(clock.group(4)));
    }

    /** A zone right after the time; null for one Ruby does not know, so the site's time zone applies. */
    private static ZoneOffset zoneOffset(String zone) {
        Integer us = US_ZONES.get(zone);
        return us != null ? ZoneOffset.ofHours(us) : offset(zone.toUpperCase(Locale.ROOT));
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equalsIgnoreCase("z") || zone.equals("UTC") || zone.equals("GMT") || zone.equals("UT")) {
            return ZoneOffset.UTC;
        }
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        String digits = zone.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = num(digits);
        } else {
            hours = num(digits.substring(0, digits.length() - 2));
            minutes = num(digits.substring(digits.length() - 2));
        }
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static int nanos(String fraction) {
        return num((fraction + "000000000").substring(0, 9));
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
