package org.essaykit.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.essaykit.content.Document;
import org.essaykit.content.SiteIndex;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Turns links to the site's own sources into the URLs of their pages: Markdown links to files
 * ({@code other.md}, {@code ../concepts/x.md#part}), written the way GitHub shows them, and wikilinks by
 * name ({@code [[Mesa-optimizer]]}). Links that resolve to nothing are left for the graph to report.
 * Root-relative URLs ({@code /about/}, in Markdown links, images and raw HTML {@code href}/{@code src}) get the
 * site's base path, once, as the links of the templates do.
 */
final class SourceLinks {

    private SourceLinks() {
    }

    /** What a destination points at: a source file and/or a fragment; both null for anything else. */
    record Parsed(Path target, String fragment) {
    }

    static void rewrite(Node root, Document doc, SiteIndex index) {
        List<WikiLink> wikiLinks = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                link.setDestination(resolve(link.getDestination(), doc, index));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                image.setDestination(resolve(image.getDestination(), doc, index));
                visitChildren(image);
            }

            @Override
            public void visit(HtmlBlock html) {
                html.setLiteral(rawHtmlWithBase(html.getLiteral(), index));
            }

            @Override
            public void visit(HtmlInline html) {
                html.setLiteral(rawHtmlWithBase(html.getLiteral(), index));
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof WikiLink wikiLink) {
                    wikiLinks.add(wikiLink);
                }
                visitChildren(node);
            }
        });
        for (WikiLink wikiLink : wikiLinks) {
            Path target = target(wikiLink, doc, index);
            if (target == null) {
                continue;
            }
            String url = target.equals(doc.source()) ? "" : index.urlOf(target).orElseThrow();
            Link link = new Link(url + (wikiLink.fragment() == null ? "" : "#" + wikiLink.fragment()), null);
            link.setSourceSpans(wikiLink.getSourceSpans());
            Node child = wikiLink.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.appendChild(child);
                child = next;
            }
            wikiLink.insertBefore(link);
            wikiLink.unlink();
        }
    }

    /** The source a wikilink names: its own page for {@code [[#part]]}, null when no single page has that name. */
    static Path target(WikiLink link, Document doc, SiteIndex index) {
        if (link.target().isEmpty()) {
            return doc.source();
        }
        List<Document> named = index.named(link.target());
        return named.size() == 1 ? named.get(0).source() : null;
    }

    private static String resolve(String destination, Document doc, SiteIndex index) {
        Parsed parsed = parse(destination, doc);
        if (parsed.target() == null) {
            return index.withBase(destination);
        }
        return index.urlOf(parsed.target())
                .map(url -> parsed.fragment() == null ? url : url + destination.substring(destination.indexOf('#')))
                .orElse(destination);
    }

    /** Raw HTML with the base path put before its root-relative {@code href} and {@code src} values. */
    private static String rawHtmlWithBase(String html, SiteIndex index) {
        Matcher urls = DocumentFacts.RAW_URL.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        int done = 0;
        while (urls.find()) {
            out.append(html, done, urls.start(2)).append(index.withBase(urls.group(2)));
            done = urls.end(2);
        }
        return done == 0 ? html : out.append(html, done, html.length()).toString();
    }

    /** Splits a destination into the source file it names (relative to the site root) and its fragment. */
    static Parsed parse(String destination, Document doc) {
        int hash = destination.indexOf('#');
        String fragment = hash < 0 ? null : decode(destination.substring(hash + 1));
        String path = hash < 0 ? destination : destination.substring(0, hash);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String lower = path.toLowerCase(Locale.ROOT);
        boolean sourceFile = !path.isEmpty() && !path.startsWith("/") && !hasScheme(lower)
                && (lower.endsWith(".md") || lower.endsWith(".markdown"));
        if (!sourceFile) {
            return new Parsed(null, path.isEmpty() ? fragment : null);
        }
        Path base = doc.source().getParent();
        Path target = (base == null ? Path.of(decode(path)) : base.resolve(decode(path))).normalize();
        return new Parsed(target, fragment);
    }

    /** Whether a lowercase path starts with a URL scheme, {@code [a-z][a-z0-9+.-]*:} (a compiled pattern per link cost more). */
    private static boolean hasScheme(String lower) {
        if (lower.isEmpty() || lower.charAt(0) < 'a' || lower.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')) {
                return false;
            }
        }
        return false;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
