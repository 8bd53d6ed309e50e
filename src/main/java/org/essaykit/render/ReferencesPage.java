package org.essaykit.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.essaykit.cite.CitationFormatter;
import org.essaykit.cite.CitationSettings;
import org.essaykit.graph.GraphChange;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;

/**
 * The site's {@code /references/} page: every work cited anywhere, once, with the pages that cite it (backlinks
 * for papers), in alphabetical order of its entry. Made only when some page cites and no document has that URL.
 */
final class ReferencesPage {

    static final String KIND = "references";
    static final String URL = "/references/";

    /** A numeric style's "[3]": a number of one page's list, meaningless on this one. */
    private static final Pattern LEFT_MARGIN = Pattern.compile("<div class=\"csl-left-margin\">.*?</div>");

    /**
     * One cited work.
     *
     * @param id    its anchor ({@code ref-KEY}, as on the pages that cite it)
     * @param entry the formatted entry
     * @param pages the pages citing it, in the site's order (posts newest first, then pages, then concepts)
     */
    record Work(String key, String id, SafeString entry, List<Views.PostLink> pages) {
        Work {
            pages = List.copyOf(pages);
        }
    }

    private ReferencesPage() {
    }

    /** Whether a body edit changed what this page shows, so serve must plan the site again. */
    static boolean changedBy(GraphChange.Bodies bodies) {
        for (int i = 0; i < bodies.documents().size(); i++) {
            if (!bodies.documents().get(i).markdown().references().equals(bodies.replaced().get(i).markdown().references())) {
                return true;
            }
        }
        return false;
    }

    static List<Work> works(SiteGraph graph, ViewFactory views) {
        Map<String, CitationFormatter.Entry> entries = new LinkedHashMap<>();
        java.util.Set<String> inSiteStyle = new java.util.HashSet<>();
        Map<String, List<Views.PostLink>> citing = new LinkedHashMap<>();
        Stream.of(graph.posts(), graph.pages(), graph.concepts()).flatMap(List::stream)
                .filter(rendered -> !rendered.doc().url().equals(URL)).forEach(rendered -> {
                    boolean siteStyle = rendered.doc().frontMatter().get(CitationSettings.CSL) == null;
                    for (CitationFormatter.Entry entry : rendered.markdown().references()) {
                        // each work as the site's style formats it, when a page in that style cites it
                        if (!entries.containsKey(entry.key()) || siteStyle && inSiteStyle.add(entry.key())) {
                            entries.put(entry.key(), entry);
                        }
                        if (siteStyle) {
                            inSiteStyle.add(entry.key());
                        }
                        citing.computeIfAbsent(entry.key(), key -> new ArrayList<>()).add(views.link(rendered));
                    }
                });
        List<Work> works = new ArrayList<>();
        entries.forEach((key, entry) -> works.add(new Work(key, entry.id(),
                new SafeString(LEFT_MARGIN.matcher(entry.html()).replaceAll("").replace("<div class=\"csl-right-inline\">", "<div>")),
                citing.get(key))));
        works.sort(Comparator.comparing((Work work) -> sortText(entries.get(work.key()))).thenComparing(Work::key));
        return works;
    }

    private static String sortText(CitationFormatter.Entry entry) {
        return CitationFormatter.plainText(LEFT_MARGIN.matcher(entry.html()).replaceAll("")).toLowerCase(Locale.ROOT);
    }
}
