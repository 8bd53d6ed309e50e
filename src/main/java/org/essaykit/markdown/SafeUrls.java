package org.essaykit.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one scheme allow-list for URLs from untrusted input (comment bodies and {@code source}, imported threads,
 * data-table cells): http, https, mailto, and URLs without a scheme (relative paths, {@code //host/...},
 * {@code ?query}, {@code #fragment}). Nothing else: {@code javascript:}, {@code vbscript:} and {@code data:} can run
 * script; {@code file:}, {@code ftp:}, {@code blob:} and app schemes have no place in a comment and browsers
 * treat several of them specially. The check first normalises as a browser's URL parser does, and more:
 * control characters, whitespace and invisible format characters are removed everywhere (browsers strip
 * leading C0 controls and spaces and every TAB, LF and CR, so {@code " java\tscript:"} runs), then the case
 * is folded. Whatever still has a colon before its first {@code / ? #} must then be one of the allowed schemes,
 * so a colon hidden behind characters some consumer might decode or drop is refused rather than guessed at.
 */
public final class SafeUrls {

    /** The schemes allowed; every other one is refused. */
    public static final List<String> SCHEMES = List.of("http", "https", "mailto");

    /** How to fix a refused URL, for diagnostics. */
    public static final String HINT = "only http, https and mailto links and relative links are kept in untrusted"
            + " content; the text stays, without its link";

    private static final Pattern IGNORED = Pattern.compile(
            "[\\x00-\\x20\\x7f-\\x9f\\u00a0\\u00ad\\u180e\\u2000-\\u200f\\u2028-\\u202f\\u205f-\\u206f\\u3000\\ufeff]");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

    private SafeUrls() {
    }

    /** True for http, https, mailto and scheme-less URLs, however the scheme is spelled. */
    public static boolean allowed(String url) {
        String squeezed = normalised(url);
        var scheme = SCHEME.matcher(squeezed);
        if (scheme.find()) {
            return SCHEMES.contains(scheme.group(1));
        }
        int colon = squeezed.indexOf(':');
        int end = firstOf(squeezed, "/?#\\");
        return colon < 0 || end >= 0 && end < colon;
    }

    /** The scheme a browser would see, lower case, if any: for messages. */
    public static Optional<String> scheme(String url) {
        var scheme = SCHEME.matcher(normalised(url));
        return scheme.find() ? Optional.of(scheme.group(1)) : Optional.empty();
    }

    /** The URL as shown in a diagnostic: control characters visible, long ones cut. */
    public static String shown(String url) {
        StringBuilder out = new StringBuilder();
        url.codePoints().limit(80).forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return url.codePointCount(0, url.length()) > 80 ? out + "…" : out.toString();
    }

    private static String normalised(String url) {
        return IGNORED.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static int firstOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
