package org.essaykit.liquid;

import org.essaykit.content.Document;
import org.essaykit.content.SiteConfig;
import org.essaykit.content.SiteIndex;
import java.util.List;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Jekyll's {@code site} and {@code page} variables, made from our config and documents. */
final class LiquidVariables {

    private LiquidVariables() {
    }

    /** {@code site.*}: {@code _config.yml}'s keys as written, our reading of the shared ones, and {@code site.data}. */
    static Map<String, Object> site(SiteConfig config, Map<String, Object> data) {
        Map<String, Object> site = new LinkedHashMap<>(config.params());
        site.put("title", config.title());
        site.put("description", config.description());
        site.put("url", config.url());
        site.put("baseurl", config.baseurl());
        site.put("author", config.author());
        site.put("lang", config.language());
        site.put("permalink", config.permalink());
        site.put("timezone", config.timezone().getId());
        site.put("data", data);
        return Collections.unmodifiableMap(site);
    }

    /**
     * Jekyll's lists of the site's documents: {@code site.posts} (newest first), {@code site.pages}, and
     * {@code site.tags}/{@code site.categories} (each name to its posts, newest first), every document as its
     * {@code page} variables (without its content).
     */
    static Map<String, Object> documents(SiteIndex index) {
        List<Document> posts = index.documents().stream().filter(Document::isPost)
                .sorted(java.util.Comparator.comparing(Document::date,
                        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
                        .thenComparing(Document::url))
                .toList();
        Map<Document, Map<String, Object>> pages = new java.util.IdentityHashMap<>();
        java.util.function.Function<Document, Map<String, Object>> asPage = doc -> pages.computeIfAbsent(doc,
                LiquidVariables::page);
        Map<String, Object> lists = new LinkedHashMap<>();
        lists.put("posts", posts.stream().map(asPage).toList());
        lists.put("pages", index.documents().stream().filter(doc -> doc.kind() == Document.Kind.PAGE).map(asPage)
                .toList());
        lists.put("tags", byName(posts, Document::tags, asPage));
        lists.put("categories", byName(posts, Document::categories, asPage));
        return lists;
    }

    private static Map<String, Object> byName(List<Document> posts,
                                              java.util.function.Function<Document, List<String>> names,
                                              java.util.function.Function<Document, Map<String, Object>> asPage) {
        Map<String, List<Map<String, Object>>> grouped = new java.util.TreeMap<>();
        for (Document post : posts) {
            for (String name : names.apply(post)) {
                grouped.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(asPage.apply(post));
            }
        }
        return new LinkedHashMap<>(grouped);
    }

    /** {@code page.*}: the front matter as written (after {@code defaults:}), and what Jekyll works out. */
    static Map<String, Object> page(Document document) {
        Map<String, Object> page = new LinkedHashMap<>(document.frontMatter());
        page.put("title", document.title());
        page.put("url", document.url());
        page.put("path", document.source().toString().replace('\\', '/'));
        page.put("slug", document.slug());
        page.put("categories", document.categories());
        page.put("tags", document.tags());
        if (document.date() != null) {
            page.put("date", document.date().toZonedDateTime());
        }
        if (document.description() != null) {
            page.put("description", document.description());
        }
        return page;
    }
}
