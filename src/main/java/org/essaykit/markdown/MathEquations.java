package org.essaykit.markdown;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.essaykit.diag.Suggestions;
import org.essaykit.math.MathCache;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One body's math, met in document order by its tree pass: each formula converted, labelled display equations
 * numbered (1), (2)... in the page's one register of numbered ids ({@link Figures}, which numbers figures and
 * tables too), and the references {@code \eqref}, {@code \ref} and {@code @eq:} resolved through it once the
 * whole body has been seen (a reference may come before its equation, and may name a figure or table too).
 */
final class MathEquations {

    /** A label becomes the equation's HTML id and a link's fragment: no spaces, nothing to escape. */
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_:.-]+");

    private final MathCache cache;
    private final Figures register;
    private final List<MathRef> references = new ArrayList<>();

    MathEquations(MathCache cache, Figures register) {
        this.cache = cache;
        this.register = register;
    }

    /** Visits a node of any kind: math is converted or numbered, references kept for {@link #resolve()}. */
    void visit(Node node) {
        if (node instanceof MathInline math) {
            formula(math.formula());
        } else if (node instanceof MathBlock math) {
            formula(math.formula());
        } else if (node instanceof MathRef reference) {
            references.add(reference);
        }
    }

    private void formula(MathFormula formula) {
        if (formula.problem() == null) {
            formula.result(cache.convert(formula.tex(), formula.display()));
        }
        String label = formula.label();
        if (label == null) {
            return;
        }
        if (!LABEL.matcher(label).matches()) {
            formula.problem(formula.atLabel("the equation label \"" + label + "\" is not a valid id",
                    "use letters, digits and _ : . - only, as in \\label{eq:energy}"));
            return;
        }
        Numbering numbering = register.claim(CrossRefKind.EQUATION, label);
        if (numbering == null) {
            Numbering first = register.numbered(label);
            formula.problem(formula.atLabel("the label " + label + " is already used by "
                            + (first.kind() == CrossRefKind.EQUATION ? "equation " : "") + first.label(),
                    "give each equation its own label"));
        } else {
            formula.number(numbering.number());
        }
    }

    /** Gives each reference its equation's (or figure's, or table's) number, or a problem naming the closest label. */
    void resolve() {
        for (MathRef reference : references) {
            Numbering target = register.numbered(reference.label());
            if (target != null) {
                reference.target(target);
                continue;
            }
            List<String> ids = register.ids();
            String hint = Suggestions.closest(reference.label(), ids)
                    .map(near -> "did you mean " + reference.written().replace(reference.label(), near) + "?")
                    .orElse(ids.isEmpty() ? "label a display equation with \\label{" + reference.label()
                            + "} or {#" + reference.label() + "} after its closing $$"
                            : "labels on this page: " + String.join(", ", ids));
            reference.problem(at(reference, "no equation on this page is labelled " + reference.label(), hint));
        }
    }

    private static MathProblem at(Node node, String message, String hint) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? new MathProblem(0, 0, message, hint)
                : new MathProblem(spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1, message, hint);
    }

    /** The problem a math node reports, or null. */
    static MathProblem problem(Node node) {
        if (node instanceof MathInline math) {
            return math.formula().problem();
        } else if (node instanceof MathBlock math) {
            return math.formula().problem();
        } else if (node instanceof MathRef reference) {
            return reference.problem();
        }
        return null;
    }

    /** The id a numbered display equation gives the page, or null. */
    static String anchor(Node node) {
        MathFormula formula = formula(node);
        return formula != null && formula.number() > 0 ? formula.label() : null;
    }

    /** The formula of a math node, or null for any other node. */
    static MathFormula formula(Node node) {
        return node instanceof MathBlock block ? block.formula()
                : node instanceof MathInline inline ? inline.formula() : null;
    }
}
