package org.essaykit.highlight;

import java.util.List;

/** A block's code as lines of spans. */
public final class Highlighter {

    private Highlighter() {
    }

    /** @param code the block's text; a final line break ends the last line and makes no empty line */
    public static List<List<Span>> lines(Languages.Language language, String code) {
        return language.lexer().lex(splitLines(code));
    }

    /** The lines of a block, without their breaks ({@code \r\n} too). */
    public static List<String> splitLines(String code) {
        String text = code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
        return List.of(text.replace("\r\n", "\n").split("\n", -1));
    }
}
