package org.essaykit.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.essaykit.diag.SourcePos;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** One pass over a parsed body that gathers what later stages need: headings, links, summary, length. */
final class DocumentFacts extends AbstractVisitor {

    private static final int SUMMARY_CHARS = 240;
    private static final int TOC_MIN_LEVEL = 2;
    private static final int TOC_MAX_LEVEL = 4;

    private final org.essaykit.content.Document source;
    private final List<String> headingIds = new ArrayList<>();
    private final List<FoundLink> links = new ArrayList<>();
    private final List<MutableToc> tocRoots = new ArrayList<>();
    private final Deque<MutableToc> tocStack = new ArrayDeque<>();
    private String summary = "";
    private int words;

    private DocumentFacts(org.essaykit.content.Document source) {
        this.source = source;
    }

    static DocumentFacts collect(Node root, org.essaykit.content.Document source) {
        DocumentFacts facts = new DocumentFacts(source);
        root.accept(facts);
        return facts;
    }

    List<String> headingIds() {
        return headingIds;
    }

    List<FoundLink> links() {
        return links;
    }

    String summary() {
        return summary;
    }

    int wordCount() {
        return words;
    }

    List<TocEntry> toc() {
        return tocRoots.stream().map(MutableToc::freeze).toList();
    }

    @Override
    public void visit(Heading heading) {
        if (heading.getLastChild() instanceof HeadingAnchor anchor) {
            headingIds.add(anchor.id());
            int level = heading.getLevel();
            if (level >= TOC_MIN_LEVEL && level <= TOC_MAX_LEVEL) {
                addToc(new MutableToc(level, anchor.id(), PlainText.of(heading).strip()));
            }
        }
        visitChildren(heading);
    }

    @Override
    public void visit(Paragraph paragraph) {
        if (summary.isEmpty() && paragraph.getParent() instanceof Document) {
            summary = shorten(PlainText.of(paragraph).strip());
        }
        visitChildren(paragraph);
    }

    @Override
    public void visit(Link link) {
        links.add(new FoundLink(FoundLink.Kind.LINK, link.getDestination(), PlainText.of(link), position(link)));
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        links.add(new FoundLink(FoundLink.Kind.IMAGE, image.getDestination(), PlainText.of(image), position(image)));
        visitChildren(image);
    }

    @Override
    public void visit(Text text) {
        words += countWords(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        words += countWords(code.getLiteral());
    }

    private SourcePos position(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return source.bodyPosition(1, 1);
        }
        SourceSpan first = spans.get(0);
        return source.bodyPosition(first.getLineIndex() + 1, first.getColumnIndex() + 1);
    }

    private void addToc(MutableToc entry) {
        while (!tocStack.isEmpty() && tocStack.peek().level >= entry.level) {
            tocStack.pop();
        }
        if (tocStack.isEmpty()) {
            tocRoots.add(entry);
        } else {
            tocStack.peek().children.add(entry);
        }
        tocStack.push(entry);
    }

    private static int countWords(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            // ASCII whitespace only: the full Unicode check is a measurable share of a build.
            boolean letter = text.charAt(i) > ' ';
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    private static String shorten(String text) {
        if (text.length() <= SUMMARY_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_CHARS);
        return text.substring(0, cut > SUMMARY_CHARS / 2 ? cut : SUMMARY_CHARS).stripTrailing() + "\u2026";
    }

    private static final class MutableToc {
        final int level;
        final String id;
        final String text;
        final List<MutableToc> children = new ArrayList<>();

        MutableToc(int level, String id, String text) {
            this.level = level;
            this.id = id;
            this.text = text;
        }

        TocEntry freeze() {
            return new TocEntry(level, id, text, children.stream().map(MutableToc::freeze).toList());
        }
    }
}
