package org.essaykit.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.essaykit.math.MathCache;

/**
 * TeX math ({@code $...$}, {@code $$...$$}, {@code \(...\)}, {@code \[...\]}) rendered to MathML, for Markdown
 * outside our dialect: comment bodies. Its own walk converts the formulas (our essays' bodies have them converted
 * by {@link EssayTreePass}'s walk instead). A formula that does not convert shows its TeX as code.
 */
public final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final MathCache cache;

    private MathExtension(MathCache cache) {
        this.cache = cache;
    }

    public static MathExtension create(MathCache cache) {
        return new MathExtension(cache);
    }

    @Override
    public void extend(Parser.Builder parser) {
        syntax(parser);
        parser.postProcessor(document -> {
            MathEquations equations = new MathEquations(cache, new Figures());
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(CustomNode node) {
                    equations.visit(node);
                    visitChildren(node);
                }

                @Override
                public void visit(CustomBlock block) {
                    equations.visit(block);
                    visitChildren(block);
                }
            });
            equations.resolve();
            return document;
        });
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(MathRenderer.FACTORY);
    }

    /** The parsers of math's syntax, for any parser that renders math. */
    static void syntax(Parser.Builder parser) {
        parser.customBlockParserFactory(new MathBlockParser.Factory());
        parser.customInlineContentParserFactory(new MathInlineParser.Factory());
    }
}
