package org.essaykit.markdown;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.essaykit.content.DataTable;
import org.essaykit.content.SiteConfig.HeadingIdStyle;

import java.util.Map;

/**
 * Our dialect's changes to the parsed tree, in one walk: HTML comments dropped, {@code ```table} blocks made
 * tables, {@code [[wikilinks]]} split out of text, alert block quotes made callouts, heading ids given, tables
 * boxed to scroll. These were six walks of the whole tree, one per change, run in that order; the walk keeps
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

    EssayTreePass(HeadingIdStyle headingIds, Map<String, DataTable> dataTables) {
        this.headingIds = headingIds;
        this.dataTables = new DataTableBlocks(dataTables);
    }

    @Override
    public Node process(Node document) {
        document.accept(new Walk(HeadingSlugger.create(headingIds)));
        return document;
    }

    /** One document's walk: the slugger remembers the heading ids given out so far. */
    private final class Walk extends AbstractVisitor {
        private final HeadingSlugger slugger;
        private boolean inLink;
        private boolean inDataTable;

        Walk(HeadingSlugger slugger) {
            this.slugger = slugger;
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
            if (!inLink && text.getLiteral().contains("[[")) {
                WikiLinkProcessor.split(text);
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
            String id = slugger.next(PlainText.of(heading).strip());
            if (!id.isEmpty()) { // kramdown gives a heading without word characters (`### "`) no id at all
                heading.appendChild(new HeadingAnchor(id));
            }
        }

        @Override
        public void visit(CustomBlock block) {
            visitChildren(block);
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
