package org.essaykit.liquid;

import org.essaykit.content.Document;
import org.essaykit.content.SiteConfig;

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
