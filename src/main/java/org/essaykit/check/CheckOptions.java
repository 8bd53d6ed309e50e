package org.essaykit.check;

/**
 * How to check a site.
 *
 * @param url       the origin the site is published at ({@code https://me.github.io}), "" if unknown
 * @param baseurl   the path under it ("" or {@code /repo})
 * @param fragments whether {@code #fragment} targets are checked (on by default, as a reader follows them)
 * @param external  the external pass, or null to stay offline
 */
public record CheckOptions(String url, String baseurl, boolean fragments, IgnoreRules ignore, ExternalOptions external) {

    public CheckOptions {
        url = url == null ? "" : url;
        baseurl = baseurl == null ? "" : baseurl;
        ignore = ignore == null ? IgnoreRules.NONE : ignore;
    }

    /** Offline, fragments checked, nothing ignored. */
    public static CheckOptions offline(String url, String baseurl) {
        return new CheckOptions(url, baseurl, true, IgnoreRules.NONE, null);
    }

    public CheckOptions withExternal(ExternalOptions options) {
        return new CheckOptions(url, baseurl, fragments, ignore, options);
    }
}
