package org.essaykit.comments;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Exported HTML bodies as Markdown: paragraphs, line breaks, quotes, list items, emphasis, code and
 * links survive; other markup keeps only its text. The result is rendered as untrusted Markdown like any
 * comment, so nothing here needs to be safe, only faithful.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String markdown(String html) {
        StringBuilder out = new StringBuilder();
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            append(node, out);
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void append(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(text.getWholeText().replaceAll("\\s+", " "));
            return;
        }
        if (!(node instanceof Element el)) {
            return;
        }
        switch (el.normalName()) {
            case "p", "div" -> block(el, out, "");
            case "blockquote" -> {
                StringBuilder inner = new StringBuilder();
                el.childNodes().forEach(child -> append(child, inner));
                out.append("\n\n").append(inner.toString().strip().replaceAll("(?m)^", "> ")).append("\n\n");
            }
            case "li" -> block(el, out, el.parent() != null && el.parent().normalName().equals("ol") ? "1. " : "- ");
            case "br" -> out.append("\\\n");
            case "em", "i" -> wrap(el, out, "*");
            case "strong", "b" -> wrap(el, out, "**");
            case "code" -> wrap(el, out, "`");
            case "pre" -> out.append("\n\n```\n").append(el.wholeText().strip()).append("\n```\n\n");
            case "a" -> {
                StringBuilder inner = new StringBuilder();
                el.childNodes().forEach(child -> append(child, inner));
                out.append('[').append(inner).append("](").append(el.attr("href").replace(" ", "%20")
                        .replace(")", "%29")).append(')');
            }
            default -> el.childNodes().forEach(child -> append(child, out));
        }
    }

    private static void block(Element el, StringBuilder out, String marker) {
        StringBuilder inner = new StringBuilder();
        el.childNodes().forEach(child -> append(child, inner));
        out.append(marker.isEmpty() ? "\n\n" : "\n").append(marker).append(inner.toString().strip()).append(marker.isEmpty() ? "\n\n" : "\n");
    }

    private static void wrap(Element el, StringBuilder out, String mark) {
        StringBuilder inner = new StringBuilder();
        el.childNodes().forEach(child -> append(child, inner));
        out.append(mark).append(inner).append(mark);
    }
}
