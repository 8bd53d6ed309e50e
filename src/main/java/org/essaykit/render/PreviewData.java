package org.essaykit.render;

import org.essaykit.content.SiteConfig;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.markdown.Excerpts;
import org.essaykit.markdown.Section;
import org.essaykit.diag.SourcePos;
import org.essaykit.output.JsonWriter;
import org.essaykit.output.SiteFile;

import org.essaykit.comments.CommentThread;
import org.essaykit.content.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * {@code previews/NN.json}: what a hover preview shows for each page and each of its headings, written at
 * build time so the script never fetches or parses pages. Pages are spread over shards by a hash of their
 * URL (FNV-1a over UTF-16 code units, as {@code previews.js} computes it), so a reader downloads only the
 * shard of the link they hover, however large the site. Keys are short: {@code k} kind, {@code t} title,
 * {@code s} summary, {@code h} headings (and archived comments, as {@code comment-<id>}) as id to
 * [text, lead].
 */
public final class PreviewData {

    static final String DIR = "previews/";
    private static final int COMMENT_LEAD_CHARS = 240;
    /** About this many pages per shard: a few hundred kilobytes at most. */
    private static final int PAGES_PER_SHARD = 64;
    private static final int MAX_SHARDS = 256;

    private PreviewData() {
    }

    /** How many shards a site of this many pages gets; templates pass it to the script. */
    static int shards(int pages) {
        return Math.max(1, Math.min(MAX_SHARDS, (pages + PAGES_PER_SHARD - 1) / PAGES_PER_SHARD));
    }

    static int shardOf(String url, int shards) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < url.length(); i++) {
            hash ^= url.charAt(i);
            hash *= 0x01000193;
        }
        return Integer.remainderUnsigned(hash, shards);
    }

    /** Which shard a page's preview goes to, among the shards of a site of {@code pages} pages. */
    public static int shardOf(SiteConfig config, RenderedDocument rendered, int pages) {
        return shardOf(config.relativeUrl(rendered.doc().url()), shards(pages));
    }

    /** What a page's preview is made of: equal ones give equal preview data. */
    public record Made(String url, Document doc, String summary, Map<String, Section> sections,
                       CommentThread thread) {

        public static Made of(SiteGraph graph, RenderedDocument rendered) {
            return new Made(graph.config().relativeUrl(rendered.doc().url()), rendered.doc(),
                    rendered.markdown().summary(), rendered.markdown().sections(), graph.threadOf(rendered).orElse(null));
        }
    }

    /** A page's preview, as it is written into its shard. */
    public static JsonWriter.Raw preview(SiteGraph graph, RenderedDocument rendered) {
        return JsonWriter.raw(page(graph, rendered));
    }

    /** One shard's file: each page's preview by its URL. */
    public static SiteFile shardFile(int shard, Map<String, JsonWriter.Raw> previews, SourcePos origin) {
        return SiteFile.Generated.text(DIR + shard + ".json", JsonWriter.compact(new TreeMap<>(previews)), origin);
    }

    /**
     * Every shard of a build, each handed to {@code keep} as soon as it is made (a large site's are hundreds of
     * megabytes), in the shards' order.
     */
    public static List<SiteFile> write(SiteGraph graph, SourcePos origin, UnaryOperator<SiteFile> keep) {
        List<RenderedDocument> all = graph.documents();
        Map<Integer, Map<String, JsonWriter.Raw>> shards = new TreeMap<>();
        for (RenderedDocument rendered : all) {
            shards.computeIfAbsent(shardOf(graph.config(), rendered, all.size()), n -> new TreeMap<>())
                    .put(graph.config().relativeUrl(rendered.doc().url()), preview(graph, rendered));
        }
        List<SiteFile> files = new ArrayList<>();
        shards.forEach((shard, previews) -> files.add(keep.apply(shardFile(shard, previews, origin))));
        return files;
    }

    private static Map<String, Object> page(SiteGraph graph, RenderedDocument rendered) {
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
        // a comment's citations preview the entries listed under it
        graph.threadOf(rendered).ifPresent(thread -> thread.comments().forEach(c -> c.references().forEach(
                entry -> headings.putIfAbsent(entry.id(), List.of(entry.title(), entry.text())))));
        page.put("h", headings);
        return page;
    }
}
