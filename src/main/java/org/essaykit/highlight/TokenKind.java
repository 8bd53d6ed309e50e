package org.essaykit.highlight;

/**
 * What a run of code is, as far as its colour goes: a dozen kinds, one CSS class each ({@code hl-kw} ...),
 * coloured by {@code templates/assets/code.css} in a light and a dark palette. Punctuation, operators and
 * names are plain text, which keeps a page's spans few and its code calm to read.
 */
public enum TokenKind {
    COMMENT("cm"),
    KEYWORD("kw"),
    STRING("st"),
    NUMBER("nu"),
    TYPE("ty"),
    FUNCTION("fn"),
    VARIABLE("va"),
    META("me"),
    TAG("tg"),
    ATTRIBUTE("at"),
    INSERTED("in"),
    DELETED("de");

    private final String cssClass;

    TokenKind(String shortName) {
        this.cssClass = "hl-" + shortName;
    }

    public String cssClass() {
        return cssClass;
    }
}
