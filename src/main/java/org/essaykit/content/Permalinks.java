package org.essaykit.content;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands permalink patterns with Jekyll's placeholders ({@code :year}, {@code :month}, {@code :day},
 * {@code :title}, {@code :slug}, {@code :categories}, {@code :output_ext}, ...) and its named styles
 * ({@code date}, {@code pretty}, {@code ordinal}, {@code none}).
 */
public final class Permalinks {

    private static final Map<String, String> STYLES = Map.of(
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");

    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");

    private Permalinks() {
    }

    /** Thrown for a placeholder the pattern cannot fill, such as {@code :year} on an undated post. */
    public static final class PermalinkException extends Exception {
        PermalinkException(String message) {
            super(message);
        }
    }

    public static String expand(String pattern, String slug, OffsetDateTime date, List<String> categories)
            throws PermalinkException {
        String resolved = STYLES.getOrDefault(pattern, pattern);
        Matcher m = PLACEHOLDER.matcher(resolved);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), slug, date, categories)));
        }
        m.appendTail(out);
        String url = out.toString().replaceAll("/{2,}", "/");
        return url.startsWith("/") ? url : "/" + url;
    }

    private static String value(String name, String slug, OffsetDateTime date, List<String> categories)
            throws PermalinkException {
        switch (name) {
            case "title", "slug", "name":
                return slug;
            case "categories":
                return String.join("/", categories.stream().map(Slugs::slugify).toList());
            case "output_ext":
                return ".html";
            default:
                break;
        }
        if (date == null) {
            throw new PermalinkException("the permalink needs :" + name + " but the post has no date");
        }
        return switch (name) {
            case "year" -> String.format(Locale.ROOT, "%04d", date.getYear());
            case "short_year" -> String.format(Locale.ROOT, "%02d", date.getYear() % 100);
            case "month" -> String.format(Locale.ROOT, "%02d", date.getMonthValue());
            case "i_month" -> Integer.toString(date.getMonthValue());
            case "short_month" -> date.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
            case "day" -> String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
            case "i_day" -> Integer.toString(date.getDayOfMonth());
            case "y_day" -> String.format(Locale.ROOT, "%03d", date.getDayOfYear());
            case "hour" -> String.format(Locale.ROOT, "%02d", date.getHour());
            case "minute" -> String.format(Locale.ROOT, "%02d", date.getMinute());
            case "second" -> String.format(Locale.ROOT, "%02d", date.getSecond());
            case "week" -> String.format(Locale.ROOT, "%02d",
                    date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "short_day" -> date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
            default -> throw new PermalinkException("unknown permalink placeholder :" + name);
        };
    }

    /** The file a URL is written to: {@code /a/b/} is {@code a/b/index.html}, {@code /a/b} is {@code a/b.html}. */
    public static String outputPath(String url) {
        String path = url.startsWith("/") ? url.substring(1) : url;
        if (path.isEmpty() || path.endsWith("/")) {
            return path + "index.html";
        }
        int slash = path.lastIndexOf('/');
        return path.substring(slash + 1).contains(".") ? path : path + ".html";
    }
}
