package org.essaykit.math;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temml's MathML as a small tree, for the passes that rewrite or read it ({@link MathMlRepair}, {@link MathText}).
 * Reads Temml's markup only: tags with double-quoted attributes, no comments, text escaped; written back, a tree
 * gives the very string it was read from.
 */
final class MathMlTree {

    static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile(" ([a-z-]+)=\"([^\"]*)\"");

    /** An element as written: its start tag, its children (elements and text), and whether it closes itself. */
    static final class Element {
        final String name;
        final String start;
        final boolean empty;
        final List<Object> children = new ArrayList<>();

        Element(String name, String start, boolean empty) {
            this.name = name;
            this.start = start;
            this.empty = empty;
        }

        /** The value of an attribute of its start tag, or null. */
        String attribute(String name) {
            Matcher attribute = ATTRIBUTE.matcher(start);
            while (attribute.find()) {
                if (attribute.group(1).equals(name)) {
                    return attribute.group(2);
                }
            }
            return null;
        }

        List<Element> elements() {
            List<Element> elements = new ArrayList<>(children.size());
            for (Object child : children) {
                if (child instanceof Element element) {
                    elements.add(element);
                }
            }
            return elements;
        }
    }

    private MathMlTree() {
    }

    /** The markup under a root element without a name of its own. */
    static Element parse(String mathml) {
        Element root = new Element("", "", false);
        List<Element> open = new ArrayList<>(List.of(root));
        Matcher tag = TAG.matcher(mathml);
        int done = 0;
        while (tag.find()) {
            Element parent = open.get(open.size() - 1);
            if (tag.start() > done) {
                parent.children.add(mathml.substring(done, tag.start()));
            }
            done = tag.end();
            if (!tag.group(1).isEmpty()) {
                if (open.size() > 1) {
                    open.remove(open.size() - 1);
                }
            } else {
                boolean empty = tag.group(3).endsWith("/");
                Element element = new Element(tag.group(2), tag.group(), empty);
                parent.children.add(element);
                if (!empty) {
                    open.add(element);
                }
            }
        }
        if (done < mathml.length()) {
            root.children.add(mathml.substring(done));
        }
        return root;
    }

    /** The text under an element, as written (escaped). */
    static StringBuilder text(Element element, StringBuilder out) {
        for (Object child : element.children) {
            if (child instanceof Element inner) {
                text(inner, out);
            } else {
                out.append((String) child);
            }
        }
        return out;
    }

    static StringBuilder write(Element element, StringBuilder out) {
        out.append(element.start);
        for (Object child : element.children) {
            if (child instanceof Element inner) {
                write(inner, out);
            } else {
                out.append((String) child);
            }
        }
        if (!element.empty && !element.name.isEmpty()) {
            out.append("</").append(element.name).append('>');
        }
        return out;
    }
}
