package org.essaykit.check;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL split into its RFC 3986 parts, with reference resolution as browsers do it for http(s).
 * Parts are kept as written (still percent-encoded); a missing part is null, an empty one "".
 */
record Url(String scheme, String authority, String path, String query, String fragment) {

    /** RFC 3986 appendix B: matches every string, so parsing never fails. */
    private static final Pattern PARTS = Pattern.compile("^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\\?([^#]*))?(#(.*))?$",
            Pattern.DOTALL);
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
    private static final Pattern TAB_OR_NEWLINE = Pattern.compile("[\\t\\n\\r]");

    static Url parse(String raw) {
        String cleaned = clean(raw);
        Matcher m = PARTS.matcher(cleaned);
        if (!m.matches()) {
            throw new IllegalStateException("RFC 3986 pattern matches every string: " + raw);
        }
        String scheme = m.group(2);
        if (scheme != null && !SCHEME.matcher(scheme).matches()) {
            return relativePath(cleaned);
        }
        String lower = scheme == null ? null : scheme.toLowerCase(Locale.ROOT);
        return new Url(lower, m.group(4), m.group(5), m.group(7), m.group(9));
    }

    /** "a b:c" is a relative path to a browser, not a scheme: everything before ? and # is the path. */
    private static Url relativePath(String cleaned) {
        int hash = cleaned.indexOf('#');
        String beforeHash = hash < 0 ? cleaned : cleaned.substring(0, hash);
        String fragment = hash < 0 ? null : cleaned.substring(hash + 1);
        int q = beforeHash.indexOf('?');
        return new Url(null, null, q < 0 ? beforeHash : beforeHash.substring(0, q),
                q < 0 ? null : beforeHash.substring(q + 1), fragment);
    }

    /**
     * What a browser does before parsing: trims C0 controls and spaces, drops tabs and newlines, and
     * reads backslashes as slashes (for http(s) and relative references; other schemes keep them).
     */
    private static String clean(String raw) {
        String s = raw.strip();
        if (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            s = TAB_OR_NEWLINE.matcher(s).replaceAll("");
        }
        int colon = s.indexOf(':');
        String maybeScheme = colon > 0 ? s.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        boolean special = colon < 0 || maybeScheme.equals("http") || maybeScheme.equals("https")
                || !SCHEME.matcher(maybeScheme).matches();
        if (special) {
            int hash = s.indexOf('#');
            String head = hash < 0 ? s : s.substring(0, hash);
            s = head.replace('\\', '/') + (hash < 0 ? "" : s.substring(hash));
        }
        return s;
    }

    boolean isHttp() {
        return "http".equals(scheme) || "https".equals(scheme);
    }

    /** {@code scheme://host[:port]} with the host lowercased and default ports dropped; "" if not http(s). */
    String origin() {
        if (!isHttp() || authority == null) {
            return "";
        }
        String host = authority.substring(authority.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        String defaultPort = "http".equals(scheme) ? ":80" : ":443";
        if (host.endsWith(defaultPort)) {
            host = host.substring(0, host.length() - defaultPort.length());
        }
        return scheme + "://" + host;
    }

    /** RFC 3986 section 5.2.2: this reference resolved against an absolute base. */
    Url resolveAgainst(Url base) {
        if (scheme != null) {
            return new Url(scheme, authority, removeDotSegments(path), query, fragment);
        }
        if (authority != null) {
            return new Url(base.scheme, authority, removeDotSegments(path), query, fragment);
        }
        if (path.isEmpty()) {
            return new Url(base.scheme, base.authority, base.path, query != null ? query : base.query, fragment);
        }
        String merged = path.startsWith("/") ? path : merge(base, path);
        return new Url(base.scheme, base.authority, removeDotSegments(merged), query, fragment);
    }

    private static String merge(Url base, String relative) {
        if (base.authority != null && base.path.isEmpty()) {
            return "/" + relative;
        }
        int slash = base.path.lastIndexOf('/');
        return base.path.substring(0, slash + 1) + relative;
    }

    /** RFC 3986 section 5.2.4; ".." above the root stays at the root, as in browsers. */
    static String removeDotSegments(String path) {
        if (path.isEmpty() || !mayHaveDotSegment(path)) {
            return path;
        }
        String[] segments = path.split("/", -1);
        java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
        boolean absolute = path.startsWith("/");
        for (int i = absolute ? 1 : 0; i < segments.length; i++) {
            String seg = segments[i];
            boolean last = i == segments.length - 1;
            if (seg.equals(".") || seg.equalsIgnoreCase("%2e")) {
                if (last) {
                    out.addLast("");
                }
            } else if (seg.equals("..") || seg.equalsIgnoreCase(".%2e") || seg.equalsIgnoreCase("%2e.")
                    || seg.equalsIgnoreCase("%2e%2e")) {
                out.pollLast();
                if (last) {
                    out.addLast("");
                }
            } else {
                out.addLast(seg);
            }
        }
        return (absolute ? "/" : "") + String.join("/", out);
    }

    /** False when no segment can be "." or ".." (written plainly or as %2e): most paths of a site. */
    private static boolean mayHaveDotSegment(String path) {
        return path.startsWith(".") || path.contains("/.") || path.indexOf('%') >= 0;
    }

    /** The URL without its fragment, as sent over HTTP. */
    String withoutFragment() {
        StringBuilder s = new StringBuilder();
        if (scheme != null) {
            s.append(scheme).append(':');
        }
        if (authority != null) {
            s.append("//").append(authority);
        }
        s.append(path);
        if (query != null) {
            s.append('?').append(query);
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return fragment == null ? withoutFragment() : withoutFragment() + "#" + fragment;
    }
}
