package org.essaykit.render;

import org.essaykit.content.SiteConfig;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.List;

/** {@code sitemap.xml} (sitemaps.org 0.9) and the {@code robots.txt} that points to it. */
final class SitemapWriter {

    static final String SITEMAP_PATH = "/sitemap.xml";
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private SitemapWriter() {
    }

    /** One URL of the sitemap, with the day it last changed when known (yyyy-mm-dd). */
    record Entry(String url, String lastmod) {
    }

    static String sitemap(SiteConfig config, List<Entry> entries) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            for (Entry entry : entries.stream().sorted(Comparator.comparing(Entry::url)).toList()) {
                xml.writeCharacters("\n");
                xml.writeStartElement("url");
                xml.writeStartElement("loc");
                xml.writeCharacters(config.absoluteUrl(entry.url()));
                xml.writeEndElement();
                if (entry.lastmod() != null) {
                    xml.writeStartElement("lastmod");
                    xml.writeCharacters(entry.lastmod());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap", e);
        }
        return text + "\n";
    }

    static String robots(SiteConfig config) {
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (!config.url().isEmpty()) {
            robots.append("\nSitemap: ").append(config.absoluteUrl(SITEMAP_PATH)).append('\n');
        }
        return robots.toString();
    }
}
