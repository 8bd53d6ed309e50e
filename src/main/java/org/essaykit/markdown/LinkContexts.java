package org.essaykit.markdown;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The text around each link of one body, for the link checker's messages and the backlinks' previews. Made as
 * {@link DocumentFacts}' walk meets the links, in reading order: the last block's text is kept for its next link.
 */
final class LinkContexts {

    private static final int CONTEXT_CHARS = 180;

    /** The block whose text {@link #contextText} is, for the contexts of its links. */
    private Node contextBlock;
    private String contextText;
    /** Where in {@link #contextText} the last link's text was found. */
    private int contextCursor;

    /** The enclosing paragraph, heading, table cell or caption as plain text, cut to a window around the link text. */
    String around(Node node, String linkText) {
        Node block = node.getParent();
        while (block != null && !(block instanceof Paragraph || block instanceof Heading
                || block instanceof TableCell || block instanceof DataTableBlocks.Caption
                || block instanceof Document)) {
            block = block.getParent();
        }
        String whole = block == null ? linkText : blockText(block);
        if (whole.length() <= CONTEXT_CHARS) {
            return whole;
        }
        // The walk meets a block's links in reading order, so each is looked for after the one before: one pass over
        // the block for all its links, where a search from its start made 50,000 links in one paragraph quadratic.
        int at = whole.indexOf(linkText, contextCursor);
        if (at < 0) {
            at = Math.max(0, whole.indexOf(linkText));
        }
        contextCursor = at;
        int start = Math.max(0, at - CONTEXT_CHARS / 2);
        int end = Math.min(whole.length(), start + CONTEXT_CHARS);
        start = Math.max(0, end - CONTEXT_CHARS);
        int firstSpace = start == 0 ? 0 : whole.indexOf(' ', start) + 1;
        int lastSpace = end == whole.length() ? end : whole.lastIndexOf(' ', end);
        return (start > 0 ? "\u2026" : "") + whole.substring(firstSpace, Math.max(firstSpace, lastSpace)).strip()
                + (end < whole.length() ? "\u2026" : "");
    }

    /**
     * A block's text with runs of whitespace made one space. Links share their paragraph, and each used to turn
     * it into text again: the last block's text is kept, as the walk meets a block's links one after another.
     */
    private String blockText(Node block) {
        if (block != contextBlock) {
            contextBlock = block;
            contextText = collapseSpaces(PlainText.of(block).strip());
            contextCursor = 0;
        }
        return contextText;
    }

    /**
     * As {@code replaceAll("\\s+", " ")}, without a regular expression per link: {@code \s} is ASCII whitespace
     * when the UNICODE_CHARACTER_CLASS flag is off.
     */
    private static String collapseSpaces(String text) {
        if (!hasSpaceRun(text)) {
            return text; // most blocks: six vectorized searches cost half of one loop over the characters
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = isRegexSpace(c);
            if (space && (c != ' ' || (i + 1 < text.length() && isRegexSpace(text.charAt(i + 1))))) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(' ');
                while (i + 1 < text.length() && isRegexSpace(text.charAt(i + 1))) {
                    i++;
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Whether {@link #collapseSpaces} would change the text: two spaces in a row, or whitespace other than a space. */
    private static boolean hasSpaceRun(String text) {
        return text.indexOf("  ") >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\t') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf('\f') >= 0 || text.indexOf('\u000B') >= 0;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
