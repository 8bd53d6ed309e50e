package org.essaykit.markdown;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParser;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

import java.util.ArrayList;
import java.util.List;

/**
 * kramdown's definition lists: the lines of a paragraph are terms when the next line starts with {@code : }, whose
 * text (indented lines and lazy ones) is the definition. Parsed as terms and definitions, which {@link #group}
 * gathers into one list; rendered as {@code <dl>} by {@link KramdownExtension}.
 */
final class DefinitionList extends CustomBlock {

    /** One term: a line of the paragraph above the definition. */
    static final class Term extends CustomBlock {
    }

    /** One definition: any blocks, indented under its {@code : } marker. */
    static final class Details extends CustomBlock {
    }

    /** Every run of terms and definitions under one parent becomes one list. */
    static void group(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            if (child instanceof Term || child instanceof Details) {
                DefinitionList list = new DefinitionList();
                child.insertBefore(list);
                while (child instanceof Term || child instanceof Details) {
                    Node after = child.getNext();
                    list.appendChild(child);
                    child = after;
                }
                next = child;
            } else if (child.getFirstChild() != null) {
                group(child);
            }
            child = next;
        }
    }

    /** Whether a definition is one paragraph, which kramdown writes without {@code <p>}. */
    static boolean tight(Details details) {
        return details.getFirstChild() instanceof Paragraph && details.getFirstChild().getNext() == null;
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            CharSequence line = state.getLine().getContent();
            int at = state.getNextNonSpaceIndex();
            if (state.getIndent() >= 4 || at + 1 >= line.length() || line.charAt(at) != ':'
                    || (line.charAt(at + 1) != ' ' && line.charAt(at + 1) != '\t')) {
                return BlockStart.none();
            }
            SourceLines terms = matched.getParagraphLines();
            boolean afterDetails = matched.getMatchedBlockParser().getBlock().getLastChild() instanceof Details;
            if (terms.isEmpty() && !afterDetails) {
                return BlockStart.none();
            }
            List<BlockParser> parsers = new ArrayList<>();
            terms.getLines().forEach(term -> parsers.add(new TermParser(term)));
            parsers.add(new DetailsParser());
            BlockStart start = BlockStart.of(parsers.toArray(BlockParser[]::new)).atIndex(at + 2);
            return terms.isEmpty() ? start : start.replaceParagraphLines(terms.getLines().size());
        }
    }

    /** A term's line, parsed for its inlines; it holds nothing else, so the next term or definition closes it. */
    private static final class TermParser extends AbstractBlockParser {
        private final Term term = new Term();
        private final SourceLine line;

        TermParser(SourceLine line) {
            this.line = line;
        }

        @Override
        public Block getBlock() {
            return term;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void parseInlines(InlineParser inlineParser) {
            inlineParser.parse(SourceLines.of(line), term);
        }
    }

    /** A definition: continues on lines indented at least two columns, and over blank lines once it has content. */
    private static final class DetailsParser extends AbstractBlockParser {
        private static final int INDENT = 2;
        private final Details details = new Details();

        @Override
        public Block getBlock() {
            return details;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block block) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.isBlank()) {
                return details.getFirstChild() == null ? BlockContinue.none()
                        : BlockContinue.atIndex(state.getNextNonSpaceIndex());
            }
            return state.getIndent() >= INDENT ? BlockContinue.atColumn(state.getColumn() + INDENT)
                    : BlockContinue.none();
        }
    }
}
