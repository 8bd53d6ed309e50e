package org.essaykit.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Jekyll repository's {@code _config.yml} says about its files, beyond the site config: which files are
 * left out or let in, which {@code _collections} are published, and the front matter {@code defaults:}.
 * {@link #NONE} for our own layout ({@code content/} and {@code site.yaml}).
 *
 * @param repository  the site is a Jekyll repository read as it is (no {@code content/} folder)
 * @param exclude     Jekyll's {@code exclude:} plus its built-in list and our own output and theme folders
 * @param include     names starting with {@code .} or {@code _} that are published all the same
 * @param collections the collections with {@code output: true}, by label
 * @param defaults    front matter defaults, from the least to the most specific scope
 */
public record JekyllSettings(boolean repository, List<String> exclude, List<String> include,
                             Map<String, Collection> collections, List<Default> defaults) {

    public static final JekyllSettings NONE = new JekyllSettings(false, List.of(), List.of(), Map.of(), List.of());

    /** A collection published as pages: {@code _recipes/x.md} at {@code permalink} (null: Jekyll's default). */
    public record Collection(String label, String permalink) {
    }

    /**
     * One entry of {@code defaults:}: values for the files under {@code path} (all when empty; {@code *} matches
     * within one folder name) of {@code type} ({@code posts}, {@code pages}, {@code drafts} or a collection; any when
     * null).
     */
    public record Default(String path, String type, Map<String, Object> values) {
        public Default {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        boolean applies(String relative, String fileType) {
            if (type != null && !type.equals(fileType)) {
                return false;
            }
            String scope = path.replaceAll("^/+|/+$", "");
            if (scope.isEmpty()) {
                return true;
            }
            if (scope.contains("*")) {
                String regex = java.util.regex.Pattern.quote(scope).replace("*", "\\E[^/]*\\Q");
                return relative.matches(regex + "(/.*)?");
            }
            return relative.equals(scope) || relative.startsWith(scope + "/");
        }

        private int specificity() {
            return (path.isEmpty() ? 0 : path.split("/").length * 2) + (type == null ? 0 : 1);
        }
    }

    public JekyllSettings {
        exclude = List.copyOf(exclude);
        include = List.copyOf(include);
        collections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(collections));
        List<Default> ordered = new ArrayList<>(defaults);
        ordered.sort(Comparator.comparingInt(Default::specificity)); // stable: equal scopes keep their order
        defaults = List.copyOf(ordered);
    }

    /**
     * Whether Jekyll leaves a file or folder out (path relative to the site folder): names starting with
     * {@code .}, {@code _} or {@code #} or ending with {@code ~} unless included, and everything excluded.
     */
    boolean skipped(Path relative) {
        String slashes = ContentLoader.slashes(relative);
        if (excluded(slashes, include)) {
            return false;
        }
        int depth = 0;
        for (Path part : relative) {
            String name = part.toString();
            boolean special = name.startsWith(".") || name.startsWith("_") || name.startsWith("#") || name.endsWith("~");
            boolean published = name.equals("_posts") || name.equals("_drafts")
                    || (depth == 0 && collections.containsKey(name.substring(Math.min(1, name.length()))));
            if (special && !published && !include.contains(name)) {
                return true;
            }
            depth++;
        }
        return excluded(slashes, exclude);
    }

    /** Jekyll's matching of exclude/include entries: the path itself, a folder above it, or a glob. */
    private static boolean excluded(String relative, List<String> patterns) {
        for (String pattern : patterns) {
            String p = pattern.replaceAll("^/+|/+$", "");
            if (p.isEmpty()) {
                continue;
            }
            if (relative.equals(p) || relative.startsWith(p + "/")) {
                return true;
            }
            if (p.contains("*") || p.contains("?")) {
                String regex = java.util.regex.Pattern.quote(p).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q");
                if (relative.matches(regex + "(/.*)?")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The defaults for a file (relative to the site folder, forward slashes) of a type, the most specific last. */
    Map<String, Object> defaultsFor(String relative, String type) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Default d : defaults) {
            if (d.applies(relative, type)) {
                values.putAll(d.values());
            }
        }
        return values;
    }

    /** The collection a file (relative to the site folder) belongs to, or null. */
    Collection collectionOf(Path relative) {
        String first = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        return first.startsWith("_") ? collections.get(first.substring(1)) : null;
    }
}
