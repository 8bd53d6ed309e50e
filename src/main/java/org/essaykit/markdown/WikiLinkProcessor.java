package org.essaykit.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code [[...]]} in the parsed text (never in code, which is not text, nor inside links) and
 * splits the text node around a {@link WikiLink}. CommonMark leaves {@code [[x]]} as literal text, so
 * this only sees what no other syntax claimed.
 */
final class WikiLinkProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                if (text.getLiteral().contains("[[")) {
                    texts.add(text);
                }
            }

            @Override
            public void visit(Link link) {
                // A wikilink inside a link would nest links.
            }
        });
        texts.forEach(WikiLinkProcessor::split);
        return document;
    }

    /** Splits the wikilinks out of a text node that holds {@code [[}; returns them. */
    static List<WikiLink> split(Text text) {
        String literal = text.getLiteral();
        List<TextSplice.Range> links = new ArrayList<>();
        int open = literal.indexOf("[[");
        while (open >= 0) {
            int close = literal.indexOf("]]", open + 2);
            if (close < 0) {
                break;
            }
            String inner = literal.substring(open + 2, close);
            if (inner.isBlank() || inner.contains("[") || inner.contains("\n")) {
                open = literal.indexOf("[[", open + 2);
                continue;
            }
            links.add(new TextSplice.Range(open, close + 2, wikiLink(inner, literal.substring(open, close + 2))));
            open = literal.indexOf("[[", close + 2);
        }
        TextSplice.replace(text, links);
        return links.stream().map(range -> (WikiLink) range.node()).toList();
    }

    /** {@code Target#part|label}: the label defaults to the target as written. */
    private static WikiLink wikiLink(String inner, String written) {
        int bar = inner.indexOf('|');
        String reference = (bar < 0 ? inner : inner.substring(0, bar)).strip();
        String label = bar < 0 ? reference : inner.substring(bar + 1).strip();
        int hash = reference.indexOf('#');
        String target = hash < 0 ? reference : reference.substring(0, hash).strip();
        String fragment = hash < 0 ? null : reference.substring(hash + 1).strip();
        WikiLink link = new WikiLink(target, fragment, written);
        link.appendChild(new Text(label.isEmpty() ? reference : label));
        return link;
    }
}
