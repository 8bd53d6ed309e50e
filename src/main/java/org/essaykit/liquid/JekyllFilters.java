package org.essaykit.liquid;

import liqp.TemplateContext;
import liqp.filters.Filter;
import org.essaykit.content.JekyllDates;
import org.essaykit.content.Slugs;
import org.essaykit.output.JsonWriter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The filters Jekyll adds to Liquid (Liqp has Liquid's own and a few of Jekyll's): URLs with the site's base
 * path, dates in Jekyll's formats, {@code markdownify}, {@code slugify}, {@code jsonify}, escapes, word counts.
 */
final class JekyllFilters {

    /** Jekyll's filters, for the hint of an unknown filter. */
    static final List<String> NAMES = List.of("relative_url", "absolute_url", "date", "date_to_string",
            "date_to_long_string", "date_to_xmlschema", "date_to_rfc822", "markdownify", "slugify", "jsonify",
            "xml_escape", "cgi_escape", "uri_escape", "number_of_words", "array_to_sentence_string", "smartify",
            "group_by", "where", "sort", "escape");

    private JekyllFilters() {
    }

    static List<Filter> all() {
        return List.of(
                filter("relative_url", (value, scope) -> scope.index().withBase(relative(value))),
                filter("absolute_url", (value, scope) -> scope.siteUrl() + scope.index().withBase(relative(value))),
                filter("markdownify", (value, scope) -> scope.markdownify().apply(text(value))),
                filter("slugify", (value, scope) -> Slugs.slugify(text(value))),
                filter("jsonify", (value, scope) -> JsonWriter.compact(plain(value)).strip()),
                filter("xml_escape", (value, scope) -> xmlEscape(text(value))),
                filter("cgi_escape", (value, scope) -> URLEncoder.encode(text(value), StandardCharsets.UTF_8)),
                filter("uri_escape", (value, scope) -> URLEncoder.encode(text(value), StandardCharsets.UTF_8)
                        .replace("+", "%20").replace("%2F", "/").replace("%3A", ":").replace("%23", "#")
                        .replace("%3F", "?").replace("%3D", "=").replace("%26", "&")),
                filter("smartify", (value, scope) -> text(value)),
                filter("number_of_words", (value, scope) -> {
                    String words = text(value).strip();
                    return words.isEmpty() ? 0 : words.split("\\s+").length;
                }),
                filter("array_to_sentence_string", (value, scope) -> sentence(value)),
                new GroupBy(),
                dateFilter("date_to_string", "dd MMM yyyy"),
                dateFilter("date_to_long_string", "dd MMMM yyyy"),
                dateFilter("date_to_xmlschema", "yyyy-MM-dd'T'HH:mm:ssXXX"),
                dateFilter("date_to_rfc822", "EEE, dd MMM yyyy HH:mm:ss Z"));
    }

    /** {@code group_by: "key"}: the items grouped by a key's value, in order of first appearance. */
    private static final class GroupBy extends Filter {
        GroupBy() {
            super("group_by");
        }

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            String key = params.length > 0 ? text(params[0]) : "";
            Map<String, List<Object>> groups = new LinkedHashMap<>();
            if (value instanceof Iterable<?> items) {
                for (Object item : items) {
                    Object by = item instanceof Map<?, ?> map ? map.get(key) : null;
                    groups.computeIfAbsent(text(by), k -> new ArrayList<>()).add(item);
                }
            }
            List<Object> grouped = new ArrayList<>();
            groups.forEach((name, members) -> {
                Map<String, Object> group = new LinkedHashMap<>();
                group.put("name", name);
                group.put("items", members);
                group.put("size", members.size());
                grouped.add(group);
            });
            return grouped;
        }
    }

    private static Filter filter(String name, BiFunction<Object, RenderScope, Object> body) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return body.apply(value, RenderScope.of(context));
            }
        };
    }

    private static Filter dateFilter(String name, String pattern) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                ZonedDateTime date = date(value, context);
                return date == null ? value : format.format(date);
            }
        };
    }

    /** A date value, or a string in one of Jekyll's date forms, in the site's zone; null for anything else. */
    private static ZonedDateTime date(Object value, TemplateContext context) {
        ZoneId zone = context.getParser().defaultTimeZone;
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone);
        }
        if (value instanceof TemporalAccessor t) {
            try {
                return ZonedDateTime.from(t).withZoneSameInstant(zone);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return value == null ? null : JekyllDates.parse(value.toString(), zone)
                .map(d -> d.atZoneSameInstant(zone)).orElse(null);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A path made root-relative, as Jekyll's URL filters take {@code about/} and {@code /about/} alike. */
    private static String relative(Object value) {
        String path = text(value);
        return path.contains("://") || path.startsWith("/") ? path : "/" + path;
    }

    private static String xmlEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String sentence(Object value) {
        List<String> items = new ArrayList<>();
        if (value instanceof Iterable<?> list) {
            list.forEach(item -> items.add(text(item)));
        } else if (value instanceof Object[] array) {
            for (Object item : array) {
                items.add(text(item));
            }
        } else {
            return text(value);
        }
        return switch (items.size()) {
            case 0 -> "";
            case 1 -> items.get(0);
            case 2 -> items.get(0) + " and " + items.get(1);
            default -> String.join(", ", items.subList(0, items.size() - 1)) + ", and " + items.get(items.size() - 1);
        };
    }

    /** A value as JSON can hold it: maps and lists as they are, dates as ISO text, anything else as text. */
    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (value instanceof Iterable<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(plain(item)));
            return copy;
        }
        if (value instanceof Object[] array) {
            return plain(java.util.Arrays.asList(array));
        }
        return value.toString();
    }
}
