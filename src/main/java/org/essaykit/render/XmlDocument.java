package org.essaykit.render;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;

/** Writes a small XML file (feed, sitemap) with StAX, which escapes text and attributes for us. */
final class XmlDocument {

    /** The elements of the document, written between its declaration and end. */
    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlDocument() {
    }

    static String write(Body body) {
        StringWriter text = new StringWriter();
        try {
            // the JDK's own writer, named: looking a factory up scans the class path for providers on every build
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
        return text + "\n";
    }

    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
