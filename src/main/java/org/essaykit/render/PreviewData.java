package org.essaykit.render;

import org.essaykit.content.SiteConfig;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.markdown.Excerpts;
import org.essaykit.markdown.Section;
import org.essaykit.output.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code previews.json}: what a hover preview shows for each page and each of its headings, written at
 * build time so the script never fetches or parses pages. Keys are short because every reader downloads it:
 * {@code k} kind, {@code t} title, {@code s} summary, {@code h} headings (and archived
 * comments, as {@code comment-<id>}) as id to [text, lead].
 */
final class PreviewData {

    static final String PATH = "/previews.json";
    private static final int COMMENT_LEAD_CHARS = 240;

    private PreviewData() {
    }

    static String write(SiteGraph graph) {
        SiteConfig config = graph.config();
        List<RenderedDocument> all = new ArrayList<>(graph.posts());
        all.addAll(graph.concepts());
        all.addAll(graph.pages());
        Map<String, Object> pages = new TreeMap<>();
        for (RenderedDocument rendered : all) {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("k", rendered.doc().kind().defaultLayout());
            page.put("t", rendered.doc().title());
            page.put("s", rendered.doc().description() != null ? rendered.doc().description()
                    : rendered.markdown().summary());
            Map<String, Object> headings = new LinkedHashMap<>();
            for (Map.Entry<String, Section> section : rendered.markdown().sections().entrySet()) {
                headings.put(section.getKey(), List.of(section.getValue().title(), section.getValue().lead()));
            }
            graph.threadOf(rendered).ifPresent(thread -> thread.comments().forEach(c -> headings.putIfAbsent(
                    SiteGraph.commentAnchor(c.comment().id()),
                    List.of("Comment by " + (c.comment().author() != null ? c.comment().author()
                            : c.comment().op() ? "the essay's author" : "an unnamed commenter"),
                            Excerpts.shorten(c.text(), COMMENT_LEAD_CHARS)))));
            page.put("h", headings);
            pages.put(config.relativeUrl(rendered.doc().url()), page);
        }
        return Json.compact(pages);
    }
}
