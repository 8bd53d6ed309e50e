package org.essaykit.highlight;

import java.util.List;

/** Unified diffs, a line at a time: added and removed lines, hunk and file headers. */
final class DiffLexer implements Lexer {

    @Override
    public List<List<Span>> lex(List<String> lines) {
        return lines.stream().map(line -> line.isEmpty() ? List.<Span>of() : List.of(new Span(line, kind(line)))).toList();
    }

    private static TokenKind kind(String line) {
        if (line.startsWith("+++") || line.startsWith("---") || line.startsWith("@@") || line.startsWith("diff ")
                || line.startsWith("index ")) {
            return TokenKind.META;
        }
        return switch (line.charAt(0)) {
            case '+', '>' -> TokenKind.INSERTED;
            case '-', '<' -> TokenKind.DELETED;
            default -> null;
        };
    }
}
