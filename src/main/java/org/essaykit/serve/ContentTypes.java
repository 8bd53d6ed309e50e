package org.essaykit.serve;

import java.util.Locale;
import java.util.Map;

/** The Content-Type of a site file, by its extension; text types say they are UTF-8. */
final class ContentTypes {

    static final String HTML = "text/html; charset=utf-8";

    private static final String UTF8 = "; charset=utf-8";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", HTML),
            Map.entry("htm", HTML),
            Map.entry("css", "text/css" + UTF8),
            Map.entry("js", "text/javascript" + UTF8),
            Map.entry("mjs", "text/javascript" + UTF8),
            Map.entry("json", "application/json" + UTF8),
            Map.entry("map", "application/json" + UTF8),
            Map.entry("xml", "application/xml" + UTF8),
            Map.entry("txt", "text/plain" + UTF8),
            Map.entry("md", "text/markdown" + UTF8),
            Map.entry("csv", "text/csv" + UTF8),
            Map.entry("svg", "image/svg+xml" + UTF8),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("wasm", "application/wasm"));

    /** Files whose name says more than their extension. */
    private static final Map<String, String> BY_NAME = Map.of("feed.xml", "application/atom+xml" + UTF8);

    private ContentTypes() {
    }

    /** @param sitePath a file's path inside the site, e.g. {@code posts/x/index.html} */
    static String of(String sitePath) {
        String name = sitePath.substring(sitePath.lastIndexOf('/') + 1);
        String byName = BY_NAME.get(name);
        if (byName != null) {
            return byName;
        }
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
    }
}
