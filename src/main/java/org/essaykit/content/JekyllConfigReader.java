package org.essaykit.content;

import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Jekyll repository's {@code _config.yml} as essaykit's config: the keys we share are taken as they are,
 * Jekyll's own ({@code lang}, an {@code author} mapping, {@code kramdown}) are mapped, the rest is warned about once
 * per key and kept for templates as {@code site.params}. Jekyll's defaults apply: {@code date} permalinks and
 * kramdown's heading ids.
 */
final class JekyllConfigReader {

    static final String CONFIG_FILE = "_config.yml";

    /** Jekyll's own list, left out of every site, and what essaykit itself keeps in a site folder. */
    private static final List<String> ALWAYS_EXCLUDED = List.of(".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile",
            "Gemfile.lock", "node_modules", "vendor/bundle", "vendor/cache", "vendor/gems", "vendor/ruby",
            "site", "templates", "simulations", ".essaykit", ".essaykit-cache");

    /** Keys with the same meaning in both. */
    private static final Set<String> SHARED = Set.of("title", "description", "url", "baseurl", "permalink", "timezone",
            "paginate", "paginate_path");

    /** Keys read here, into the config or the {@link JekyllSettings}. */
    private static final Set<String> MAPPED = Set.of("lang", "author", "kramdown", "exclude", "include", "collections",
            "defaults");

    /**
     * Keys that change nothing essaykit makes: how Jekyll runs, or what GitHub Pages does anyway (its default
     * plugins, whose work essaykit does itself: feed, sitemap, SEO tags, redirects, emoji).
     */
    private static final Set<String> HARMLESS = Set.of("markdown", "highlighter", "plugins", "gems", "whitelist",
            "encoding", "source", "destination", "safe", "incremental", "profile", "quiet", "verbose", "strict_front_matter",
            "livereload", "port", "host", "show_drafts", "future", "unpublished", "lsi", "limit_posts", "keep_files",
            "github", "repository", "sass", "feed", "excerpt_separator");

    private JekyllConfigReader() {
    }

    /** The config as essaykit reads it, and the settings about files; ignored keys are warned about. */
    record Translated(YamlReader.YamlMap ours, JekyllSettings settings) {
    }

    static Translated translate(YamlReader.YamlMap jekyll, Diagnostics diagnostics) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, SourcePos> positions = new LinkedHashMap<>(jekyll.positions());
        values.put("permalink", "date");
        values.put("heading_ids", "jekyll");
        for (Map.Entry<String, Object> entry : jekyll.values().entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (SHARED.contains(key)) {
                values.put(key, value);
            } else if (key.equals("lang")) {
                values.put("language", value);
                positions.put("language", jekyll.positions().get(key));
            } else if (key.equals("author")) {
                values.put("author", value instanceof Map<?, ?> m && m.get("name") != null ? m.get("name") : value);
            } else if (key.equals("kramdown")) {
                kramdown(value, jekyll.positions().get(key), diagnostics);
            } else if (!MAPPED.contains(key)) {
                values.put(key, value); // readable by templates as site.params
                if (!HARMLESS.contains(key)) {
                    diagnostics.report(Diagnostic.warning(jekyll.positions().get(key), "`" + key + "` is not used by "
                                    + "essaykit", "templates can read it as `site.params." + key + "`"));
                }
            }
        }
        if (jekyll.values().get("collections") instanceof Map<?, ?> collections
                && collections.get("posts") instanceof Map<?, ?> posts && posts.get("permalink") != null) {
            values.put("permalink", posts.get("permalink")); // the posts collection's own permalink comes first
            positions.put("permalink", jekyll.positions().get("collections"));
        }
        FieldReader fields = new FieldReader(jekyll, SourcePos.startOf(java.nio.file.Path.of(CONFIG_FILE)), diagnostics);
        List<String> exclude = new ArrayList<>(ALWAYS_EXCLUDED);
        exclude.addAll(names(fields, "exclude"));
        JekyllSettings settings = new JekyllSettings(true, exclude, names(fields, "include"),
                collections(fields), defaults(fields, diagnostics));
        return new Translated(new YamlReader.YamlMap(values, positions), settings);
    }

    /** kramdown's settings: only {@code auto_ids: false} would change our output, and we always give ids. */
    private static void kramdown(Object value, SourcePos pos, Diagnostics diagnostics) {
        if (value instanceof Map<?, ?> m && Boolean.FALSE.equals(m.get("auto_ids"))) {
            diagnostics.report(Diagnostic.warning(pos, "`kramdown: auto_ids: false` is not supported: headings get ids",
                    "heading ids follow kramdown's GFM rules, as Jekyll's do by default"));
        }
    }

    private static List<String> names(FieldReader fields, String key) {
        Object value = fields.values().get(key);
        List<String> names = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(v -> v != null).forEach(v -> names.add(v.toString()));
        } else if (value != null) {
            names.add(value.toString());
        }
        return names;
    }

    /** {@code collections:} as a mapping of label to metadata, or a list of labels; only those with output. */
    private static Map<String, JekyllSettings.Collection> collections(FieldReader fields) {
        Map<String, JekyllSettings.Collection> collections = new LinkedHashMap<>();
        Object value = fields.values().get("collections");
        if (value instanceof Map<?, ?> map) {
            map.forEach((label, meta) -> {
                if (meta instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("output"))) {
                    Object permalink = m.get("permalink");
                    collections.put(label.toString(), new JekyllSettings.Collection(label.toString(),
                            permalink == null ? null : permalink.toString()));
                }
            });
        }
        collections.remove("posts"); // Jekyll's own collection, read from _posts/
        return collections;
    }

    /** {@code defaults:} as a list of {@code scope: {path, type}} and {@code values:}. */
    private static List<JekyllSettings.Default> defaults(FieldReader fields, Diagnostics diagnostics) {
        List<JekyllSettings.Default> defaults = new ArrayList<>();
        Object value = fields.values().get("defaults");
        if (value == null) {
            return defaults;
        }
        String hint = "write `defaults:` as a list of `- scope: {path: \"\", type: posts}` with `values: {layout: post}`";
        if (!(value instanceof List<?> list)) {
            diagnostics.error(fields.pos("defaults"), "`defaults` must be a list", hint);
            return defaults;
        }
        for (Object entry : list) {
            if (entry instanceof Map<?, ?> m && m.get("values") instanceof Map<?, ?> values
                    && (m.get("scope") == null || m.get("scope") instanceof Map<?, ?>)) {
                Map<?, ?> scope = m.get("scope") == null ? Map.of() : (Map<?, ?>) m.get("scope");
                Map<String, Object> copied = new LinkedHashMap<>();
                values.forEach((k, v) -> copied.put(k.toString(), v));
                defaults.add(new JekyllSettings.Default(scope.get("path") == null ? "" : scope.get("path").toString(),
                        scope.get("type") == null ? null : scope.get("type").toString(), copied));
            } else {
                diagnostics.error(fields.pos("defaults"), "each entry of `defaults` needs `values:` (and may have "
                        + "`scope:`)", hint);
            }
        }
        return defaults;
    }
}
