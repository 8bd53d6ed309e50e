package org.essaykit.markdown;

import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlNodeRendererFactory;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.Map;

import static org.essaykit.markdown.EssayMarkdownExtension.attributes;

/**
 * Writes math as the MathML its tree pass made. Display math is a box holding the {@code <math display="block">}
 * and, when the equation is labelled, its id and number; a formula that did not convert (a build error) shows its
 * TeX as code; a reference is a link showing the equation's number.
 */
final class MathRenderer {

    /** Math's renderer, for every parser that renders math. */
    static final HtmlNodeRendererFactory FACTORY = NodeWriter.of(MathRenderer::write, MathInline.class,
            MathBlock.class, MathRef.class);

    private MathRenderer() {
    }

    static void write(Node node, HtmlNodeRendererContext context) {
        HtmlWriter html = context.getWriter();
        if (node instanceof MathRef reference) {
            reference(html, reference);
        } else if (node instanceof MathBlock block) {
            html.line();
            formula(html, block.formula(), block.written(), "div");
            html.line();
        } else {
            MathInline inline = (MathInline) node;
            formula(html, inline.formula(), inline.written(), "span");
        }
    }

    private static void formula(HtmlWriter html, MathFormula formula, String written, String box) {
        if (formula.result() == null || !formula.result().ok()) {
            html.tag("code", attributes("class", "math-error"));
            html.text(written);
            html.tag("/code");
            return;
        }
        if (!formula.display()) {
            html.raw(formula.result().mathml());
            return;
        }
        Map<String, String> attributes = attributes("class", "math-display");
        if (formula.number() > 0) {
            attributes.put("id", formula.label());
        }
        html.tag(box, attributes);
        html.raw(formula.result().mathml());
        if (formula.number() > 0) {
            html.tag("span", attributes("class", "math-number"));
            html.text("(" + formula.number() + ")");
            html.tag("/span");
        }
        html.tag("/" + box);
    }

    private static void reference(HtmlWriter html, MathRef reference) {
        if (!reference.resolved()) {
            html.tag("span", attributes("class", "unresolved-link"));
            html.text(reference.written());
            html.tag("/span");
            return;
        }
        html.tag("a", attributes("class", "eq-ref", "href", "#" + reference.label()));
        html.text(reference.text());
        html.tag("/a");
    }
}
