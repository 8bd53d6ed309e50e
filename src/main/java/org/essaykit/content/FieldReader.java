package org.essaykit.content;

import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typed access to one YAML mapping (front matter or site config) that reports a wrong type at the
 * value's position instead of failing, so that one file can yield several diagnostics.
 */
final class FieldReader {

    private final YamlReader.YamlMap map;
    private final SourcePos fallback;
    private final Diagnostics diagnostics;

    FieldReader(YamlReader.YamlMap map, SourcePos fallback, Diagnostics diagnostics) {
        this.map = map;
        this.fallback = fallback;
        this.diagnostics = diagnostics;
    }

    Map<String, Object> values() {
        return map.values();
    }

    SourcePos pos(String key) {
        return map.positions().getOrDefault(key, fallback);
    }

    boolean has(String key) {
        return map.values().get(key) != null;
    }

    /** A scalar as text; numbers and booleans are accepted and written as YAML would. */
    String string(String key, String defaultValue) {
        Object value = map.values().get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof List || value instanceof Map) {
            diagnostics.error(pos(key), "`" + key + "` must be a single value, not a "
                    + (value instanceof List ? "list" : "mapping"), "write it as `" + key + ": some text`");
            return defaultValue;
        }
        return value.toString();
    }

    /**
     * A person's name: text, or the {@code name} of a mapping, or the first of a list of them, as jekyll-seo-tag
     * reads {@code author} ({@code author: {name: Ada, twitter: ada}}, {@code author: [Ada, Grace]}).
     */
    String person(String key) {
        Object value = map.values().get(key);
        while (value instanceof List<?> list && !list.isEmpty()) {
            value = list.get(0);
        }
        if (value instanceof Map<?, ?> mapping) {
            value = mapping.get("name");
        }
        if (value == null || value instanceof List || value instanceof Map) {
            if (map.values().get(key) != null) {
                diagnostics.error(pos(key), "`" + key + "` names nobody", "write `" + key + ": A Name`, or a mapping "
                        + "with a `name:`");
            }
            return null;
        }
        return value.toString();
    }

    /** A boolean; like Jekyll (YAML 1.1), yes/no and on/off are accepted too. */
    boolean bool(String key, boolean defaultValue) {
        Object value = map.values().get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        switch (value.toString().toLowerCase(Locale.ROOT)) {
            case "yes", "on", "y":
                return true;
            case "no", "off", "n":
                return false;
            default:
                diagnostics.error(pos(key), "`" + key + "` must be true or false, not `" + value + "`",
                        "write `" + key + ": true` or `" + key + ": false`");
                return defaultValue;
        }
    }

    int integer(String key, int defaultValue) {
        Object value = map.values().get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        diagnostics.error(pos(key), "`" + key + "` must be a whole number, not `" + value + "`",
                "write for example `" + key + ": " + defaultValue + "`");
        return defaultValue;
    }

    /**
     * A list of words as Jekyll reads tags and categories: a YAML list, a space-separated string, or
     * nothing. Duplicates are dropped, the order is kept.
     */
    List<String> words(String key) {
        Object value = map.values().get(key);
        Set<String> out = new LinkedHashSet<>(); // in order, each once, however many: a set, not List.contains
        if (value == null) {
            return new ArrayList<>();
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item == null) {
                    continue;
                }
                if (item instanceof List || item instanceof Map) {
                    diagnostics.error(pos(key), "`" + key + "` items must be plain words",
                            "write `" + key + ": [one, two]`");
                    continue;
                }
                addWord(out, item.toString().trim());
            }
        } else if (value instanceof Map) {
            diagnostics.error(pos(key), "`" + key + "` must be a list or a space-separated string",
                    "write `" + key + ": [one, two]` or `" + key + ": one two`");
        } else {
            Arrays.stream(value.toString().trim().split("\\s+")).forEach(word -> addWord(out, word));
        }
        return new ArrayList<>(out);
    }

    private static void addWord(Set<String> out, String word) {
        if (!word.isEmpty()) {
            out.add(word);
        }
    }
}
