package org.essaykit.markdown;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * One body's figures, table captions and cross-references, and the one register of its numbered ids (figures,
 * tables and, through {@link MathEquations}, display equations), fed by {@link EssayTreePass}'s walk in document
 * order:
 * <ul>
 *   <li>an image alone in its paragraph becomes a {@link Figure}, its title the caption (inline Markdown); {@code {#fig:x}} right
 *       after the image gives it an id and a number;</li>
 *   <li>a paragraph {@code Table: caption {#tbl:x}} right after a table becomes its {@link TableCaption};</li>
 *   <li>{@code ```sim NAME {#fig:x}} numbers a simulation's figure ({@link FigureAnchor});</li>
 *   <li>once the walk is done ({@link #resolve}), {@code @fig:x} in text becomes a "Figure 2" link and
 *       {@code [[#fig:x]]} without a label of its own reads "Figure 2".</li>
 * </ul>
 * Numbers count per page and per kind, in document order.
 */
final class Figures {

    private static final String TABLE_CAPTION = "Table:";

    private final Map<String, Numbering> labels = new LinkedHashMap<>();
    private final Map<CrossRefKind, Integer> counts = new EnumMap<>(CrossRefKind.class);
    private final List<Text> references = new ArrayList<>();
    private final List<WikiLink> wikiLinks = new ArrayList<>();
    private final DataCells captions = new DataCells(true);

    /**
     * Makes a figure of a paragraph that holds only an image, or a caption of a {@code Table:} paragraph.
     *
     * @return a new figure's caption, whose nodes the walk has not seen yet, or null
     */
    FigureCaption paragraph(Paragraph paragraph) {
        Node first = paragraph.getFirstChild();
        if (first instanceof Image image && (first.getNext() == null || isLabelOnly(first.getNext()))) {
            return figure(paragraph, image);
        } else if (first instanceof Text text && text.getLiteral().startsWith(TABLE_CAPTION)) {
            TableBlock table = tableBefore(paragraph);
            if (table != null && !(table.getFirstChild() instanceof TableCaption)) {
                tableCaption(paragraph, text, table);
            }
        }
        return null;
    }

    /**
     * A {@code ```sim NAME {#fig:x}} block gets its number from a {@link FigureAnchor} placed before it; its
     * {@code caption:} line becomes a {@link FigureCaption}, its child.
     *
     * @return the new caption, whose nodes the walk has not seen yet, or null
     */
    FigureCaption simBlock(FencedCodeBlock block) {
        Matcher label = CrossRefKind.LABEL.matcher(block.getInfo());
        if (label.find()) {
            String id = label.group(1);
            FigureAnchor anchor = new FigureAnchor(number(id, block));
            anchor.setSourceSpans(block.getSourceSpans());
            block.insertBefore(anchor);
        }
        String text = SimEmbed.caption(block);
        return text == null ? null : caption(text, block);
    }

    /** A text node that may hold {@code @fig:x}: looked at once every label is known. */
    void text(Text text) {
        if (text.getLiteral().indexOf('@') >= 0) {
            references.add(text);
        }
    }

    void wikiLink(WikiLink link) {
        if (link.target().isEmpty() && link.fragment() != null && CrossRefKind.of(link.fragment()).isPresent()
                && !link.written().contains("|")) {
            wikiLinks.add(link);
        }
    }

    /** After the walk: references become links to their figures, or {@link CrossRef}s naming what is missing. */
    void resolve() {
        for (Text text : references) {
            if (text.getParent() == null) {
                continue;
            }
            List<TextSplice.Range> ranges = new ArrayList<>();
            Matcher reference = CrossRefKind.REFERENCE.matcher(text.getLiteral());
            while (reference.find()) {
                String id = reference.group(1);
                Numbering numbering = labels.get(id);
                Node node = numbering == null ? new CrossRef(id, ids()) : new CrossRefLink(id);
                node.appendChild(new Text(numbering == null ? reference.group() : numbering.label()));
                ranges.add(new TextSplice.Range(reference.start(), reference.end(), node));
            }
            TextSplice.replace(text, ranges);
        }
        for (WikiLink link : wikiLinks) {
            Numbering numbering = labels.get(link.fragment());
            if (numbering != null) {
                while (link.getFirstChild() != null) {
                    link.getFirstChild().unlink();
                }
                link.appendChild(new Text(numbering.label()));
            }
        }
    }

    private FigureCaption figure(Paragraph paragraph, Image image) {
        String id = null;
        if (image.getNext() instanceof Text label) {
            Matcher m = CrossRefKind.LABEL.matcher(label.getLiteral());
            id = m.find() ? m.group(1) : null;
            label.unlink();
        }
        String title = image.getTitle();
        image.setTitle(null); // the caption shows it
        Figure figure = new Figure(id == null ? null : number(id, paragraph));
        figure.setSourceSpans(paragraph.getSourceSpans());
        figure.appendChild(image);
        FigureCaption caption = title == null || title.isBlank() ? null : caption(title.strip(), figure);
        paragraph.insertBefore(figure);
        paragraph.unlink();
        return caption;
    }

    /**
     * {@code text} as inline Markdown in a new caption, the last child of {@code owner}; parsed apart from the file,
     * so whatever it reports is reported at its owner (the image, the sim block).
     */
    private FigureCaption caption(String text, Node owner) {
        FigureCaption caption = new FigureCaption();
        captions.appendTo(caption, text, true);
        caption.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                parent.setSourceSpans(owner.getSourceSpans());
                super.visitChildren(parent);
            }

            @Override
            public void visit(Text text) {
                text.setSourceSpans(owner.getSourceSpans());
            }
        });
        owner.appendChild(caption);
        return caption;
    }

    private void tableCaption(Paragraph paragraph, Text first, TableBlock table) {
        first.setLiteral(first.getLiteral().substring(TABLE_CAPTION.length()).stripLeading());
        String id = null;
        if (paragraph.getLastChild() instanceof Text last) {
            Matcher m = CrossRefKind.LABEL.matcher(last.getLiteral());
            if (m.find()) {
                id = m.group(1);
                last.setLiteral(last.getLiteral().substring(0, m.start()));
            }
        }
        TableCaption caption = new TableCaption(id == null ? null : number(id, paragraph));
        caption.setSourceSpans(paragraph.getSourceSpans());
        while (paragraph.getFirstChild() != null) {
            caption.appendChild(paragraph.getFirstChild());
        }
        table.prependChild(caption);
        paragraph.unlink();
    }

    /** The next number of an id's kind, as "Figure 2"; a second use of an id is reported where it is. */
    Numbering number(String id, Node at) {
        Numbering numbering = claim(CrossRefKind.of(id).orElseThrow(), id);
        if (numbering == null) {
            BlockProblem problem = new BlockProblem("the id `" + id + "` is given twice on this page",
                    "ids name one figure, table or equation of a page: rename this one");
            problem.setSourceSpans(at.getSourceSpans());
            at.insertAfter(problem);
            return labels.get(id);
        }
        return numbering;
    }

    /** The next number of {@code kind} for {@code id}, or null when the page already numbers that id. */
    Numbering claim(CrossRefKind kind, String id) {
        if (labels.containsKey(id)) {
            return null;
        }
        int n = counts.merge(kind, 1, Integer::sum);
        Numbering numbering = new Numbering(id, kind, n, kind.label(n));
        labels.put(id, numbering);
        return numbering;
    }

    /** What the page numbers as {@code id}, or null. */
    Numbering numbered(String id) {
        return labels.get(id);
    }

    /** Every id the page numbers, in document order, for a did-you-mean. */
    List<String> ids() {
        return List.copyOf(labels.keySet());
    }

    private static boolean isLabelOnly(Node node) {
        return node instanceof Text text && node.getNext() == null && CrossRefKind.LABEL.matcher(text.getLiteral()).matches();
    }

    private static TableBlock tableBefore(Paragraph paragraph) {
        Node previous = paragraph.getPrevious();
        if (previous instanceof TableScroll scroll && scroll.getFirstChild() instanceof TableBlock table) {
            return table;
        }
        return previous instanceof TableBlock table ? table : null;
    }
}
