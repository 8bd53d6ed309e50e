package org.essaykit.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.essaykit.content.SiteIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code ![[...]]} embeds: a paragraph made only of them, one a line, becomes one {@link Embed} block each.
 * An embed inside running text is a problem at its {@code !}: the content it shows is a block, and a lone
 * {@code !} before a link is what the writer saw before embeds existed.
 */
final class Embeds {

    private Embeds() {
    }

    /**
     * Makes the embeds of a parsed body (whose wikilinks are split out); cheap for a body without {@code ![[}. An embed
     * without a label of its own is labelled with its target's title (and heading id): its link where it cannot be
     * filled, and the words its target's backlink shows.
     */
    static void find(Node root, String markdown, SiteIndex index) {
        if (!markdown.contains("![[")) {
            return;
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                paragraphs.add(paragraph);
                visitChildren(paragraph);
            }
        });
        int[] ordinal = {0};
        paragraphs.forEach(paragraph -> replace(paragraph, ordinal, index));
    }

    private static void replace(Paragraph paragraph, int[] ordinal, SiteIndex index) {
        List<Text> bangs = new ArrayList<>();
        boolean alone = true;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child.getNext() instanceof WikiLink && child instanceof Text bang && bang.getLiteral().endsWith("!")) {
                alone &= bang.getLiteral().equals("!");
                bangs.add(bang);
                child = child.getNext();
            } else if (!(child instanceof SoftLineBreak || child instanceof HardLineBreak
                    || child instanceof Text text && text.getLiteral().isBlank())) {
                alone = false;
            }
        }
        List<WikiLink> embedded = bangs.stream().map(bang -> embed(bang, (WikiLink) bang.getNext(), index)).toList();
        if (embedded.isEmpty()) {
            return;
        }
        if (!alone) {
            for (WikiLink link : embedded) {
                BlockProblem problem = new BlockProblem("`" + link.written() + "` shows another page's content, so it"
                        + " must stand on a line of its own", "put it on a line of its own, between blank lines, or write `"
                        + link.written().substring(1) + "` for a link");
                problem.setSourceSpans(link.getSourceSpans());
                paragraph.insertAfter(problem);
            }
            return;
        }
        for (WikiLink link : embedded) {
            Embed embed = new Embed(ordinal[0]++);
            embed.setSourceSpans(link.getSourceSpans());
            Paragraph holder = new Paragraph();
            holder.setSourceSpans(link.getSourceSpans());
            holder.appendChild(link);
            embed.appendChild(holder);
            paragraph.insertBefore(embed);
        }
        paragraph.unlink();
    }

    /**
     * The wikilink written again with its {@code !}, which its position now starts at; the {@code !} leaves the text
     * (an embed's problem then shows the link, not the stray mark).
     */
    private static WikiLink embed(Text bang, WikiLink link, SiteIndex index) {
        WikiLink embedded = new WikiLink(link.target(), link.fragment(), "!" + link.written());
        List<SourceSpan> spans = new ArrayList<>(link.getSourceSpans());
        if (!spans.isEmpty()) {
            SourceSpan first = spans.get(0);
            spans.set(0, SourceSpan.of(first.getLineIndex(), first.getColumnIndex() - 1, first.getInputIndex() - 1,
                    first.getLength() + 1));
        }
        embedded.setSourceSpans(spans);
        List<org.essaykit.content.Document> named = link.target().isEmpty() ? List.of() : index.named(link.target());
        if (named.size() == 1 && !link.written().contains("|")) {
            embedded.appendChild(new Text("Embedded: " + named.get(0).title()
                    + (link.fragment() == null ? "" : " #" + link.fragment())));
        } else {
            for (Node label = link.getFirstChild(); label != null; ) {
                Node next = label.getNext();
                embedded.appendChild(label);
                label = next;
            }
        }
        link.insertAfter(embedded);
        link.unlink();
        String rest = bang.getLiteral().substring(0, bang.getLiteral().length() - 1);
        if (rest.isEmpty()) {
            bang.unlink();
        } else {
            bang.setLiteral(rest);
        }
        return embedded;
    }
}
