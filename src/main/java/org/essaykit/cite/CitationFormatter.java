package org.essaykit.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.essaykit.cite.CitationSyntax.Citation;
import org.essaykit.cite.CitationSyntax.Mode;

/**
 * Formats one document's citations and its reference list with a CSL processor. A function of its input:
 * a new processor per document, fed the groups in the order the text has them.
 */
public final class CitationFormatter {

    /**
     * One document's citations, formatted.
     *
     * @param groups  the HTML of each citation group, in the order given: links to the entries, each naming the
     *                works it cites in {@code data-cites}
     * @param entries the reference list: one entry per cited work, in the style's order
     */
    public record Formatted(List<String> groups, List<Entry> entries) {
        public Formatted {
            groups = List.copyOf(groups);
            entries = List.copyOf(entries);
        }
    }

    /**
     * A formatted reference: its key, its anchor's id, its HTML ({@code div.csl-entry}), the work's title and the
     * entry as plain text (what a preview shows).
     */
    public record Entry(String key, String id, String html, String title, String text) {
    }

    private CitationFormatter() {
    }

    /** The id of the reference-list entry a citation of {@code key} links to. */
    public static String entryId(String key) {
        return EntryHtml.ID_PREFIX + key;
    }

    /**
     * Formats citation groups whose keys are all in {@code bibliography} (the caller reported the others).
     */
    public static Formatted format(CitationStyle style, org.essaykit.cite.Bibliography bibliography,
                                   List<List<Citation>> groups) {
        return format(style, bibliography, groups, List.of());
    }

    /**
     * The same, with works the reference list shows though the text does not cite them ({@code nocite}), after
     * the cited ones.
     */
    public static Formatted format(CitationStyle style, org.essaykit.cite.Bibliography bibliography,
                                   List<List<Citation>> groups, List<String> alsoListed) {
        Set<String> cited = new LinkedHashSet<>();
        groups.forEach(group -> group.forEach(citation -> cited.add(citation.key())));
        cited.addAll(alsoListed);
        List<CSLItemData> items = cited.stream().map(bibliography.items()::get).toList();
        CSL csl;
        try {
            csl = new CSL(new ListItemDataProvider(items), style.xml(), "en-US");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        csl.setOutputFormat(new EntryHtml());
        csl.setConvertLinks(true);
        csl.registerCitationItems(cited);
        // Citations are made in text order; a later one may change an earlier one's text (disambiguation), so
        // the processor answers with every citation it changed, by index.
        String[] texts = new String[groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            List<Citation> group = groups.get(i);
            CSLCitationItem[] cslItems = group.stream().map(CitationFormatter::item).toArray(CSLCitationItem[]::new);
            for (de.undercouch.citeproc.output.Citation made : csl.makeCitation(new CSLCitation(cslItems))) {
                texts[made.getIndex()] = made.getText();
            }
        }
        // Once every text is final: a later citation may have changed an earlier one's (disambiguation).
        for (int i = 0; i < groups.size(); i++) {
            List<Citation> group = groups.get(i);
            if (group.size() == 1 && group.get(0).mode() != Mode.NORMAL) {
                texts[i] = authorMode(texts[i], bibliography.items().get(group.get(0).key()), group.get(0).mode());
            }
        }
        List<Entry> entries = entries(csl.makeBibliography(), bibliography);
        CitationLinks links = new CitationLinks(style, entries, bibliography);
        List<String> linked = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            linked.add(links.of(texts[i], groups.get(i)));
        }
        return new Formatted(linked, entries);
    }

    /** The text a reader sees in the processor's HTML: tags dropped, the few escapes {@code EntryHtml} writes undone. */
    public static String plainText(String html) {
        return unescape(html.replaceAll("<[^>]*>", "")).replaceAll("\\s+", " ").strip();
    }

    private static CSLCitationItem item(Citation citation) {
        Locator locator = Locator.of(citation.suffix());
        CSLCitationItemBuilder builder = new CSLCitationItemBuilder(citation.key());
        if (!citation.prefix().isEmpty()) {
            builder.prefix(citation.prefix() + " ");
        }
        if (locator.label() != null) {
            builder.locator(locator.value()).label(locator.label());
        }
        if (!locator.suffix().isEmpty()) {
            builder.suffix(", " + locator.suffix());
        }
        return builder.build();
    }

    /**
     * A citation without its author ({@code [-@key]}), or with the author in the sentence ({@code @key says}):
     * the processor does neither, so its text is taken apart where the author's names end, just before the
     * year. A numeric style has no author there: in-text, the names come first.
     */
    static String authorMode(String text, CSLItemData item, Mode mode) {
        String names = names(item);
        String firstFamily = firstFamily(item);
        String year = year(item);
        int author = firstFamily.isEmpty() ? -1 : text.indexOf(escape(firstFamily));
        int yearAt = author < 0 || year.isEmpty() ? -1 : text.indexOf(year, author);
        if (author < 0 || yearAt < 0) {
            return mode == Mode.IN_TEXT && !names.isEmpty() ? escape(names) + " " + text : text;
        }
        String withoutAuthor = text.substring(0, author) + text.substring(yearAt);
        if (mode == Mode.SUPPRESS_AUTHOR) {
            return withoutAuthor;
        }
        String authorText = text.substring(author, yearAt).strip();
        if (authorText.endsWith(",")) {
            authorText = authorText.substring(0, authorText.length() - 1);
        }
        return authorText + " " + withoutAuthor;
    }

    private static List<CSLName> people(CSLItemData item) {
        CSLName[] names = item.getAuthor() != null ? item.getAuthor() : item.getEditor();
        return names == null ? List.of() : List.of(names);
    }

    static String firstFamily(CSLItemData item) {
        List<CSLName> people = people(item);
        return people.isEmpty() ? "" : family(people.get(0));
    }

    /** "Doe", "Doe and Roe", "Doe et al.": names for an in-text citation of a numeric style. */
    private static String names(CSLItemData item) {
        List<String> families = people(item).stream().map(CitationFormatter::family).toList();
        return switch (families.size()) {
            case 0 -> "";
            case 1 -> families.get(0);
            case 2 -> families.get(0) + " and " + families.get(1);
            default -> families.get(0) + " et al.";
        };
    }

    private static String family(CSLName name) {
        String family = name.getFamily() != null ? name.getFamily() : name.getLiteral();
        if (family == null) {
            return "";
        }
        return name.getNonDroppingParticle() == null ? family : name.getNonDroppingParticle() + " " + family;
    }

    private static String year(CSLItemData item) {
        if (item.getIssued() == null || item.getIssued().getDateParts() == null
                || item.getIssued().getDateParts().length == 0 || item.getIssued().getDateParts()[0].length == 0) {
            return "";
        }
        return Integer.toString(item.getIssued().getDateParts()[0][0]);
    }

    private static List<Entry> entries(Bibliography made, org.essaykit.cite.Bibliography bibliography) {
        List<Entry> entries = new ArrayList<>();
        for (String html : made.getEntries()) {
            int idStart = html.indexOf(" id=\"") + 5;
            String id = html.substring(idStart, html.indexOf('"', idStart));
            String key = unescape(id.substring(EntryHtml.ID_PREFIX.length()));
            String title = bibliography.items().get(key).getTitle();
            entries.add(new Entry(key, entryId(key), html.strip(), title == null ? key : title, plainText(html)));
        }
        return entries;
    }

    static String escape(String text) {
        return EntryHtml.attribute(text);
    }

    private static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
