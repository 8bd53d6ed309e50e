package org.essaykit.comments;

import java.util.ArrayList;
import java.util.List;
import org.essaykit.cite.CitationFormatter;
import org.essaykit.cite.CitationSettings;
import org.essaykit.cite.CitationSyntax;
import org.essaykit.cite.Citations;
import org.essaykit.content.Document;
import org.essaykit.content.SiteSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Pandoc citations in comment bodies, with the post's bibliographies and style: a comment that cites gets the
 * entries it cites under its body, with anchors of its own ({@code cref-ID-KEY}). Runs on the cleaned body, on its
 * text only (never in links or code), and previews show those entries as they show the page's; a key no bibliography holds stays as the commenter wrote it, since a
 * commenter's typo is no build error. What it adds is the CSL processor's HTML of our own bibliography, with the
 * commenter's words in it escaped by it.
 */
final class CommentCitations {

    private final Citations citations;

    CommentCitations(SiteSource source) {
        this.citations = new Citations(CitationSettings.forSite(source.config(), source.root()));
    }

    RenderedComment apply(RenderedComment comment, Document post) {
        if (!comment.html().contains("@") || !citations.applies(post)) {
            return comment;
        }
        Citations.Sources sources = citations.sourcesFor(post);
        if (sources.style() == null) {
            return comment;
        }
        Element body = Jsoup.parseBodyFragment(comment.html()).body();
        List<TextNode> texts = new ArrayList<>();
        collect(body, texts);
        List<TextNode> at = new ArrayList<>();
        List<CitationSyntax.Found> found = new ArrayList<>();
        for (TextNode text : texts) {
            for (CitationSyntax.Found citation : CitationSyntax.find(text.getWholeText(), sources.bibliography().items()::containsKey)) {
                if (citation.citations().stream().allMatch(c -> sources.bibliography().items().containsKey(c.key()))) {
                    at.add(text);
                    found.add(citation);
                }
            }
        }
        if (found.isEmpty()) {
            return comment;
        }
        CitationFormatter.Formatted formatted = CitationFormatter.format(sources.style(), sources.bibliography(),
                found.stream().map(CitationSyntax.Found::citations).toList());
        String ids = "cref-" + comment.comment().id() + "-";
        // From the last citation back, so each text node is split where its text is still as it was found.
        for (int i = found.size() - 1; i >= 0; i--) {
            TextNode text = at.get(i);
            TextNode after = text.splitText(found.get(i).end());
            TextNode cited = text.splitText(found.get(i).start());
            cited.before(formatted.groups().get(i).replace("href=\"#" + "ref-", "href=\"#" + ids));
            cited.remove();
            if (after.getWholeText().isEmpty()) {
                after.remove();
            }
        }
        Element list = body.appendElement("div").addClass("references").addClass("csl-bib-body").addClass("comment-references");
        List<CitationFormatter.Entry> entries = new ArrayList<>();
        for (CitationFormatter.Entry entry : formatted.entries()) {
            list.append(entry.html().replace(" id=\"ref-", " id=\"" + ids));
            entries.add(new CitationFormatter.Entry(entry.key(), ids + entry.key(), entry.html(), entry.title(), entry.text()));
        }
        body.ownerDocument().outputSettings().prettyPrint(false);
        return new RenderedComment(comment.comment(), body.html(), body.text(), comment.links(), comment.refused(), entries);
    }

    /** The text nodes of the body outside links and code, in order. */
    private static void collect(Element element, List<TextNode> texts) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text && text.getWholeText().indexOf('@') >= 0) {
                texts.add(text);
            } else if (child instanceof Element inner && !inner.normalName().equals("a") && !inner.normalName().equals("code")
                    && !inner.normalName().equals("pre")) {
                collect(inner, texts);
            }
        }
    }
}
