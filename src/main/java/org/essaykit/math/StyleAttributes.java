package org.essaykit.math;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves {@code displaystyle} and {@code scriptlevel} off the elements Temml puts them on and onto an
 * {@code <mstyle>} around the element. MathML Core lets every element carry them, but HTML's MathML (what the Nu
 * HTML checker validates against, and what older MathML renderers read) allows them on {@code math} and
 * {@code mstyle} only; an {@code mstyle} with them lays its one child out exactly as the attributes on the child
 * would. Works on Temml's markup: tags with double-quoted attributes, no comments, text escaped.
 */
final class StyleAttributes {

    private static final Pattern STYLE = Pattern.compile(" (displaystyle|scriptlevel)=\"[^\"]*\"");

    private StyleAttributes() {
    }

    static String moveToMstyle(String mathml) {
        if (!mathml.contains("displaystyle=") && !mathml.contains("scriptlevel=")) {
            return mathml;
        }
        StringBuilder out = new StringBuilder(mathml.length() + 64);
        // For each open element: whether an mstyle was opened around it.
        Deque<Boolean> wrapped = new ArrayDeque<>();
        Matcher tag = MathMlTree.TAG.matcher(mathml);
        int done = 0;
        while (tag.find()) {
            out.append(mathml, done, tag.start());
            done = tag.end();
            String name = tag.group(2);
            String attributes = tag.group(3);
            boolean closing = !tag.group(1).isEmpty();
            boolean selfClosing = attributes.endsWith("/");
            if (closing) {
                out.append(tag.group());
                if (!wrapped.isEmpty() && wrapped.pop()) {
                    out.append("</mstyle>");
                }
                continue;
            }
            Matcher style = STYLE.matcher(attributes);
            boolean wrap = !name.equals("math") && !name.equals("mstyle") && style.find();
            if (wrap) {
                StringBuilder moved = new StringBuilder();
                do {
                    moved.append(style.group());
                } while (style.find());
                out.append("<mstyle").append(moved).append('>')
                        .append('<').append(name).append(STYLE.matcher(attributes).replaceAll("")).append('>');
                if (selfClosing) {
                    out.append("</mstyle>");
                }
            } else {
                out.append(tag.group());
            }
            if (!selfClosing) {
                wrapped.push(wrap);
            }
        }
        return out.append(mathml, done, mathml.length()).toString();
    }
}
