package org.essaykit.math;

import java.util.List;

/**
 * A formula as plain text a reader can follow, for the places that show text only: link previews, summaries,
 * tables of contents, link contexts. Read from the formula's MathML, so it shows what the page shows:
 * {@code E = mc²}, {@code xᵢ}, {@code (a + b)/2}, {@code √x}, Greek letters and operators as their characters;
 * scripts with no Unicode super- or subscript form are written {@code x^(n+1)}, {@code x_(ij)}.
 */
public final class MathText {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ";
    private static final String SUPERSCRIPT_OF = "0123456789+−=()ni";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼ";
    private static final String SUBSCRIPT_OF = "0123456789+−=()aeoxhklmnpstij";
    /** Operators read with a space either side: relations and the binary ones between terms. */
    private static final String SPACED = "=<>≤≥≠≈≡∼≃≅∝→←↦⇒⇔⇐∈∉⊂⊆⊃⊇+−±∓×÷⋅∣∧∨";
    /** Accents over a symbol, two spellings each, and the combining marks that draw them. */
    private static final String ACCENTS = "ˆ^˜~¯‾˙.¨\"→⃗ˇˇ˘˘";
    private static final String COMBINING = "\u0302\u0303\u0304\u0307\u0308\u20d7\u030c\u0306";
    /** Invisible operators (function application, times, separator, plus) and zero-width marks. */
    private static final String INVISIBLE = "\u2061\u2062\u2063\u2064\u200b";
    private static final List<String> IGNORED = List.of("annotation", "annotation-xml", "mprescripts", "none");

    private MathText() {
    }

    /** The text of a formula's MathML (a {@code <math>} element), spaces trimmed and collapsed. */
    public static String of(String mathml) {
        return text(List.of(MathMlTree.parse(mathml)));
    }

    private static void read(MathMlTree.Element element, StringBuilder out) {
        List<MathMlTree.Element> kids = element.elements();
        switch (element.name) {
            case "mi", "mn", "mtext", "ms" -> out.append(unescape(MathMlTree.text(element, new StringBuilder())));
            case "mo" -> operator(unescape(MathMlTree.text(element, new StringBuilder())), out);
            case "mspace" -> out.append(' ');
            case "msup" -> scripted(kids, null, arg(kids, 1), out);
            case "msub" -> scripted(kids, arg(kids, 1), null, out);
            case "msubsup" -> scripted(kids, arg(kids, 1), arg(kids, 2), out);
            case "munder" -> scripted(kids, arg(kids, 1), null, out);
            case "mover" -> {
                String over = arg(kids, 1);
                int accent = ACCENTS.indexOf(over);
                if (over.length() == 1 && accent >= 0) {
                    out.append(arg(kids, 0)).append(COMBINING.charAt(accent / 2)); // θ̂, x̃, v⃗
                } else {
                    scripted(kids, null, over, out);
                }
            }
            case "munderover" -> scripted(kids, arg(kids, 1), arg(kids, 2), out);
            case "mfrac" -> out.append(grouped(arg(kids, 0))).append('/').append(grouped(arg(kids, 1)));
            case "msqrt" -> out.append('√').append(grouped(text(kids)));
            case "mroot" -> out.append("3".equals(arg(kids, 1)) ? "∛" : "4".equals(arg(kids, 1)) ? "∜" : "√")
                    .append(grouped(arg(kids, 0)));
            case "mtable" -> {
                for (int row = 0; row < kids.size(); row++) {
                    List<MathMlTree.Element> cells = kids.get(row).elements();
                    for (int cell = 0; cell < cells.size(); cell++) {
                        out.append(cell > 0 ? ", " : "").append(text(cells.get(cell).elements()));
                    }
                    out.append(row + 1 < kids.size() ? "; " : "");
                }
            }
            default -> {
                if (!IGNORED.contains(element.name)) {
                    kids.forEach(kid -> read(kid, out));
                }
            }
        }
    }

    /** An operator; a binary or relation one between terms gets a space either side, a leading (unary) one none. */
    private static void operator(String text, StringBuilder out) {
        StringBuilder visible = new StringBuilder();
        text.codePoints().filter(c -> INVISIBLE.indexOf(c) < 0).forEach(visible::appendCodePoint);
        String shown = visible.toString();
        String before = out.toString().strip();
        boolean betweenTerms = !before.isEmpty() && "([{,;|".indexOf(before.charAt(before.length() - 1)) < 0
                && SPACED.indexOf(before.charAt(before.length() - 1)) < 0;
        out.append(shown.length() == 1 && SPACED.contains(shown) && betweenTerms ? " " + shown + " " : shown);
    }

    /** A base with scripts: super- and subscript characters where every character has one, else {@code ^(...)}. */
    private static void scripted(List<MathMlTree.Element> kids, String below, String above, StringBuilder out) {
        out.append(arg(kids, 0));
        if (below != null && !below.isEmpty()) {
            out.append(script(below, SUBSCRIPT_OF, SUBSCRIPTS, '_'));
        }
        if (above != null && !above.isEmpty()) {
            out.append(script(above, SUPERSCRIPT_OF, SUPERSCRIPTS, '^'));
        }
    }

    private static String script(String spaced, String from, String to, char mark) {
        String text = spaced.replace(" ", "");
        StringBuilder mapped = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            int at = from.indexOf(text.charAt(i));
            if (at < 0) {
                return text.codePointCount(0, text.length()) == 1 ? mark + text : mark + "(" + text + ")";
            }
            mapped.append(to.charAt(at));
        }
        return mapped.toString();
    }

    /** The text of the {@code index}th child, spaces collapsed, or "" when there is none. */
    private static String arg(List<MathMlTree.Element> kids, int index) {
        return index < kids.size() ? text(List.of(kids.get(index))) : "";
    }

    /** The text of some elements, spaces collapsed and trimmed. */
    private static String text(List<MathMlTree.Element> elements) {
        StringBuilder out = new StringBuilder();
        elements.forEach(element -> read(element, out));
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** In parentheses when more than one symbol, so {@code (a + b)/2} reads right. */
    private static String grouped(String text) {
        return text.codePointCount(0, text.length()) <= 1 || text.matches("[\\p{L}\\p{N}]+") ? text : "(" + text + ")";
    }

    private static String unescape(CharSequence text) {
        String s = text.toString();
        if (s.indexOf('&') < 0) {
            return s;
        }
        // &amp; last, so that &amp;lt; is the text &lt;
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
