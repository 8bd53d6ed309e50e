package org.essaykit.highlight;

import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

import javax.swing.text.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A language lexed by one of RSyntaxTextArea's token makers (JFlex lexers, used headless: they read text and
 * make tokens, and touch no part of AWT that needs a display). A token maker keeps state between calls, so
 * each thread has its own, made once (making one costs more than lexing a block: ~2 ms for HTML's); every line
 * starts from the state given, the state at the end of the line before (inside a comment or template string, say).
 */
final class RstaLexer implements Lexer {

    private final ThreadLocal<TokenMaker> tokenMakers;

    RstaLexer(Supplier<TokenMaker> tokenMakers) {
        this.tokenMakers = ThreadLocal.withInitial(tokenMakers);
    }

    @Override
    public List<List<Span>> lex(List<String> lines) {
        TokenMaker maker = tokenMakers.get();
        List<List<Span>> out = new ArrayList<>(lines.size());
        Spans spans = new Spans();
        int state = TokenTypes.NULL;
        for (String line : lines) {
            char[] chars = line.toCharArray();
            Token token = maker.getTokenList(new Segment(chars, 0, chars.length), state, 0);
            // The list ends with a token that is not text: its type is the state the line ends in.
            int last = TokenTypes.NULL;
            for (; token != null; token = token.getNextToken()) {
                last = token.getType();
                if (token.isPaintable()) {
                    spans.add(token.getLexeme(), kind(maker.getClosestStandardTokenTypeForInternalType(last)));
                }
            }
            out.add(spans.line());
            state = last;
        }
        return out;
    }

    static TokenKind kind(int type) {
        return switch (type) {
            case TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
                    TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT -> TokenKind.COMMENT;
            case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2 -> TokenKind.KEYWORD;
            case TokenTypes.FUNCTION -> TokenKind.FUNCTION;
            case TokenTypes.LITERAL_BOOLEAN, TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT,
                    TokenTypes.LITERAL_NUMBER_HEXADECIMAL -> TokenKind.NUMBER;
            case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE,
                    TokenTypes.REGEX, TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE, TokenTypes.MARKUP_CDATA -> TokenKind.STRING;
            case TokenTypes.DATA_TYPE -> TokenKind.TYPE;
            case TokenTypes.VARIABLE -> TokenKind.VARIABLE;
            case TokenTypes.ANNOTATION, TokenTypes.PREPROCESSOR, TokenTypes.MARKUP_DTD,
                    TokenTypes.MARKUP_PROCESSING_INSTRUCTION, TokenTypes.MARKUP_CDATA_DELIMITER,
                    TokenTypes.MARKUP_ENTITY_REFERENCE -> TokenKind.META;
            case TokenTypes.MARKUP_TAG_NAME -> TokenKind.TAG;
            case TokenTypes.MARKUP_TAG_ATTRIBUTE -> TokenKind.ATTRIBUTE;
            // Names, white space, punctuation, operators, and what the lexer calls an error: plain.
            default -> null;
        };
    }
}
