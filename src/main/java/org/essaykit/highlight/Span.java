package org.essaykit.highlight;

/** A run of one line of code and its kind; null for plain text. */
public record Span(String text, TokenKind kind) {
}
