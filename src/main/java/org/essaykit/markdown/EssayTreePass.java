package org.essaykit.markdown;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.essaykit.content.DataTable;
import org.essaykit.content.SiteConfig.HeadingIdStyle;
import org.essaykit.math.MathCache;

import java.util.Map;

/**
 * Our dialect's changes to the parsed tree, in one walk: HTML comments dropped, {@code ```table} blocks made
 * tables, {@code [[wikilinks]]} split out of text, alert block quotes made callouts, heading ids given, tables
 * boxed to scroll, math converted to MathML and its equations numbered, lone images made figures and
 * {@code @fig:x} references resolved ({@link Figures}, whose references, like equations', wait for the end of the
 * walk, as they may name a figure further down). These were six walks of the whole tree, one per change, run in
 * that order; the walk keeps
 * what the order guaranteed:
 * <ul>
 *   <li>a node is changed after its children (post-order), so a heading's id and a callout's marker see the
 *       text with its wikilinks already split, as when wikilinks had their own earlier walk;</li>
 *   <li>a data table is walked as soon as it replaces its block, so its cells get wikilinks and its table a
 *       scroll box, but keep HTML comments, which were dropped before data tables were made;</li>
 *   <li>text inside a link gets no wikilinks (they would nest links), but loses its comments;</li>
 *   <li>headings get ids in document order, so repeated headings are numbered as before.</li>
 * </ul>
 * Each change replaces or wraps only the node being visited, and {@link AbstractVisitor#visitChildren} has
 * taken the next sibling before, so the walk neither skips nor revisits a node. The nodes a change inserts
 * (a wikilink's label, a callout's moved children) are not walked again.
 */
final class EssayTreePass implements PostProcessor {

    private final HeadingIdStyle headingIds;
    private final DataTableBlocks dataTables;
    private final MathCache math;

    EssayTreePass(HeadingIdStyle headingIds, Map<String, DataTable> dataTables, MathCache math) {
        this.headingIds = headingIds;
        this.dataTables = new DataTableBlocks(dataTables);
        this.math = math;
    }

    @Override
    public Node process(Node document) {
        Figures figures = new Figures();
        Walk walk = new Walk(HeadingSlugger.create(headingIds), figures, new MathEquations(math, figures));
        document.accept(walk);
        walk.equations.resolve(); // references may come before their equations
        walk.figures.resolve();
        return document;
    }

    /** One document's walk: the slugger remembers the heading ids given out so far, the equations their labels. */
    private final class Walk extends AbstractVisitor {
        private final HeadingSlugger slugger;
        private final MathEquations equations;
        private final Figures figures;
        private boolean inLink;
        private boolean inImage;
        private boolean inDataTable;

        Walk(HeadingSlugger slugger, Figures figures, MathEquations equations) {
            this.slugger = slugger;
            this.figures = figures;
            this.equations = equations;
        }

        @Override
        public void visit(HtmlBlock block) {
            if (!inDataTable && isComment(block.getLiteral())) {
                block.unlink();
            }
        }

        @Override
        public void visit(HtmlInline inline) {
            if (!inDataTable && inline.getLiteral().startsWith("<!--")) {
                inline.unlink();
            }
        }

        @Override
        public void visit(FencedCodeBlock block) {
            if (SimEmbed.isSim(block)) {
                FigureCaption caption = figures.simBlock(block);
                if (caption != null) {
                    visitChildren(caption); // its math, wikilinks and references
                }
            }
            Node table = dataTables.replace(block);
            if (table != null) {
                boolean outer = inDataTable;
                inDataTable = true;
                table.accept(this);
                inDataTable = outer;
            }
        }

        @Override
        public void visit(Text text) {
            if (inLink) {
                return;
            }
            if (!text.getLiteral().contains("[[")) {
                if (!inImage) {
                    figures.text(text);
                }
                return;
            }
            // The pieces of text between the wikilinks may hold references too (not in an image's alt text).
            Node before = text.getPrevious();
            Node parent = text.getParent();
            Node after = text.getNext();
            WikiLinkProcessor.split(text).forEach(figures::wikiLink);
            for (Node piece = before == null ? parent.getFirstChild() : before.getNext(); piece != after && !inImage;
                 piece = piece.getNext()) {
                if (piece instanceof Text pieceText) {
                    figures.text(pieceText);
                }
            }
        }

        @Override
        public void visit(Image image) {
            boolean outer = inImage;
            inImage = true;
            visitChildren(image);
            inImage = outer;
        }

        @Override
        public void visit(Paragraph paragraph) {
            visitChildren(paragraph);
            FigureCaption caption = figures.paragraph(paragraph);
            if (caption != null) {
                visitChildren(caption); // its math, wikilinks and references, which the walk has not met
            }
        }

        @Override
        public void visit(Link link) {
            boolean outer = inLink;
            inLink = true;
            visitChildren(link);
            inLink = outer;
        }

        @Override
        public void visit(BlockQuote quote) {
            visitChildren(quote);
            CalloutProcessor.convert(quote);
        }

        @Override
        public void visit(Heading heading) {
            visitChildren(heading);
            if (heading.getLastChild() instanceof HeadingAnchor) {
                return; // an id of its own, written in kramdown's syntax (KramdownSyntax)
            }
            String id = slugger.next(PlainText.forId(heading).strip());
            if (!id.isEmpty()) { // kramdown gives a heading without word characters (`### "`) no id at all
                heading.appendChild(new HeadingAnchor(id));
            }
        }

        @Override
        public void visit(CustomNode node) {
            visitChildren(node);
            equations.visit(node);
        }

        @Override
        public void visit(CustomBlock block) {
            visitChildren(block);
            equations.visit(block);
            if (block instanceof TableBlock) {
                TableScroll.wrap(block);
            }
        }
    }

    /** CommonMark makes a block of a comment that starts a line; it runs to the line holding {@code -->}. */
    private static boolean isComment(String literal) {
        String text = literal.strip();
        return text.startsWith("<!--") && text.endsWith("-->");
    }
}
