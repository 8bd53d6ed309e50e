package org.essaykit.content;

import org.essaykit.diag.SourcePos;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A post or page as read from its source file: front matter resolved, Markdown body not yet rendered.
 *
 * @param source     path relative to the site root, e.g. {@code content/posts/x.md}
 * @param url        the root-relative URL it is published at, without the base path ({@code /posts/x/})
 * @param date       null for undated pages and posts
 * @param modified   when it last changed ({@code last_modified_at:}, as Jekyll's feed and sitemap plugins read
 *                   it), or null
 * @param bodyLine   the 1-based line of the file where the Markdown body starts
 * @param aliases    other names of a concept (for wikilinks and auto-linking); old URLs (starting with
 *                   {@code /}) that should redirect here
 * @param series     the name of the series the post belongs to, or null
 * @param seriesPart its place in the series (1, 2, ...), or 0 to order by date
 * @param frontMatter every front matter key as written, readable by templates as {@code page.params}
 * @param positions  where each front matter value starts, for diagnostics
 */
public record Document(
        Path source,
        Kind kind,
        String slug,
        String url,
        String title,
        String subtitle,
        OffsetDateTime date,
        OffsetDateTime modified,
        List<String> tags,
        List<String> categories,
        String layout,
        boolean draft,
        String description,
        String author,
        List<String> aliases,
        String series,
        int seriesPart,
        Map<String, Object> frontMatter,
        Map<String, SourcePos> positions,
        String body,
        int bodyLine) {

    /**
     * Posts are dated entries listed on the home page and in the feed; concepts ({@code content/concepts/})
     * are the knowledge base's definitions; pages stand alone.
     */
    public enum Kind {
        POST, CONCEPT, PAGE;

        /** Made once: views ask it for every backlink and every document of a site. */
        private final String layout = name().toLowerCase(java.util.Locale.ROOT);

        /** The layout a document of this kind uses unless its front matter names one: post, concept, page. */
        public String defaultLayout() {
            return layout;
        }
    }

    public Document {
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
        aliases = List.copyOf(aliases);
        frontMatter = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(frontMatter));
        positions = Map.copyOf(positions);
    }

    /** Where a front matter key's value starts, or the start of the file when the key is absent. */
    public SourcePos positionOf(String key) {
        return positions.getOrDefault(key, SourcePos.startOf(source));
    }

    /** The position of a place in the Markdown body, given 1-based line and column within the body. */
    public SourcePos bodyPosition(int lineInBody, int column) {
        return new SourcePos(source, bodyLine + lineInBody - 1, column);
    }

    /** What a feed or sitemap gives as its last change: {@code modified}, else {@code date}, else null. */
    public OffsetDateTime lastChanged() {
        return modified != null ? modified : date;
    }

    /** The same document without its Markdown text, which nothing reads once the body is rendered. */
    public Document withoutBody() {
        return withBody("");
    }

    /** The same document with another body (its Liquid rendered), starting at the same line. */
    public Document withBody(String text) {
        return new Document(source, kind, slug, url, title, subtitle, date, modified, tags, categories, layout, draft,
                description, author, aliases, series, seriesPart, frontMatter, positions, text, bodyLine);
    }

    /**
     * Whether this document's text may link concept mentions by itself: a post does unless its front matter says
     * {@code autolink: false}. (A concept is a link target instead; see {@link SiteIndex}.)
     */
    public boolean autolinks() {
        return kind == Kind.POST && !autolinkOff();
    }

    /** Whether the front matter says {@code autolink: false}: for a post, no auto-links; for a concept, none to it. */
    public boolean autolinkOff() {
        return Boolean.FALSE.equals(frontMatter.get("autolink"));
    }

    public boolean isPost() {
        return kind == Kind.POST;
    }
}
