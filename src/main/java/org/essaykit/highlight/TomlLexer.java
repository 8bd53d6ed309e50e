package org.essaykit.highlight;

import java.util.ArrayList;
import java.util.List;

/**
 * TOML, which RSyntaxTextArea lacks: comments, table headers, keys, strings (multi-line ones carry over to the
 * next line), numbers, dates and booleans.
 */
final class TomlLexer implements Lexer {

    @Override
    public List<List<Span>> lex(List<String> lines) {
        List<List<Span>> out = new ArrayList<>(lines.size());
        Spans spans = new Spans();
        String openQuote = null; // the """ or ''' of a string still open at the end of the last line
        for (String line : lines) {
            int i = 0;
            if (openQuote != null) {
                int end = line.indexOf(openQuote);
                i = end < 0 ? line.length() : end + 3;
                spans.add(line.substring(0, i), TokenKind.STRING);
                openQuote = end < 0 ? openQuote : null;
            } else {
                i = leading(line, spans);
            }
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == '#') {
                    spans.add(line.substring(i), TokenKind.COMMENT);
                    i = line.length();
                } else if (c == '"' || c == '\'') {
                    String quote = line.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3) : String.valueOf(c);
                    int end = closing(line, i + quote.length(), quote);
                    if (end < 0 && quote.length() == 3) {
                        openQuote = quote;
                    }
                    int stop = end < 0 ? line.length() : end + quote.length();
                    spans.add(line.substring(i, stop), TokenKind.STRING);
                    i = stop;
                } else if (Character.isLetterOrDigit(c) || c == '+' || c == '-') {
                    int stop = i + 1;
                    while (stop < line.length() && isValueChar(line.charAt(stop))) {
                        stop++;
                    }
                    String word = line.substring(i, stop);
                    boolean constant = word.equals("true") || word.equals("false") || Character.isDigit(word.charAt(word.length() - 1))
                            || word.endsWith("inf") || word.endsWith("nan") || word.endsWith("Z");
                    spans.add(word, constant ? TokenKind.NUMBER : null);
                    i = stop;
                } else {
                    spans.add(String.valueOf(c), null);
                    i++;
                }
            }
            out.add(spans.line());
        }
        return out;
    }

    /** A table header, or the key of a {@code key = value} line; returns where the rest of the line starts. */
    private static int leading(String line, Spans spans) {
        int start = 0;
        while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
            start++;
        }
        spans.add(line.substring(0, start), null);
        if (line.startsWith("[", start)) {
            int end = line.lastIndexOf(']');
            if (end > start) {
                spans.add(line.substring(start, end + 1), TokenKind.KEYWORD);
                return end + 1;
            }
        }
        int equals = line.indexOf('=', start);
        if (equals > start && line.charAt(start) != '#') {
            String key = line.substring(start, equals).stripTrailing();
            spans.add(key, TokenKind.ATTRIBUTE);
            return start + key.length();
        }
        return start;
    }

    private static int closing(String line, int from, String quote) {
        for (int i = from; i < line.length(); i++) {
            if (quote.charAt(0) == '"' && line.charAt(i) == '\\') {
                i++;
            } else if (line.startsWith(quote, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isValueChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':' || c == '-' || c == '+';
    }
}
