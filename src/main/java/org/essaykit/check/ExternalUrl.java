package org.essaykit.check;

import java.net.IDN;
import java.util.Locale;

/**
 * An http(s) URL of another site made ready to request the way a browser sends it: the host lowercased,
 * percent-decoded and, when internationalised, in its punycode form ({@code granö.fi} is {@code xn--gran-8qa.fi});
 * characters a browser percent-encodes before sending (space, {@code |}, {@code {}}, {@code []}, non-ASCII) encoded;
 * equivalent encodings made equal ({@code %7e} and {@code ~}, {@code %2f} and {@code %2F}), so that one document
 * gets one request. A URL no browser could load (no host, a port that is not a number up to 65535, a host with
 * a character hosts may not hold) is a finding at the link, never an exception.
 */
final class ExternalUrl {

    /** Code points WHATWG forbids in a host (besides controls and space). */
    private static final String FORBIDDEN_IN_HOST = "#%/:<>?@[\\]^|";
    /** Kept as written in a path or query: RFC 3986 unreserved, sub-delims, ":", "@", "/", "?". */
    private static final String ALLOWED = "-._~!$&'()*+,;=:@/?";
    private static final String UNRESERVED = "-._~";
    private static final int MAX_PORT = 65_535;
    private static final String HINT = "correct the address; a browser cannot load it either";

    private ExternalUrl() {
    }

    /** {@link Target.External} with the URL as sent, or {@link Target.Invalid} saying what is wrong with it. */
    static Target of(Url url) {
        String authority = url.authority() == null ? "" : url.authority();
        int at = authority.lastIndexOf('@');
        String userinfo = at < 0 ? "" : authority.substring(0, at + 1);
        String hostPort = authority.substring(at + 1);
        int portColon = hostPort.startsWith("[") ? hostPort.indexOf(':', Math.max(0, hostPort.indexOf(']')))
                : hostPort.lastIndexOf(':');
        String rawHost = portColon < 0 ? hostPort : hostPort.substring(0, portColon);
        String port = portColon < 0 ? "" : hostPort.substring(portColon + 1);
        if (!port.isEmpty() && !validPort(port)) {
            return invalid("the port `" + port + "` is not a number from 0 to " + MAX_PORT);
        }
        String host = rawHost.startsWith("[") ? rawHost.toLowerCase(Locale.ROOT) : asciiHost(rawHost);
        if (host == null) {
            return invalid("`" + rawHost + "` is not a host name");
        }
        if (host.isEmpty()) {
            return invalid("the URL has no host");
        }
        String normalisedAuthority = userinfo + host + (port.isEmpty() ? "" : ":" + Integer.parseInt(port));
        return new Target.External(new Url(url.scheme(), normalisedAuthority, encoded(url.path()),
                url.query() == null ? null : encoded(url.query()), url.fragment()));
    }

    private static boolean validPort(String port) {
        if (port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Integer.parseInt(port) <= MAX_PORT;
    }

    /** The host as browsers send it: decoded, lowercased, punycode; "" when empty, null when impossible. */
    private static String asciiHost(String raw) {
        String decoded = SiteAddress.decodeOrNull(raw);
        if (decoded == null) {
            return null;
        }
        String host = decoded.endsWith(".") ? decoded.substring(0, decoded.length() - 1) : decoded;
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c <= ' ' || c == 0x7f || FORBIDDEN_IN_HOST.indexOf(c) >= 0) {
                return null;
            }
        }
        try {
            return IDN.toASCII(host.toLowerCase(Locale.ROOT), IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Percent-encodes what may not be sent raw (as UTF-8), writes a {@code %} without two hex digits as
     * {@code %25}, decodes encoded unreserved characters and uppercases the hex of the rest (RFC 3986 6.2.2).
     */
    /**
     * {@code text} with each unpaired surrogate replaced by U+FFFD, as a browser's UTF-8 encoder does (Java's would
     * write {@code ?}, which in a path starts a query).
     */
    private static String wellFormed(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                out = out != null ? out : new StringBuilder(text.substring(0, i));
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    static String encoded(String part) {
        StringBuilder out = new StringBuilder(part.length() + 8);
        byte[] bytes = wellFormed(part).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            if (c == '%') {
                int hi = i + 2 < bytes.length ? Character.digit(bytes[i + 1], 16) : -1;
                int lo = hi >= 0 ? Character.digit(bytes[i + 2], 16) : -1;
                if (lo < 0) {
                    out.append("%25");
                    continue;
                }
                int decoded = hi * 16 + lo;
                if (isUnreserved(decoded)) {
                    out.append((char) decoded);
                } else {
                    appendEscape(out, decoded);
                }
                i += 2;
            } else if (isUnreserved(c) || (c < 0x7f && ALLOWED.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                appendEscape(out, c);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || UNRESERVED.indexOf(c) >= 0;
    }

    private static void appendEscape(StringBuilder out, int b) {
        out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
    }

    private static Target invalid(String message) {
        return new Target.Invalid(Finding.Level.ERROR, "malformed-url", message, HINT);
    }
}
