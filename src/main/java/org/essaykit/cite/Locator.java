package org.essaykit.cite;

import de.undercouch.citeproc.csl.CSLLabel;
import java.util.Locale;
import java.util.Map;

/**
 * The locator at the start of a citation's suffix, as Pandoc reads it: {@code p. 33}, {@code chap. 2},
 * {@code §4}, or a bare number (a page). What follows a comma after it stays the suffix.
 *
 * @param label  what kind of place, or null when the suffix starts with no locator
 * @param value  the place itself ({@code 33}, {@code 33-35})
 * @param suffix the rest of the suffix
 */
record Locator(CSLLabel label, String value, String suffix) {

    private static final Map<String, CSLLabel> TERMS = terms();

    static Locator of(String suffix) {
        String text = suffix.strip();
        int i = 0;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '§')) {
            i++;
        }
        String term = text.substring(0, i).toLowerCase(Locale.ROOT);
        CSLLabel label = term.isEmpty() ? CSLLabel.PAGE : TERMS.get(term);
        String rest = text.substring(i).stripLeading();
        if (label == null || rest.isEmpty() || !Character.isDigit(rest.charAt(0)) && !isRoman(rest)) {
            return new Locator(null, "", text);
        }
        int end = rest.indexOf(',');
        String value = (end < 0 ? rest : rest.substring(0, end)).strip();
        String after = end < 0 ? "" : rest.substring(end + 1).strip();
        return new Locator(label, value, after);
    }

    private static boolean isRoman(String text) {
        return text.matches("(?i)^[ivxlc]+\\b.*");
    }

    private static Map<String, CSLLabel> terms() {
        Map<String, CSLLabel> terms = new java.util.HashMap<>();
        for (String p : new String[] {"p.", "pp.", "p", "pp", "page", "pages"}) {
            terms.put(p, CSLLabel.PAGE);
        }
        for (String c : new String[] {"ch.", "chap.", "chapter", "chapters"}) {
            terms.put(c, CSLLabel.CHAPTER);
        }
        for (String s : new String[] {"sec.", "section", "sections", "§", "§§"}) {
            terms.put(s, CSLLabel.SECTION);
        }
        for (String f : new String[] {"fig.", "figure", "figures"}) {
            terms.put(f, CSLLabel.FIGURE);
        }
        for (String v : new String[] {"vol.", "volume", "volumes"}) {
            terms.put(v, CSLLabel.VOLUME);
        }
        for (String n : new String[] {"n.", "note", "notes"}) {
            terms.put(n, CSLLabel.NOTE);
        }
        for (String l : new String[] {"l.", "ll.", "line", "lines"}) {
            terms.put(l, CSLLabel.LINE);
        }
        for (String para : new String[] {"para.", "paragraph", "¶"}) {
            terms.put(para, CSLLabel.PARAGRAPH);
        }
        return Map.copyOf(terms);
    }
}
