package org.essaykit.liquid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body's Liquid written for Ruby's Liquid, made readable by Liqp without changing its meaning or any line, so that
 * Liqp's positions stay the body's: {@code include_cached} (jekyll-include-cache: an include whose output is kept)
 * becomes {@code include} and spaces, and a key with a hyphen after a dot ({@code site.data.talks-2019},
 * {@code setting.version-badge}), which Ruby's Liquid reads and Liqp's grammar does not, becomes {@code ["key"]}.
 */
final class LiquidSource {

    /** A raw block (kept as it is), the name {@code include_cached}, or a tag or an output. */
    private static final Pattern MARKUP = Pattern.compile("\\{%-?\\s*raw\\s*-?%\\}.*?\\{%-?\\s*endraw\\s*-?%\\}"
            + "|\\{%-?\\s*include_cached\\b|\\{\\{.*?\\}\\}|\\{%.*?%\\}", Pattern.DOTALL);
    private static final Pattern RAW = Pattern.compile("\\{%-?\\s*raw\\b");
    /** {@code .key-with-hyphens} after a name or a bracket, outside quotes (checked by the caller). */
    private static final Pattern HYPHENATED_KEY = Pattern.compile("(?<=[\\w\\]])\\.([A-Za-z_][\\w]*(?:-[\\w]+)+)");

    private LiquidSource() {
    }

    static String forLiqp(String body) {
        if (!body.contains("include_cached") && !body.contains("-")) {
            return body;
        }
        Matcher m = MARKUP.matcher(body);
        StringBuilder out = new StringBuilder(body.length() + 16);
        int last = 0;
        while (m.find()) {
            out.append(body, last, m.start());
            String markup = m.group();
            out.append(markup.endsWith("include_cached") ? markup.replace("include_cached", "include       ")
                    : RAW.matcher(markup).lookingAt() ? markup : bracketed(markup));
            last = m.end();
        }
        return out.append(body, last, body.length()).toString();
    }

    /** The markup with hyphenated keys outside its quoted strings written as {@code ["key"]}. */
    private static String bracketed(String markup) {
        if (!markup.contains("-")) {
            return markup;
        }
        StringBuilder out = new StringBuilder(markup.length() + 8);
        int i = 0;
        while (i < markup.length()) {
            char c = markup.charAt(i);
            int end = c == '"' || c == '\'' ? markup.indexOf(c, i + 1) : -1;
            if (end > 0) {
                out.append(markup, i, end + 1);
                i = end + 1;
                continue;
            }
            int next = nextQuote(markup, i);
            out.append(HYPHENATED_KEY.matcher(markup.substring(i, next)).replaceAll("[\"$1\"]"));
            i = next;
        }
        return out.toString();
    }

    private static int nextQuote(String text, int from) {
        for (int i = from + 1; i < text.length(); i++) {
            if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
                return i;
            }
        }
        return text.length();
    }
}
