package org.essaykit.markdown;

import org.commonmark.node.Block;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Display math on lines of its own. A line that starts with {@code $$} (or {@code \[}) opens it, and the line
 * holding the closing {@code $$} (or {@code \]}) ends it; the closing delimiter may be followed by an id,
 * {@code {#eq:name}}, and nothing else. Lines between are TeX, whatever Markdown they look like. As in LaTeX, a
 * blank line cannot be inside display math: a block still open at a blank line (or at the end of its container)
 * is an error at its opening delimiter, and takes no more of the page. A line with the closing delimiter and text
 * after it ({@code $$x$$ is...}) is not a block: it is display math inside its paragraph.
 */
final class MathBlockParser extends AbstractBlockParser {

    private static final Pattern ID = Pattern.compile("\\s*(?:\\{#([^\\s{}]+)\\})?\\s*");

    private final MathBlock block = new MathBlock();
    private final String open;
    private final String close;
    private final MathProblem opening;
    private final List<SourceLine> lines = new ArrayList<>();
    private final List<MathFormula.LineStart> starts = new ArrayList<>();
    private final StringBuilder written = new StringBuilder();
    private boolean closed;
    private String id;
    private String trailing;

    private MathBlockParser(String open, MathProblem opening) {
        this.open = open;
        this.close = open.equals("$$") ? "$$" : "\\]";
        this.opening = opening;
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int at = state.getNextNonSpaceIndex();
            String open = startsWith(line, at, "$$") ? "$$" : startsWith(line, at, "\\[") ? "\\[" : null;
            if (open == null) {
                return BlockStart.none();
            }
            MathBlockParser parser = new MathBlockParser(open, position(state.getLine(), at,
                    "display math opened here is not closed before a blank line or the end of its block",
                    "close it with " + (open.equals("$$") ? "$$" : "\\]")
                            + " (a blank line cannot be inside display math; write \\$ for a dollar sign)"));
            int texStart = at + open.length();
            int end = findClose(line, texStart, parser.close);
            if (end >= 0 && !ID.matcher(line.subSequence(end + 2, line.length())).matches()) {
                return BlockStart.none(); // display math inside a paragraph, for the inline parser
            }
            parser.written.append(line, at, texStart);
            SourceSpan span = state.getLine().getSourceSpan();
            if (span != null) { // the rest of the line may be empty, and have no span of its own
                parser.starts.add(new MathFormula.LineStart(span.getLineIndex(), span.getColumnIndex() + texStart));
            }
            return BlockStart.of(parser).atIndex(texStart);
        }
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed || state.isBlank()) {
            return BlockContinue.none();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    /** Each line as the block's parser hands it on, the opening line from just after its delimiter. */
    @Override
    public void addLine(SourceLine line) {
        CharSequence content = line.getContent();
        if (line.getSourceSpan() != null && !lines.isEmpty()) {
            starts.add(new MathFormula.LineStart(line.getSourceSpan().getLineIndex(), line.getSourceSpan().getColumnIndex()));
        }
        int end = findClose(content, 0, close);
        if (end < 0) {
            lines.add(line);
            written.append(content).append('\n');
            return;
        }
        lines.add(line.substring(0, end));
        trailing = content.subSequence(end + 2, content.length()).toString();
        written.append(content);
        closed = true;
    }

    @Override
    public void closeBlock() {
        SourceLines tex = SourceLines.of(lines);
        if (!closed) {
            MathFormula formula = new MathFormula(tex.getContent(), true, starts, null);
            formula.problem(opening);
            block.close(formula, written.toString().stripTrailing());
            return;
        }
        Matcher matcher = ID.matcher(trailing);
        String label = matcher.matches() ? matcher.group(1) : null;
        MathFormula formula = new MathFormula(tex.getContent(), true, starts, label);
        if (!matcher.matches()) {
            int spaces = trailing.length() - trailing.stripLeading().length();
            formula.problem(formula.at(tex.getContent().length() + close.length() + spaces,
                    "text after the closing " + close + " of display math",
                    "put the text on the next line; only an id such as {#eq:name} may follow " + close));
        }
        block.close(formula, written.toString());
    }

    /**
     * Where {@code close} starts in {@code line} from {@code from}, or -1. A backslash and the character after it
     * are TeX ({@code \$} is a dollar sign), except that {@code \]} is the closing delimiter it looks like.
     */
    static int findClose(CharSequence line, int from, String close) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (startsWith(line, i, close)) {
                return i;
            }
            if (c == '\\') {
                i++;
            }
        }
        return -1;
    }

    private static boolean startsWith(CharSequence line, int at, String prefix) {
        if (at + prefix.length() > line.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (line.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static MathProblem position(SourceLine line, int column, String message, String hint) {
        SourceSpan span = line.getSourceSpan();
        return span == null ? new MathProblem(0, 0, message, hint)
                : new MathProblem(span.getLineIndex() + 1, span.getColumnIndex() + column + 1, message, hint);
    }
}
