package org.essaykit.render;

import org.essaykit.content.Document;
import org.essaykit.content.SiteConfig;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * The Atom feed of the newest posts. Dates come from the posts ({@code last_modified_at}, else {@code date}),
 * never from the clock, so two builds write the same bytes; a post with neither is stamped with the newest
 * date the site has.
 */
final class FeedWriter {

    static final String FEED_PATH = "/feed.xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final OffsetDateTime EPOCH = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private FeedWriter() {
    }

    static String write(SiteGraph graph) {
        SiteConfig config = graph.config();
        List<RenderedDocument> entries = graph.posts().stream().limit(config.feedSize()).toList();
        OffsetDateTime newest = graph.posts().stream().map(r -> r.doc().lastChanged()).filter(Objects::nonNull)
                .max(OffsetDateTime::compareTo).orElse(EPOCH);
        String author = !config.author().isEmpty() ? config.author() : config.title();
        return XmlDocument.write(xml -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", config.language());
            element(xml, "title", config.title());
            if (!config.description().isEmpty()) {
                element(xml, "subtitle", config.description());
            }
            link(xml, id(config, FEED_PATH), "self", "application/atom+xml");
            link(xml, id(config, "/"), "alternate", "text/html");
            element(xml, "updated", rfc3339(newest));
            element(xml, "id", id(config, "/"));
            xml.writeStartElement("author");
            element(xml, "name", author);
            xml.writeEndElement();
            element(xml, "generator", "essaykit");
            for (RenderedDocument post : entries) {
                entry(xml, config, post, newest);
            }
            xml.writeEndElement();
        });
    }

    private static void entry(XMLStreamWriter xml, SiteConfig config, RenderedDocument post, OffsetDateTime newest)
            throws XMLStreamException {
        Document doc = post.doc();
        String url = id(config, doc.url());
        xml.writeCharacters("\n");
        xml.writeStartElement("entry");
        element(xml, "title", doc.title());
        link(xml, url, "alternate", "text/html");
        element(xml, "id", url);
        if (doc.date() != null) {
            element(xml, "published", rfc3339(doc.date()));
        }
        element(xml, "updated", rfc3339(doc.lastChanged() != null ? doc.lastChanged() : newest));
        if (doc.author() != null) {
            xml.writeStartElement("author");
            element(xml, "name", doc.author());
            xml.writeEndElement();
        }
        for (String tag : doc.tags()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", tag);
        }
        element(xml, "summary", doc.description() != null ? doc.description() : post.markdown().summary());
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeAttribute("xml:base", url);
        xml.writeCharacters(post.markdown().feedHtml());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** An absolute URL when the site's url is known; Atom ids must be absolute IRIs, so otherwise a URN. */
    private static String id(SiteConfig config, String path) {
        return config.url().isEmpty() ? "urn:essaykit:" + config.relativeUrl(path) : config.absoluteUrl(path);
    }

    private static void link(XMLStreamWriter xml, String href, String rel, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("href", href);
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        XmlDocument.element(xml, name, text);
    }

    private static String rfc3339(OffsetDateTime date) {
        return date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
