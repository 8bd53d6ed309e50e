package org.essaykit.content;

import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads and checks {@code content/site.yaml}, or a Jekyll repository's {@code _config.yml}. */
final class SiteConfigReader {

    static final String CONFIG_FILE = "site.yaml";

    private static final Set<String> KNOWN = Set.of("title", "description", "url", "baseurl", "author",
            "language", "navigation", "permalink", "heading_ids", "timezone", "feed_size", "paginate", "paginate_path");

    private SiteConfigReader() {
    }

    static SiteConfig read(Path siteRoot, Path contentDir, LoadOptions options, Diagnostics diagnostics) {
        boolean jekyll = ContentLoader.isJekyllRepository(siteRoot);
        Path file = jekyll ? siteRoot.resolve(JekyllConfigReader.CONFIG_FILE) : contentDir.resolve(CONFIG_FILE);
        Path relative = siteRoot.relativize(file);
        SourcePos start = SourcePos.startOf(relative);
        YamlReader.YamlMap map = YamlReader.YamlMap.empty();
        boolean read = false;
        if (!Files.isRegularFile(file)) {
            diagnostics.error(start, "the site has no config file",
                    "create " + relative + " with at least `title: My site`");
        } else {
            try {
                map = YamlReader.readMapping(SourceText.read(file, relative), relative, 0);
                read = true;
            } catch (YamlReader.YamlException e) {
                diagnostics.error(e.pos(), e.getMessage(), e.hint("fix the YAML syntax of the site config"));
            } catch (SourceText.Unreadable e) {
                diagnostics.report(e.error(""));
            }
        }
        JekyllSettings settings = JekyllSettings.NONE;
        if (jekyll) {
            JekyllConfigReader.Translated translated = JekyllConfigReader.translate(map, diagnostics);
            map = translated.ours();
            settings = translated.settings();
        }
        map = withOverrides(map, options);
        FieldReader fields = new FieldReader(map, start, diagnostics);
        String title = fields.string("title", jekyll ? String.valueOf(siteRoot.getFileName()) : "");
        if (title.isBlank() && read) { // a file that could not be read has had its error
            diagnostics.error(start, "the site config has no title", "add `title: My site` to " + relative);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        map.values().forEach((k, v) -> {
            if (!KNOWN.contains(k) && v != null) {
                params.put(k, v);
            }
        });
        return new SiteConfig(relative, title,
                fields.string("description", ""),
                url(fields, diagnostics),
                baseurl(fields, diagnostics),
                fields.string("author", ""),
                fields.string("language", "en"),
                navigation(fields, diagnostics),
                fields.string("permalink", SiteConfig.DEFAULT_PERMALINK),
                headingIds(fields, diagnostics),
                zone(fields, diagnostics),
                fields.integer("feed_size", 20),
                paginate(fields, diagnostics),
                paginatePath(fields, diagnostics),
                params,
                settings);
    }

    /** Values given on the command line take the place of the file's; errors then point at the file's start. */
    private static YamlReader.YamlMap withOverrides(YamlReader.YamlMap map, LoadOptions options) {
        if (options.url() == null && options.baseurl() == null) {
            return map;
        }
        Map<String, Object> values = new LinkedHashMap<>(map.values());
        Map<String, SourcePos> positions = new LinkedHashMap<>(map.positions());
        if (options.url() != null) {
            values.put("url", options.url());
            positions.remove("url");
        }
        if (options.baseurl() != null) {
            values.put("baseurl", options.baseurl());
            positions.remove("baseurl");
        }
        return new YamlReader.YamlMap(values, positions);
    }

    /** Jekyll's key: posts per page; {@code false} or 0 lists everything on one page, as before pagination. */
    private static int paginate(FieldReader fields, Diagnostics diagnostics) {
        Object value = fields.values().get("paginate");
        if (value == null || Boolean.TRUE.equals(value)) {
            return SiteConfig.DEFAULT_PAGINATE;
        }
        if (Boolean.FALSE.equals(value)) {
            return 0;
        }
        if (value instanceof Long n && n >= 0 && n <= 100_000) {
            return n.intValue();
        }
        diagnostics.error(fields.pos("paginate"), "`paginate` must be a number of posts per page, not `" + value + "`",
                "write for example `paginate: " + SiteConfig.DEFAULT_PAGINATE
                        + "` (the default), or `paginate: false` to list every post on one page");
        return SiteConfig.DEFAULT_PAGINATE;
    }

    /** Where page N of a list lives: {@code /page/:num/} gives {@code /page/2/} and {@code /tags/x/page/2/}. */
    private static String paginatePath(FieldReader fields, Diagnostics diagnostics) {
        String path = fields.string("paginate_path", SiteConfig.DEFAULT_PAGINATE_PATH).trim();
        String relative = path.replaceFirst("^/+", "");
        if (!relative.contains(":num") || relative.contains("..") || relative.contains("//")
                || !relative.matches("[A-Za-z0-9._~:/-]+") || !(relative.endsWith("/") || relative.endsWith(".html"))) {
            diagnostics.error(fields.pos("paginate_path"), "`paginate_path` must be a path with `:num` in it that ends "
                            + "with `/` or `.html`, not `" + path + "`",
                    "write for example `paginate_path: /page/:num/` (page 2 of the home page is then /page/2/, of a "
                            + "tag page /tags/<tag>/page/2/)");
            return SiteConfig.DEFAULT_PAGINATE_PATH;
        }
        return relative;
    }

    private static String url(FieldReader fields, Diagnostics diagnostics) {
        String url = fields.string("url", "").trim();
        if (url.isEmpty()) {
            return "";
        }
        if (!url.matches("https?://[^/\\s]+(/.*)?") || !hasHost(url)) {
            diagnostics.error(fields.pos("url"), "`url` must be an absolute http(s) address, not `" + url + "`",
                    "write for example `url: https://example.org` (the path under it goes in `baseurl`)");
            return "";
        }
        return url.replaceAll("/+$", "");
    }

    /** Whether {@code url} parses as a URI with a host, as the feed, sitemap and social cards need. */
    private static boolean hasHost(String url) {
        try {
            return new java.net.URI(url).getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String baseurl(FieldReader fields, Diagnostics diagnostics) {
        String base = fields.string("baseurl", "").trim();
        if (base.isEmpty() || base.equals("/")) {
            return "";
        }
        if (!base.startsWith("/") || base.contains("://") || base.contains(" ")) {
            diagnostics.error(fields.pos("baseurl"), "`baseurl` must be a path such as `/repo`, not `" + base + "`",
                    "GitHub Pages project sites use `baseurl: /<repository name>`");
            return "";
        }
        return base.replaceAll("/+$", "");
    }

    private static List<SiteConfig.NavItem> navigation(FieldReader fields, Diagnostics diagnostics) {
        Object value = fields.values().get("navigation");
        List<SiteConfig.NavItem> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        String hint = "write navigation as a list of `- title: About` / `  url: /about/` entries";
        if (!(value instanceof List<?> list)) {
            diagnostics.error(fields.pos("navigation"), "`navigation` must be a list", hint);
            return items;
        }
        for (Object entry : list) {
            if (entry instanceof Map<?, ?> m && m.get("title") != null && m.get("url") != null) {
                items.add(new SiteConfig.NavItem(m.get("title").toString(), m.get("url").toString()));
            } else {
                diagnostics.error(fields.pos("navigation"), "each navigation entry needs a title and a url", hint);
            }
        }
        return items;
    }

    private static SiteConfig.HeadingIdStyle headingIds(FieldReader fields, Diagnostics diagnostics) {
        String style = fields.string("heading_ids", "github");
        try {
            return SiteConfig.HeadingIdStyle.valueOf(style.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            diagnostics.error(fields.pos("heading_ids"), "unknown heading id style `" + style + "`",
                    "use `github` (default), `jekyll` (kramdown with GFM input, Jekyll's default) or `kramdown`");
            return SiteConfig.HeadingIdStyle.GITHUB;
        }
    }

    private static ZoneId zone(FieldReader fields, Diagnostics diagnostics) {
        String zone = fields.string("timezone", "UTC");
        try {
            return ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            diagnostics.error(fields.pos("timezone"), "unknown time zone `" + zone + "`",
                    "use an IANA name such as `Europe/London` or `America/New_York`");
            return ZoneOffset.UTC;
        }
    }
}
