package org.essaykit.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.essaykit.cite.CitationSyntax.Citation;
import org.essaykit.cite.CitationSyntax.Mode;

/**
 * Turns a formatted citation into links to its entries. The processor gives one string per group; when the
 * style's citation layout ({@code prefix}, {@code delimiter}, {@code suffix}) splits it into one piece per work and
 * each piece can be told apart (by its first author's name, or by its number in a numeric style), each work gets
 * its own link; otherwise the whole citation links to its first work's entry. Either way {@code data-cites} names
 * every work it cites.
 */
final class CitationLinks {

    private static final Pattern LAYOUT = Pattern.compile("<citation\\b[\\s\\S]*?<layout\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(prefix|suffix|delimiter)=\"([^\"]*)\"");
    /** A citation is made of links: links inside the processor's text (a URL variable) would nest. */
    private static final Pattern LINK_TAG = Pattern.compile("</?a\\b[^>]*>");
    private static final Pattern NUMBER = Pattern.compile("^[^\\p{L}\\d]*(\\d+)[^\\p{L}\\d]*$");

    private final String prefix;
    private final String suffix;
    private final String delimiter;
    private final Map<String, String> familyByKey = new HashMap<>();
    private final Map<Integer, String> keyByNumber = new HashMap<>();
    private final Bibliography bibliography;

    CitationLinks(CitationStyle style, List<CitationFormatter.Entry> entries, Bibliography bibliography) {
        Map<String, String> layout = new HashMap<>();
        Matcher citation = LAYOUT.matcher(style.xml());
        if (citation.find()) {
            Matcher attribute = ATTRIBUTE.matcher(citation.group(1));
            while (attribute.find()) {
                layout.put(attribute.group(1), xmlText(attribute.group(2)));
            }
        }
        prefix = layout.getOrDefault("prefix", "");
        suffix = layout.getOrDefault("suffix", "");
        delimiter = layout.getOrDefault("delimiter", "");
        this.bibliography = bibliography;
        for (int i = 0; i < entries.size(); i++) {
            String key = entries.get(i).key();
            keyByNumber.put(i + 1, key);
            familyByKey.put(key, CitationFormatter.escape(CitationFormatter.firstFamily(bibliography.items().get(key))));
        }
    }

    /** The citation's HTML: one link per work where its pieces can be told apart, else one link. */
    String of(String text, List<Citation> group) {
        String plain = LINK_TAG.matcher(text).replaceAll("");
        Set<String> keys = group.stream().map(Citation::key).collect(Collectors.toCollection(LinkedHashSet::new));
        String cites = CitationFormatter.escape(String.join(" ", keys));
        List<String> pieceKeys = keys.size() > 1 ? pieceKeys(plain, keys) : null;
        if (pieceKeys == null) {
            return "<a class=\"citation\" href=\"#" + CitationFormatter.escape(CitationFormatter.entryId(keys.iterator().next()))
                    + "\" data-cites=\"" + cites + "\">" + plain + "</a>";
        }
        String inner = plain.substring(prefix.length(), plain.length() - suffix.length());
        String[] pieces = inner.split(Pattern.quote(delimiter), -1);
        List<String> links = new ArrayList<>();
        for (int i = 0; i < pieces.length; i++) {
            String key = pieceKeys.get(i);
            // [-@a; -@b]: the processor cannot leave out one work's author, so its piece is taken apart
            String piece = suppressed(group, key)
                    ? CitationFormatter.authorMode(pieces[i], bibliography.items().get(key), Mode.SUPPRESS_AUTHOR)
                    : pieces[i];
            links.add("<a href=\"#" + CitationFormatter.escape(CitationFormatter.entryId(key)) + "\">" + piece + "</a>");
        }
        return "<span class=\"citation\" data-cites=\"" + cites + "\">" + prefix + String.join(delimiter, links)
                + suffix + "</span>";
    }

    private static boolean suppressed(List<Citation> group, String key) {
        return group.stream().anyMatch(citation -> citation.key().equals(key) && citation.mode() == Mode.SUPPRESS_AUTHOR);
    }

    /** The key of each piece, in the pieces' order, or null when they cannot be told apart. */
    private List<String> pieceKeys(String text, Set<String> keys) {
        if (delimiter.isEmpty() || !text.startsWith(prefix) || !text.endsWith(suffix)
                || text.length() < prefix.length() + suffix.length()) {
            return null;
        }
        String inner = text.substring(prefix.length(), text.length() - suffix.length());
        String[] pieces = inner.split(Pattern.quote(delimiter), -1);
        if (pieces.length != keys.size()) {
            return null; // collapsed ("Doe 2019a, 2019b", "[1]–[3]") or a delimiter inside a prefix
        }
        List<String> found = new ArrayList<>();
        for (String piece : pieces) {
            String key = keyOf(piece, keys);
            if (key == null || found.contains(key)) {
                return null;
            }
            found.add(key);
        }
        return found;
    }

    private String keyOf(String piece, Set<String> keys) {
        Matcher number = NUMBER.matcher(piece);
        if (number.matches()) {
            String key = keyByNumber.get(Integer.parseInt(number.group(1)));
            return keys.contains(key) ? key : null;
        }
        List<String> named = keys.stream().filter(key -> !familyByKey.get(key).isEmpty() && piece.contains(familyByKey.get(key))).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    private static String xmlText(String value) {
        return value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
