package org.essaykit.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the site is published: its origin and base path. Resolves every URL of a page to a {@link Target}.
 *
 * @param origin {@code https://host[:port]}, or "" when the site's url is unknown (then no absolute URL
 *               counts as internal)
 * @param prefix the path the site lives under, decoded: "" or "/repo", never a trailing slash
 */
record SiteAddress(String origin, String prefix) {

    /** Stands in for an unknown origin, so that pages still have absolute base URLs; never contacted. */
    private static final String UNKNOWN_ORIGIN = "https://site.invalid";

    private static final Pattern MAIL_ADDRESS = Pattern.compile(
            "[^@\\s(),:;<>\\[\\]\\\\\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*");
    /**
     * RFC 3966 global or local number: digits, visual separators, optional leading + and ;parameters; also
     * the comma phones dial as a pause before an extension ({@code tel:+15551234567,,89}), which they accept.
     */
    private static final Pattern TEL = Pattern.compile("\\+?[0-9A-Fa-f*#().,\\- ]*[0-9][0-9A-Fa-f*#().,\\- ]*(;[A-Za-z0-9\\-]+(=[^;]*)?)*");

    static SiteAddress of(String url, String baseurl) {
        String origin = "";
        String prefix = "";
        if (url != null && !url.isBlank()) {
            Url parsed = Url.parse(url.strip());
            if (!parsed.isHttp() || parsed.authority() == null || parsed.authority().isEmpty()) {
                throw new IllegalArgumentException("the site url must be an absolute http(s) address, not `" + url + "`");
            }
            origin = parsed.origin();
            prefix = trimSlashes(decodeOrNull(parsed.path()));
        }
        if (baseurl != null && !baseurl.isBlank()) {
            String base = baseurl.strip();
            if (!base.startsWith("/") || base.contains("://")) {
                throw new IllegalArgumentException("the baseurl must be a path such as `/repo`, not `" + baseurl + "`");
            }
            prefix += trimSlashes(base);
        }
        return new SiteAddress(origin, prefix);
    }

    private static String trimSlashes(String path) {
        String p = path == null ? "" : path.replaceAll("/+$", "");
        return p.isEmpty() || p.startsWith("/") ? p : "/" + p;
    }

    /** The URL a browser has for a file of the site: {@code posts/x/index.html} under the origin and prefix. */
    Url urlOf(String sitePath) {
        return Url.parse((origin.isEmpty() ? UNKNOWN_ORIGIN : origin) + encodePath(prefix + "/" + sitePath));
    }

    Target resolve(String raw, Url base) {
        Url url = Url.parse(raw).resolveAgainst(base);
        String scheme = url.scheme();
        return switch (scheme) {
            case "http", "https" -> http(url);
            case "mailto" -> mailto(url);
            case "tel" -> tel(url);
            case "javascript" -> new Target.Invalid(Finding.Level.WARNING, "javascript-url",
                    "`javascript:` URL", "use a button with an event handler; a link should lead somewhere");
            default -> new Target.Skipped();
        };
    }

    private Target http(Url url) {
        boolean ours = !origin.isEmpty() ? url.origin().equals(origin) : url.origin().equals(UNKNOWN_ORIGIN);
        if (!ours) {
            return ExternalUrl.of(url);
        }
        String path = decodeOrNull(url.path());
        if (path == null) {
            return new Target.Invalid(Finding.Level.ERROR, "malformed-url", "malformed percent-encoding in `"
                    + url.path() + "`", "write `%25` for a literal percent sign");
        }
        if (path.isEmpty()) {
            path = "/";
        }
        if (path.equals(prefix)) {
            // GitHub Pages redirects /repo to /repo/.
            return new Target.Internal("", url.fragment());
        }
        if (!path.startsWith(prefix + "/")) {
            return new Target.OutsideBase(path);
        }
        return new Target.Internal(path.substring(prefix.length() + 1), url.fragment());
    }

    private static Target mailto(Url url) {
        String to = url.path();
        String decoded = decodeOrNull(to);
        boolean hasToHeader = url.query() != null && url.query().toLowerCase(Locale.ROOT).matches("(.*&)?to=.+");
        String hint = "write `mailto:name@example.org`";
        if (decoded == null) {
            return new Target.Invalid(Finding.Level.ERROR, "bad-mailto", "malformed percent-encoding in `mailto:"
                    + to + "`", hint);
        }
        if (decoded.isBlank()) {
            return hasToHeader ? new Target.Skipped()
                    : new Target.Invalid(Finding.Level.ERROR, "bad-mailto", "`mailto:` without an address", hint);
        }
        for (String address : decoded.split(",")) {
            if (!MAIL_ADDRESS.matcher(address.strip()).matches()) {
                return new Target.Invalid(Finding.Level.ERROR, "bad-mailto", "`" + address.strip()
                        + "` is not an e-mail address", hint);
            }
        }
        return new Target.Skipped();
    }

    private static Target tel(Url url) {
        String number = decodeOrNull(url.path());
        if (number == null || !TEL.matcher(number).matches()) {
            return new Target.Invalid(Finding.Level.ERROR, "bad-tel", "`tel:" + url.path()
                    + "` is not a phone number", "write digits with an optional leading + and - . ( ) as separators");
        }
        return new Target.Skipped();
    }

    /** Percent-decodes as UTF-8; null when a % is not followed by two hex digits or the bytes are not UTF-8. */
    static String decodeOrNull(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] == '%') {
                if (i + 2 >= utf8.length) {
                    return null;
                }
                int hi = Character.digit(utf8[i + 1], 16);
                int lo = Character.digit(utf8[i + 2], 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.write(utf8[i]);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Encodes what may not appear raw in a URL path, so that file names with spaces get a valid base. */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}%#?".indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }
}
