package org.essaykit.cite;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.essaykit.diag.SourcePos;
import org.essaykit.diag.SourceProblem;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;

/**
 * The works of one or more bibliography files, by key, in file order: BibTeX/BibLaTeX ({@code .bib}) or CSL JSON
 * ({@code .json}). A key in a later file replaces the same key of an earlier one, as in Pandoc.
 *
 * @param items by key, in the order the files list them
 */
public record Bibliography(Map<String, CSLItemData> items) {

    public static final Bibliography EMPTY = new Bibliography(Map.of());

    public Bibliography {
        items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    public Collection<String> keys() {
        return items.keySet();
    }

    /** These works, then {@code later}'s (which win on a shared key). */
    public Bibliography and(Bibliography later) {
        Map<String, CSLItemData> all = new LinkedHashMap<>(items);
        all.putAll(later.items);
        return new Bibliography(all);
    }

    /**
     * Reads one file.
     *
     * @param file  the file on disk
     * @param shown its path as diagnostics show it (relative to the site folder)
     */
    public static Bibliography read(Path file, Path shown) throws SourceProblem {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourceProblem(SourcePos.startOf(shown), "cannot read the bibliography: " + e.getMessage(),
                    "check the path: bibliography files are named relative to content/");
        }
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".bib") || name.endsWith(".bibtex")) {
            return bibtex(shown, text);
        }
        if (name.endsWith(".json")) {
            return cslJson(shown, text);
        }
        throw new SourceProblem(SourcePos.startOf(shown), "not a bibliography format essaykit reads",
                "use BibTeX/BibLaTeX (.bib) or CSL JSON (.json)");
    }

    private static Bibliography bibtex(Path shown, String text) throws SourceProblem {
        List<String> keys = BibKeys.read(shown, text); // stops at a malformed entry with its own line and hint
        BibTeXDatabase database;
        try {
            database = new BibTeXParser().parse(new StringReader(text));
        } catch (ParseException e) {
            int line = e.currentToken == null || e.currentToken.next == null ? 1 : e.currentToken.next.beginLine;
            int column = e.currentToken == null || e.currentToken.next == null ? 1 : e.currentToken.next.beginColumn;
            throw new SourceProblem(new SourcePos(shown, line, column), "malformed BibTeX: " + firstLine(e.getMessage()),
                    "fields are written name = {value} or name = \"value\", separated by commas");
        } catch (TokenMgrException e) {
            throw new SourceProblem(SourcePos.startOf(shown), "malformed BibTeX: " + firstLine(e.getMessage()),
                    "check the entry the message names");
        } catch (RuntimeException e) {
            // JBibTeX reports an undefined @string macro this way, without a position
            throw new SourceProblem(SourcePos.startOf(shown), "malformed BibTeX: " + firstLine(e.getMessage()),
                    "define each @string before the entries that use it");
        }
        Map<String, CSLItemData> converted = new BibTeXConverter().toItemData(database);
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        for (String key : keys) {
            CSLItemData item = converted.get(key);
            if (item != null) {
                items.put(key, item);
            }
        }
        return new Bibliography(items);
    }

    @SuppressWarnings("unchecked")
    private static Bibliography cslJson(Path shown, String text) throws SourceProblem {
        List<Object> array;
        try {
            array = new JsonParser(new JsonLexer(new StringReader(text))).parseArray();
        } catch (IOException | RuntimeException e) {
            throw new SourceProblem(SourcePos.startOf(shown), "malformed CSL JSON: " + firstLine(String.valueOf(e.getMessage())),
                    "a CSL JSON bibliography is an array of objects, each with an \"id\"");
        }
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof Map<?, ?> object) || !(object.get("id") instanceof String id) || id.isBlank()) {
                throw new SourceProblem(SourcePos.startOf(shown), "CSL JSON item " + (i + 1) + " has no \"id\"",
                        "give every item an \"id\": it is the key a citation names");
            }
            items.put(id, CSLItemData.fromJson((Map<String, Object>) object));
        }
        return new Bibliography(items);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
