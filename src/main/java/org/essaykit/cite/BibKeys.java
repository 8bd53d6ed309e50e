package org.essaykit.cite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.essaykit.diag.SourcePos;
import org.essaykit.diag.SourceProblem;

/**
 * The entry keys of a BibTeX file, in file order, read without a full BibTeX parser: enough to check a
 * citation's key (with did-you-mean) and to stop at a malformed entry's own line before a CSL engine is loaded.
 */
public final class BibKeys {

    private BibKeys() {
    }

    public static List<String> read(Path file, String text) throws SourceProblem {
        List<String> keys = new ArrayList<>();
        int i = 0;
        while ((i = text.indexOf('@', i)) >= 0) {
            int typeEnd = i + 1;
            while (typeEnd < text.length() && Character.isLetter(text.charAt(typeEnd))) {
                typeEnd++;
            }
            String type = text.substring(i + 1, typeEnd).toLowerCase(Locale.ROOT);
            int open = skipSpace(text, typeEnd);
            if (type.isEmpty() || open >= text.length() || text.charAt(open) != '{' && text.charAt(open) != '(') {
                throw problem(file, text, i, "a BibTeX entry starts with @type{key, …", "write e.g. @article{doe2019, title = {…}}");
            }
            int close = matchingClose(file, text, open);
            if (!type.equals("comment") && !type.equals("preamble") && !type.equals("string")) {
                int comma = text.indexOf(',', open);
                String key = comma < 0 || comma > close ? "" : text.substring(open + 1, comma).strip();
                if (key.isEmpty() || key.chars().anyMatch(Character::isWhitespace)) {
                    throw problem(file, text, open + 1, "this @" + type + " entry has no key", "put the key right after the brace: @" + type + "{key,");
                }
                keys.add(key);
            }
            i = close + 1;
        }
        return List.copyOf(keys);
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index of the bracket closing the entry opened at {@code open}; braces inside must balance. */
    private static int matchingClose(Path file, String text, int open) throws SourceProblem {
        char closer = text.charAt(open) == '{' ? '}' : ')';
        int depth = 0;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == closer && depth == 0) {
                return i;
            } else if (c == '@' && depth == 0 && i > 0 && text.charAt(i - 1) == '\n') {
                break; // the next entry began: this one was never closed
            }
        }
        throw problem(file, text, open, "this entry is never closed", "check that its braces balance and it ends with " + closer);
    }

    private static SourceProblem problem(Path file, String text, int index, String message, String hint) {
        return new SourceProblem(SourcePos.atOffset(file, text, index), message, hint);
    }
}
