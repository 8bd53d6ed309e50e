package org.essaykit.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.essaykit.content.Document;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Rewrites links to Markdown source files ({@code other.md}, {@code ../concepts/x.md#part}) into the URLs
 * those files are published at, so authors link files the way GitHub shows them and readers get pages.
 */
final class SourceLinks {

    private SourceLinks() {
    }

    /** What a destination points at: a source file and/or a fragment; both null for anything else. */
    record Parsed(Path target, String fragment) {
    }

    static void rewrite(Node root, Document doc, LinkTargets targets) {
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                link.setDestination(resolve(link.getDestination(), doc, targets));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                image.setDestination(resolve(image.getDestination(), doc, targets));
                visitChildren(image);
            }
        });
    }

    private static String resolve(String destination, Document doc, LinkTargets targets) {
        Parsed parsed = parse(destination, doc);
        if (parsed.target() == null) {
            return destination;
        }
        return targets.urlOf(parsed.target())
                .map(url -> parsed.fragment() == null ? url : url + "#" + destination.substring(destination.indexOf('#') + 1))
                .orElse(destination);
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
        boolean sourceFile = !path.isEmpty() && !path.startsWith("/") && !lower.matches("^[a-z][a-z0-9+.-]*:.*")
                && (lower.endsWith(".md") || lower.endsWith(".markdown"));
        if (!sourceFile) {
            return new Parsed(null, path.isEmpty() ? fragment : null);
        }
        Path base = doc.source().getParent();
        Path target = (base == null ? Path.of(decode(path)) : base.resolve(decode(path))).normalize();
        return new Parsed(target, fragment);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
