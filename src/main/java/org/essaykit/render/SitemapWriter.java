package org.essaykit.render;

import org.essaykit.content.SiteConfig;

import java.util.Comparator;
import java.util.List;

/** {@code sitemap.xml} (sitemaps.org 0.9) and the {@code robots.txt} that points to it. */
public final class SitemapWriter {

    static final String SITEMAP_PATH = "/sitemap.xml";
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private SitemapWriter() {
    }

    /** One URL of the sitemap, with the day it last changed when known (yyyy-mm-dd). */
    public record Entry(String url, String lastmod) {
    }

    static String sitemap(SiteConfig config, List<Entry> entries) {
        return XmlDocument.write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            for (Entry entry : entries.stream().sorted(Comparator.comparing(Entry::url)).toList()) {
                xml.writeCharacters("\n");
                xml.writeStartElement("url");
                XmlDocument.element(xml, "loc", config.absoluteUrl(entry.url()));
                if (entry.lastmod() != null) {
                    XmlDocument.element(xml, "lastmod", entry.lastmod());
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
        });
    }

    static String robots(SiteConfig config) {
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (!config.url().isEmpty()) {
            robots.append("\nSitemap: ").append(config.absoluteUrl(SITEMAP_PATH)).append('\n');
        }
        return robots.toString();
    }
}
