package org.essaykit.markdown;

import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Math and equation references in running text, taken before emphasis and backslash escapes can touch them
 * (CommonMark tries our parsers first at their characters; code spans never reach us):
 * <ul>
 *   <li>{@code $...$} by Pandoc's rule: the opening {@code $} has a non-space right after it, the closing one a
 *       non-space right before it and no digit right after it, so {@code $5 and $10} stays text; and, since TeX
 *       math cannot hold a bare {@code $}, a {@code $} that cannot close makes its opening one text, so that a
 *       formula later in the paragraph is still found ({@code $5 and $10, or $x$});</li>
 *   <li>{@code $$...$$} and {@code \[...\]} as display math inside a paragraph, {@code \(...\)} inline;</li>
 *   <li>{@code \eqref{x}}, {@code \ref{x}} and {@code @eq:x}, references to numbered equations (also as the
 *       whole of a formula, {@code $\eqref{x}$}).</li>
 * </ul>
 * {@code \$} is left to CommonMark's escape: a literal dollar. A backslash inside math always takes the next
 * character with it, so {@code \$} inside a formula does not close it.
 */
final class MathInlineParser implements InlineContentParser {

    /** The delimiters a formula in text may have; each is looked for from the opening one. */
    private enum Delimiter {
        DOLLAR("$", "$", false), DOLLARS("$$", "$$", true), PAREN("\\(", "\\)", false), BRACKET("\\[", "\\]", true);

        final String open;
        final String close;
        final boolean display;

        Delimiter(String open, String close, boolean display) {
            this.open = open;
            this.close = close;
            this.display = display;
        }
    }

    /** A formula that is only a reference to an equation. */
    private static final Pattern REFERENCE = Pattern.compile("\\s*\\\\(eq)?ref\\{([A-Za-z0-9_:.-]+)\\}\\s*");

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$', '\\', '@');
        }

        @Override
        public InlineContentParser create() {
            return new MathInlineParser();
        }
    }

    /**
     * Per delimiter, the earliest place from which a search for its closing delimiter ran to the end of the
     * paragraph in vain: a search from any later place would too, so 10,000 unmatched {@code $} cost one scan
     * each kind, not one each. (One parser serves one paragraph.)
     */
    private final Map<Delimiter, Position> unclosedFrom = new EnumMap<>(Delimiter.class);

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        char c = scanner.peek();
        if (c == '@') {
            return reference(scanner, start);
        }
        scanner.next();
        char second = scanner.peek();
        if (c == '$') {
            if (second == '$') {
                scanner.next();
                return formula(scanner, start, Delimiter.DOLLARS);
            }
            // Pandoc: no space after the opening dollar (nor a second, empty formula).
            return Character.isWhitespace(second) || second == Scanner.END ? ParsedInline.none()
                    : formula(scanner, start, Delimiter.DOLLAR);
        }
        if (second == '(' || second == '[') {
            scanner.next();
            return formula(scanner, start, second == '(' ? Delimiter.PAREN : Delimiter.BRACKET);
        }
        if (second == 'e' || second == 'r') {
            return texReference(scanner, start);
        }
        return ParsedInline.none();
    }

    /** After the opening delimiter: the formula up to its closing delimiter, or none if it has none. */
    private ParsedInline formula(Scanner scanner, Position start, Delimiter delimiter) {
        Position unclosed = unclosedFrom.get(delimiter);
        if (unclosed != null && start.compareTo(unclosed) >= 0) {
            return ParsedInline.none();
        }
        Position texStart = scanner.position();
        Position texEnd = findClose(scanner, delimiter);
        if (texEnd == null) {
            if (scanner.peek() == Scanner.END) {
                unclosedFrom.put(delimiter, start);
            }
            return ParsedInline.none();
        }
        SourceLines tex = scanner.getSource(texStart, texEnd);
        if (tex.getContent().isBlank()) {
            return ParsedInline.none();
        }
        String written = scanner.getSource(start, scanner.position()).getContent();
        Matcher reference = REFERENCE.matcher(tex.getContent());
        if (reference.matches()) { // $\eqref{x}$, as LaTeX writers are used to
            return ParsedInline.of(new MathRef(reference.group(2), written, reference.group(1) != null),
                    scanner.position());
        }
        // With its delimiters every line of the formula is non-empty, so each has its span.
        List<MathFormula.LineStart> lines = MathFormula.LineStart.of(
                scanner.getSource(start, scanner.position()).getSourceSpans(), delimiter.open.length());
        MathFormula formula = new MathFormula(tex.getContent(), delimiter.display, lines, null);
        return ParsedInline.of(new MathInline(formula, written), scanner.position());
    }

    /**
     * Moves past the closing delimiter and returns where the TeX ends (just before it), or null when the
     * paragraph has none (or, for {@code $}, a {@code $} comes that cannot close). A backslash and the character
     * after it are TeX, never a delimiter.
     */
    private static Position findClose(Scanner scanner, Delimiter delimiter) {
        int previous = ' ';
        while (true) {
            char c = scanner.peek();
            if (c == Scanner.END) {
                return null;
            }
            Position at = scanner.position();
            if (c == '\\') {
                scanner.next();
                char escaped = scanner.peek();
                if (delimiter.close.length() == 2 && delimiter.close.charAt(0) == '\\' && escaped == delimiter.close.charAt(1)) {
                    scanner.next();
                    return at;
                }
                if (escaped != Scanner.END) {
                    scanner.next();
                }
                previous = escaped;
                continue;
            }
            if (c == '$' && delimiter.close.charAt(0) == '$') {
                scanner.next();
                if (delimiter == Delimiter.DOLLARS) {
                    if (scanner.peek() == '$') {
                        scanner.next();
                        return at;
                    }
                } else if (!Character.isWhitespace(previous) && !Character.isDigit(scanner.peek())) {
                    return at;
                } else {
                    // TeX math cannot hold a bare $: this opening $ is text ("it costs $5 and $10, and $x$").
                    return null;
                }
                previous = c;
                continue;
            }
            scanner.next();
            previous = c;
        }
    }

    /** {@code \eqref{label}} or {@code \ref{label}} in running text. */
    private static ParsedInline texReference(Scanner scanner, Position start) {
        boolean eqref = scanner.next("eqref{");
        if (!eqref && !scanner.next("ref{")) {
            return ParsedInline.none();
        }
        Position labelStart = scanner.position();
        if (scanner.find('}') <= 0) {
            return ParsedInline.none();
        }
        String label = scanner.getSource(labelStart, scanner.position()).getContent().strip();
        scanner.next();
        if (label.isEmpty() || label.contains("\n") || label.contains("{")) {
            return ParsedInline.none();
        }
        String written = scanner.getSource(start, scanner.position()).getContent();
        return ParsedInline.of(new MathRef(label, written, eqref), scanner.position());
    }

    /** {@code @eq:label}, not inside a word (an e-mail address); a full stop or colon after it ends the sentence. */
    private static ParsedInline reference(Scanner scanner, Position start) {
        int before = scanner.peekPreviousCodePoint();
        if (Character.isLetterOrDigit(before) || before == '_') {
            return ParsedInline.none();
        }
        scanner.next();
        if (!scanner.next("eq:")) {
            return ParsedInline.none();
        }
        Position labelEnd = scanner.position();
        int length = 0;
        int kept = 0;
        while (isLabelChar(scanner.peek())) {
            char c = scanner.peek();
            scanner.next();
            length++;
            if (c != '.' && c != ':' && c != '-') {
                kept = length;
                labelEnd = scanner.position();
            }
        }
        if (kept == 0) {
            return ParsedInline.none();
        }
        scanner.setPosition(labelEnd);
        String written = scanner.getSource(start, labelEnd).getContent();
        return ParsedInline.of(new MathRef(written.substring(1), written, true), labelEnd);
    }

    private static boolean isLabelChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '.');
    }
}
