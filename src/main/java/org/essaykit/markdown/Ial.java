package org.essaykit.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kramdown inline attribute list, {@code {: .class #id key="value" ref}}: what it gives the element it follows.
 *
 * @param id         the last {@code #id}, or null
 * @param classes    every {@code .class}, in order
 * @param attributes {@code key="value"} pairs, in order
 * @param references bare names, such as {@code toc} in {@code {:toc}}
 */
record Ial(String id, List<String> classes, Map<String, String> attributes, List<String> references) {

    /** The whole of an IAL: {@code {:} then names, classes, ids and quoted values, then {@code }}. */
    static final Pattern WHOLE = Pattern.compile("\\{:(?![:/])\\s*((?:[^}\"']|\"[^\"]*\"|'[^']*')*)\\}");
    private static final Pattern TOKEN = Pattern.compile(
            "\\.([\\w-]+)|#([\\w:-]+)|([\\w:-]+)=(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'}]+))|([\\w-]+)");

    Ial {
        classes = List.copyOf(classes);
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        references = List.copyOf(references);
    }

    /** The IAL that is the whole of {@code text} (spaces around allowed), or null. */
    static Ial parse(String text) {
        Matcher whole = WHOLE.matcher(text.strip());
        return whole.matches() ? tokens(whole.group(1)) : null;
    }

    static Ial tokens(String inside) {
        String id = null;
        List<String> classes = new ArrayList<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> references = new ArrayList<>();
        Matcher m = TOKEN.matcher(inside);
        while (m.find()) {
            if (m.group(1) != null) {
                classes.add(m.group(1));
            } else if (m.group(2) != null) {
                id = m.group(2);
            } else if (m.group(3) != null) {
                String value = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : m.group(6);
                attributes.put(m.group(3), value);
            } else {
                references.add(m.group(7));
            }
        }
        return new Ial(id, classes, attributes, references);
    }

    boolean isToc() {
        return references.contains("toc");
    }

    /** The IAL's attributes laid over an element's: classes added, id and the others replaced. */
    void applyTo(Map<String, String> element) {
        if (id != null) {
            element.put("id", id);
        }
        if (!classes.isEmpty()) {
            String before = element.get("class");
            element.put("class", (before == null || before.isEmpty() ? "" : before + " ") + String.join(" ", classes));
        }
        element.putAll(attributes);
    }
}
