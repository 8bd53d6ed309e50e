package org.essaykit.math;

import java.util.List;
import java.util.Map;

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

    private static final List<String> TOKENS = List.of("mo", "mi", "mn", "mtext");
    /** How many children each element with a fixed number of them takes. */
    private static final Map<String, Integer> ARITY = Map.of("msub", 2, "msup", 2, "msubsup", 3, "munder", 2,
            "mover", 2, "munderover", 3, "mfrac", 2, "mroot", 2);

    private MathMlRepair() {
    }

    static String repair(String mathml) {
        MathMlTree.Element root = MathMlTree.parse(mathml);
        return mend(root) ? MathMlTree.write(root, new StringBuilder(mathml.length() + 16)).toString() : mathml;
    }

    /** Whether anything under {@code element} was mended. */
    private static boolean mend(MathMlTree.Element element) {
        boolean mended = false;
        for (Object child : element.children) {
            if (child instanceof MathMlTree.Element inner) {
                mended |= mend(inner);
            }
        }
        if (TOKENS.contains(element.name) && element.children.stream().anyMatch(MathMlTree.Element.class::isInstance)) {
            String text = MathMlTree.text(element, new StringBuilder()).toString();
            element.children.clear();
            element.children.add(text);
            mended = true;
        }
        Integer arity = ARITY.get(element.name);
        List<Object> kids = element.children.stream().filter(MathMlTree.Element.class::isInstance).toList();
        if (arity != null && kids.size() == element.children.size() && kids.size() > arity) {
            MathMlTree.Element base = new MathMlTree.Element("mrow", "<mrow>", false);
            int leading = kids.size() - arity + 1;
            base.children.addAll(kids.subList(0, leading));
            element.children.subList(0, leading).clear();
            element.children.add(0, base);
            mended = true;
        }
        return mended;
    }
}
