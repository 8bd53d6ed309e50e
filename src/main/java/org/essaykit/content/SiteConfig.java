package org.essaykit.content;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The site's settings from {@code content/site.yaml}. Unknown keys are kept in {@code params} so
 * templates can read them as {@code site.params.key}.
 *
 * @param url       the absolute origin the site is published at, without a trailing slash ("" if unknown)
 * @param baseurl   the path the site lives under ("" or "/repo", never a trailing slash)
 * @param permalink the URL pattern for posts, Jekyll placeholders allowed
 * @param paginate  posts per page of the home and tag pages; 0 puts every list on one page
 * @param paginatePath where page N of a list lives, relative to the list's URL, with {@code :num} for N
 * @param jekyll    for a Jekyll repository read as it is, what its {@code _config.yml} says about its files
 */
public record SiteConfig(
        Path file,
        String title,
        String description,
        String url,
        String baseurl,
        String author,
        String language,
        List<NavItem> navigation,
        String permalink,
        HeadingIdStyle headingIds,
        ZoneId timezone,
        int feedSize,
        int paginate,
        String paginatePath,
        Map<String, Object> params,
        JekyllSettings jekyll) {

    public static final String DEFAULT_PERMALINK = "/posts/:slug/";
    public static final int DEFAULT_PAGINATE = 20;
    public static final String DEFAULT_PAGINATE_PATH = "page/:num/";

    /** One entry of the site's main navigation. */
    public record NavItem(String title, String url) {
    }

    /**
     * Which renderer's heading ids to reproduce, so that {@code #fragment} links already shared on
     * forums keep working after a move.
     */
    public enum HeadingIdStyle {
        /** GitHub's rendering of Markdown (the default). */
        GITHUB,
        /** Jekyll's default: kramdown with GFM input (kramdown-parser-gfm). */
        JEKYLL,
        /** kramdown with its own input syntax (strips leading non-letters, "section" for empty ids). */
        KRAMDOWN
    }

    public SiteConfig {
        navigation = List.copyOf(navigation);
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    /** The root-relative URL of a site path, with the base path: {@code /posts/x/} becomes {@code /repo/posts/x/}. */
    public String relativeUrl(String path) {
        if (path.startsWith("http://") || path.startsWith("https://") || path.startsWith("//")) {
            return path;
        }
        if (!path.startsWith("/")) {
            return baseurl + "/" + path;
        }
        // No new string when there is no base path: a plan asks for a URL per link of every page.
        return baseurl.isEmpty() ? path : baseurl + path;
    }

    /**
     * A root-relative URL written in content ({@code /about/}, {@code /img/x.png}) with the base path put
     * before it exactly once; other URLs as they are.
     */
    public String withBase(String href) {
        return withBase(baseurl, href);
    }

    /**
     * {@code href} with {@code baseurl} before it when it is root-relative. A URL already under the base path
     * ({@code /repo/about/}, as Liquid's {@code site.baseurl} and {@code relative_url} write it) is kept, so
     * the base is never doubled; a site whose own folders start with the base path's name cannot be told apart.
     */
    public static String withBase(String baseurl, String href) {
        if (baseurl.isEmpty() || !href.startsWith("/") || href.startsWith("//") || href.startsWith("/\\")) {
            return href;
        }
        boolean underBase = href.startsWith(baseurl) && (href.length() == baseurl.length()
                || "/?#".indexOf(href.charAt(baseurl.length())) >= 0);
        return underBase ? href : baseurl + href;
    }

    /** The absolute URL of a site path, for feeds, sitemaps and canonical links. */
    public String absoluteUrl(String path) {
        String relative = relativeUrl(path);
        return relative.contains("://") ? relative : url + relative;
    }
}
