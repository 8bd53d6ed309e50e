package org.essaykit.markdown;

import org.essaykit.cite.CitationFormatter;
import org.essaykit.diag.Diagnostic;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of rendering one Markdown body.
 *
 * @param body       the body as HTML (trusted: our own content), kept as UTF-8 ({@link #html()} decodes it)
 * @param toc        headings of levels 2 to 4, nested
 * @param headingIds every heading id in the body, in order: the fragments a link may point at
 * @param anchorIds  every id a {@code #fragment} link may name: headings, footnotes, ids in raw HTML
 * @param sections   by heading id, in order: its text and the start of its first paragraph
 * @param links      every link and image in the body, in order, with destinations as written
 * @param summary    the first paragraph as plain text, shortened for previews and feeds
 * @param wordCount  words of running text, for reading time
 * @param terms      the words of the title, headings and running text, for the search index
 * @param simulations the simulations its {@code ```sim} blocks embed, in order, each once
 * @param hasCode    whether it has a highlighted code block, which needs {@code assets/code.css} and {@code code.js}
 * @param problems   build errors in blocks of our dialect (an unknown data table, a broken {@code ```sim} block), at their file:line:col
 * @param references the works it cites, formatted as its reference list shows them (empty when it cites none)
 */
public record RenderedMarkdown(CompactText body, List<TocEntry> toc, List<String> headingIds, Set<String> anchorIds,
                               Map<String, Section> sections, List<FoundLink> links, String summary, int wordCount,
                               SearchTerms terms, List<String> simulations, boolean hasCode,
                               List<Diagnostic> problems, List<CitationFormatter.Entry> references) {

    public RenderedMarkdown {
        toc = List.copyOf(toc);
        headingIds = List.copyOf(headingIds);
        anchorIds = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(anchorIds));
        links = List.copyOf(links);
        simulations = List.copyOf(simulations);
        problems = List.copyOf(problems);
        references = List.copyOf(references);
        sections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sections));
    }

    /** The body as HTML. */
    public String html() {
        return body.toString();
    }

    /**
     * The controls and canvas of a simulation figure (no nested divs inside the controls), and its phone-sized SVG
     * (a feed has no CSS to choose between the two).
     */
    private static final java.util.regex.Pattern INTERACTIVE = java.util.regex.Pattern.compile(
            "<div class=\"sim-controls\"[^>]*>.*?</div>|<canvas class=\"sim-canvas\"[^>]*></canvas>"
                    + "|<svg class=\"sim-svg sim-svg-narrow\".*?</svg>",
            java.util.regex.Pattern.DOTALL);

    /**
     * The margin copies of footnotes ({@link SidenoteRenderer}), which a feed reader may show in the text; in embedded
     * content they are written again, with {@code hidden} bare.
     */
    private static final java.util.regex.Pattern SIDENOTES = java.util.regex.Pattern.compile(
            "<small class=\"sidenote\" hidden(?:=\"\")?>.*?</small>|<aside class=\"sidenote\" hidden(?:=\"\")?>.*?</aside>\n?",
            java.util.regex.Pattern.DOTALL);

    /**
     * The body for the feed: feed readers run no scripts, so simulation figures keep only their SVG and numbers, and
     * may not honour {@code hidden}, so the footnotes stand only at the end.
     */
    public String feedHtml() {
        String html = simulations.isEmpty() ? html() : INTERACTIVE.matcher(html()).replaceAll("");
        return html.contains("class=\"sidenote\"") ? SIDENOTES.matcher(html).replaceAll("") : html;
    }

    /**
     * The same facts with another body: an embedding page's, its embeds filled in by the transclusion pass, which also
     * needs the code styles and the simulations of what it shows.
     */
    public RenderedMarkdown withEmbedded(String html, boolean embedsCode, List<String> embeddedSimulations) {
        List<String> allSimulations = embeddedSimulations.isEmpty() ? simulations
                : java.util.stream.Stream.concat(simulations.stream(), embeddedSimulations.stream()).distinct().toList();
        return new RenderedMarkdown(CompactText.of(html), toc, headingIds, anchorIds, sections, links, summary, wordCount,
                terms, allSimulations, hasCode || embedsCode, problems, references);
    }

    /** The same body with more fragment targets, such as the anchors of the comments shown under it. */
    public RenderedMarkdown withAnchorIds(Set<String> ids) {
        return new RenderedMarkdown(body, toc, headingIds, ids, sections, links, summary, wordCount, terms,
                simulations, hasCode, problems, references);
    }
}
