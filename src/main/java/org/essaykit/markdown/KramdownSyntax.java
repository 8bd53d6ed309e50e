package org.essaykit.markdown;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's attribute syntax, read from the parsed tree (a Jekyll repository's Markdown only): a block IAL on a
 * line of its own gives its attributes to the block before it ({@code {: #id}} under a heading sets its id), one on
 * a paragraph's last line to that paragraph, a span IAL right after an image, link, emphasis or code span to that
 * element; {@code ## Title {#id}} sets a heading's id; a list followed by {@code {:toc}} becomes the table of
 * contents. Runs before {@link EssayTreePass}, which keeps the heading ids set here.
 */
final class KramdownSyntax implements PostProcessor {

    private static final Pattern HEADING_ID = Pattern.compile("\\s*\\{#([\\w:-]+)\\}\\s*$");
    private static final Pattern EXTENSION = Pattern.compile("\\{::(comment|options)\\b");

    @Override
    public Node process(Node document) {
        DefinitionList.group(document);
        blocks(document);
        Abbreviations.apply(document);
        return document;
    }

    private void blocks(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            if (child instanceof Paragraph paragraph && extension(paragraph) != null) {
                next = dropExtension(paragraph, extension(paragraph));
            } else if (child instanceof Paragraph paragraph) {
                paragraph(paragraph);
            } else if (child instanceof Heading heading) {
                headingId(heading);
                spans(heading);
            } else if (child instanceof TableBlock table) {
                tableIal(table);
                blocks(child);
            } else if (child instanceof Block && child.getFirstChild() != null) { // lists, quotes, footnotes
                blocks(child);
            }
            child = next;
        }
    }

    private void paragraph(Paragraph paragraph) {
        // {: ...} on the paragraph's first line belongs to the block before it (a heading, a list, a code block)
        Ial leading = paragraph.getFirstChild() instanceof Text first ? Ial.parse(first.getLiteral()) : null;
        if (leading != null && (first(paragraph).getNext() == null || first(paragraph).getNext() instanceof SoftLineBreak)) {
            Node first = first(paragraph);
            Ial ial = leading;
            Node before = paragraph.getPrevious();
            if (first.getNext() == null) {
                paragraph.unlink();
            } else {
                first.getNext().unlink();
                first.unlink();
            }
            if (before != null) {
                give(before, ial);
            }
            if (paragraph.getParent() == null) {
                return;
            }
        }
        // {: ...} as the paragraph's last line is the paragraph's own
        Ial trailing = paragraph.getLastChild() instanceof Text last && last.getPrevious() instanceof SoftLineBreak
                ? Ial.parse(last.getLiteral()) : null;
        if (trailing != null) {
            Node last = paragraph.getLastChild();
            Ial ial = trailing;
            last.getPrevious().unlink();
            last.unlink();
            Node list = ial.isToc() ? enclosingList(paragraph) : null;
            give(list != null ? list : paragraph, ial);
        }
        // "- Contents {:toc}": the list is the table of contents
        if (paragraph.getLastChild() instanceof Text end && end.getLiteral().endsWith("{:toc}")
                && enclosingList(paragraph) != null) {
            give(enclosingList(paragraph), Ial.parse("{:toc}"));
            return;
        }
        spans(paragraph);
    }

    /** A table's last row whose first cell is an IAL alone (the line right under the table) is the table's. */
    private static void tableIal(TableBlock table) {
        Node row = table.getLastChild() == null ? null : table.getLastChild().getLastChild();
        if (row instanceof TableRow && row.getFirstChild() instanceof TableCell cell
                && cell.getFirstChild() instanceof Text text && text.getNext() == null) {
            Ial ial = Ial.parse(text.getLiteral());
            if (ial != null) {
                Node body = row.getParent();
                row.unlink();
                if (body.getFirstChild() == null) {
                    body.unlink();
                }
                give(table, ial);
            }
        }
    }

    /** The kramdown extension a paragraph opens ({@code comment}, {@code options}, {@code nomarkdown}), or null. */
    private static String extension(Paragraph paragraph) {
        Matcher m = paragraph.getFirstChild() instanceof Text text ? EXTENSION.matcher(text.getLiteral()) : null;
        return m != null && m.lookingAt() ? m.group(1) : null;
    }

    /**
     * Takes out {@code {::comment}...{:/comment}} (through the paragraph that closes it) and {@code {::options .../}}:
     * they are for kramdown itself, not for readers. Returns the node after what was taken out.
     */
    private static Node dropExtension(Paragraph opening, String name) {
        Node node = opening;
        while (node != null) {
            Node next = node.getNext();
            String text = PlainText.of(node);
            node.unlink();
            if (!name.equals("comment") || text.contains("{:/comment}") || text.contains("{:/}")) {
                return next;
            }
            node = next;
        }
        return null;
    }

    private static Node first(Paragraph paragraph) {
        return paragraph.getFirstChild();
    }

    /** A span IAL: text starting with {@code {:...}} right after an element it can be given to. */
    private static void spans(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text && isSpan(text.getPrevious())) {
                Matcher m = Ial.WHOLE.matcher(text.getLiteral());
                if (m.lookingAt()) {
                    give(text.getPrevious(), Ial.tokens(m.group(1)));
                    text.setLiteral(text.getLiteral().substring(m.end()));
                }
            }
            if (child.getFirstChild() != null && !(child instanceof Image)) {
                spans(child);
            }
        }
    }

    private static boolean isSpan(Node node) {
        return node instanceof Image || node instanceof Link || node instanceof Emphasis
                || node instanceof StrongEmphasis || node instanceof Code;
    }

    private static ListBlock enclosingList(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ListBlock list) {
                return list;
            }
        }
        return null;
    }

    /** The IAL's attributes to a node; its id to a heading as the heading's anchor; {@code {:toc}} to a list. */
    private static void give(Node node, Ial ial) {
        if (ial.isToc() && node instanceof ListBlock list) {
            list.insertBefore(new KramdownToc());
            list.unlink();
            return;
        }
        if (node instanceof Heading heading && ial.id() != null && !(heading.getLastChild() instanceof HeadingAnchor)) {
            heading.appendChild(new HeadingAnchor(ial.id()));
        }
        node.prependChild(new IalAttributes(ial));
    }

    /** {@code ## Title {#id}}: kramdown's header id. */
    private static void headingId(Heading heading) {
        if (heading.getLastChild() instanceof Text last) {
            Matcher m = HEADING_ID.matcher(last.getLiteral());
            if (m.find()) {
                last.setLiteral(last.getLiteral().substring(0, m.start()));
                heading.appendChild(new HeadingAnchor(m.group(1)));
            }
        }
    }
}
