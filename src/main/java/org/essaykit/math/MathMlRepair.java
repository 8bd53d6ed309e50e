package org.essaykit.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends the two shapes of Temml's output that HTML's MathML (what the Nu HTML checker validates against) rejects,
 * without changing what the formula shows:
 * <ul>
 *   <li>a token element ({@code mo}, {@code mi}, {@code mn}, {@code mtext}) holding elements, as
 *       {@code \mathop{multi}} gives ({@code <mo><mi>m</mi><mi>u</mi>...</mo>}): it keeps their text;</li>
 *   <li>a script or fraction element with more children than it takes, as TeX's {@code underset} over an {@code operatorname}
 *       gives ({@code <munder><mi>argmax</mi><mo>&#x2061;</mo><mspace/><mi>x</mi></munder>}): the leading children
 *       become one {@code <mrow>}, the base, and the last ones stay the scripts.</li>
 * </ul>
 * Works on Temml's markup (double-quoted attributes, no comments, text escaped); a formula needing neither repair
 * comes back as the same string.
 */
final class MathMlRepair {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)([^>]*)>");
    private static final List<String> TOKENS = List.of("mo", "mi", "mn", "mtext");
    /** How many children each element with a fixed number of them takes. */
    private static final Map<String, Integer> ARITY = Map.of("msub", 2, "msup", 2, "msubsup", 3, "munder", 2,
            "mover", 2, "munderover", 3, "mfrac", 2, "mroot", 2);

    /** An element as written: its start tag, its children (elements and text), and whether it closes itself. */
    private static final class Element {
        final String name;
        final String start;
        final boolean empty;
        final List<Object> children = new ArrayList<>();

        Element(String name, String start, boolean empty) {
            this.name = name;
            this.start = start;
            this.empty = empty;
        }
    }

    private MathMlRepair() {
    }

    static String repair(String mathml) {
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
        return mend(root) ? write(root, new StringBuilder(mathml.length() + 16)).toString() : mathml;
    }

    /** Whether anything under {@code element} was mended. */
    private static boolean mend(Element element) {
        boolean mended = false;
        for (Object child : element.children) {
            if (child instanceof Element inner) {
                mended |= mend(inner);
            }
        }
        if (TOKENS.contains(element.name) && element.children.stream().anyMatch(Element.class::isInstance)) {
            String text = text(element, new StringBuilder()).toString();
            element.children.clear();
            element.children.add(text);
            mended = true;
        }
        Integer arity = ARITY.get(element.name);
        List<Object> kids = element.children.stream().filter(Element.class::isInstance).toList();
        if (arity != null && kids.size() == element.children.size() && kids.size() > arity) {
            Element base = new Element("mrow", "<mrow>", false);
            int leading = kids.size() - arity + 1;
            base.children.addAll(kids.subList(0, leading));
            element.children.subList(0, leading).clear();
            element.children.add(0, base);
            mended = true;
        }
        return mended;
    }

    private static StringBuilder text(Element element, StringBuilder out) {
        for (Object child : element.children) {
            if (child instanceof Element inner) {
                text(inner, out);
            } else {
                out.append((String) child);
            }
        }
        return out;
    }

    private static StringBuilder write(Element element, StringBuilder out) {
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
