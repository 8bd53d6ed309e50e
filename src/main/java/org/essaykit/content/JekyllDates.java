package org.essaykit.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses post dates in the forms Jekyll accepts: {@code 2023-05-05}, {@code 2023-05-05 12:12},
 * {@code 2023-05-05 12:12:12 -0400}, ISO 8601 ({@code 2023-05-05T12:12:12Z},
 * {@code 2023-05-05T12:12:12.5+02:00}) and YAML timestamps ({@code 2001-12-14 21:59:43.10 -5}).
 * A date without an offset is in the site's time zone.
 */
public final class JekyllDates {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "[ \\t]*(Z|z|UTC|GMT|[+-]\\d{1,2}(?::?\\d{2})?)?");

    private JekyllDates() {
    }

    public static Optional<OffsetDateTime> parse(String text, ZoneId siteZone) {
        Matcher m = DATE.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
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

    private static ZoneOffset offset(String zone) {
        if (zone.equalsIgnoreCase("z") || zone.equals("UTC") || zone.equals("GMT")) {
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
