package org.essaykit.markdown;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import java.util.List;
import java.util.Set;

/**
 * The text of a data-table cell (or caption), or of a figure's caption, as inline Markdown: emphasis, code, links
 * and wikilinks, and math in captions. Only
 * inline syntax is read, so a cell such as {@code - item}, {@code 1. first} or {@code > quote} stays the text it
 * is (a table cell cannot hold a list), and the paragraphs of a cell with blank lines run on, a space apart.
 * Data is untrusted unless its table says otherwise: raw HTML is shown as text and links and images must pass
 * {@link SafeUrls} (a refused link keeps its words, a refused image its alt text). Thread-safe.
 */
final class DataCells {

    private final Parser parser;

    /** Cells of data tables: no math, since data is full of dollar amounts. */
    DataCells() {
        this(false);
    }

    /** @param math whether {@code $...$} is math (a figure's caption, written by the post's author) */
    DataCells(boolean math) {
        Parser.Builder builder = Parser.builder()
                .enabledBlockTypes(Set.of())
                .extensions(List.of(StrikethroughExtension.create(), AutolinkExtension.create()))
                .postProcessor(new WikiLinkProcessor());
        if (math) {
            MathExtension.syntax(builder);
        }
        parser = builder.build();
    }

    /**
     * Parses {@code text} and moves its inline nodes into {@code parent}.
     *
     * @param trustedHtml the table opted in with {@code html: trusted}: raw HTML and every URL pass as in a post
     */
    void appendTo(Node parent, String text, boolean trustedHtml) {
        Node document = parser.parse(text);
        if (!trustedHtml) {
            document.accept(new Defuse());
        }
        boolean first = true;
        for (Node paragraph = document.getFirstChild(); paragraph != null; paragraph = paragraph.getNext()) {
            if (!first) {
                parent.appendChild(new Text(" "));
            }
            first = false;
            Node child = paragraph.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                parent.appendChild(child);
                child = next;
            }
        }
    }

    /** Raw HTML becomes its text; links and images that {@link SafeUrls} refuses give way to their words. */
    private static final class Defuse extends AbstractVisitor {
        @Override
        public void visit(HtmlInline html) {
            html.insertBefore(new Text(html.getLiteral()));
            html.unlink();
        }

        @Override
        public void visit(Link link) {
            visitChildren(link);
            if (!SafeUrls.allowed(link.getDestination())) {
                unwrap(link);
            }
        }

        @Override
        public void visit(Image image) {
            visitChildren(image);
            if (!SafeUrls.allowed(image.getDestination())) {
                unwrap(image);
            }
        }

        private static void unwrap(Node node) {
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                node.insertBefore(child);
                child = next;
            }
            node.unlink();
        }
    }
}
