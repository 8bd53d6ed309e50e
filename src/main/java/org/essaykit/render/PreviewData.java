package org.essaykit.render;

import org.essaykit.content.SiteConfig;
import org.essaykit.graph.GraphChange;
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
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
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

    /** What a page's preview is made of: equal members give equal preview data. */
    private record Member(String url, Document doc, String summary, Map<String, Section> sections,
                          CommentThread thread) {
    }

    /**
     * The shards of the last build, kept so that the next one writes again only the shards whose pages changed.
     * A build uses a fresh one, which keeps nothing for a next write.
     */
    public static final class Live {
        /** Whether a next write will use what this one leaves: each page's preview as written. */
        private final boolean reused;
        /** What becomes of each file once made (a build writes it out at once). */
        private final UnaryOperator<SiteFile> keep;
        /** A page's preview as last written, with what it was made from. */
        private record Written(Member member, JsonWriter.Raw json) {
        }

        private final Map<Integer, List<RenderedDocument>> documents = new HashMap<>();
        private final Map<Path, Written> written = new HashMap<>();
        private final Map<Integer, SiteFile> files = new TreeMap<>();

        public Live(boolean reused, UnaryOperator<SiteFile> keep) {
            this.reused = reused;
            this.keep = keep;
        }

        /** @param change when only bodies changed, only their shards are looked at: no page moved to another */
        public List<SiteFile> write(SiteGraph graph, SourcePos origin, GraphChange change) {
            SiteConfig config = graph.config();
            Map<Integer, List<RenderedDocument>> now = new TreeMap<>();
            if (change instanceof GraphChange.Bodies bodies && !files.isEmpty()) {
                int shards = shards(graph.posts().size() + graph.concepts().size() + graph.pages().size());
                for (RenderedDocument body : bodies.documents()) {
                    int shard = shardOf(config.relativeUrl(body.doc().url()), shards);
                    now.put(shard, now.getOrDefault(shard, documents.get(shard)).stream()
                            .map(doc -> doc.doc().source().equals(body.doc().source()) ? body : doc).toList());
                }
            } else {
                List<RenderedDocument> all = graph.documents();
                int shards = shards(all.size());
                for (RenderedDocument rendered : all) {
                    now.computeIfAbsent(shardOf(config.relativeUrl(rendered.doc().url()), shards),
                            n -> new ArrayList<>()).add(rendered);
                }
                files.keySet().retainAll(now.keySet());
                documents.keySet().retainAll(now.keySet());
                Set<Path> sources = new HashSet<>();
                all.forEach(rendered -> sources.add(rendered.doc().source()));
                written.keySet().retainAll(sources);
            }
            now.forEach((shard, list) -> {
                // A shard is written again when a page came, went or shows something else; only those pages'
                // previews are made again, and the shard is put together from all.
                boolean changed = !sameSources(documents.get(shard), list);
                Map<String, Object> pages = new TreeMap<>();
                for (RenderedDocument rendered : list) {
                    Member member = new Member(config.relativeUrl(rendered.doc().url()), rendered.doc(),
                            rendered.markdown().summary(), rendered.markdown().sections(),
                            graph.threadOf(rendered).orElse(null));
                    Written page = written.get(rendered.doc().source());
                    if (page == null || !page.member().equals(member)) {
                        page = new Written(member, JsonWriter.raw(page(graph, rendered)));
                        if (reused) {
                            written.put(rendered.doc().source(), page);
                        }
                        changed = true;
                    }
                    pages.put(member.url(), page.json());
                }
                if (changed) {
                    files.put(shard, keep.apply(SiteFile.Generated.text(DIR + shard + ".json", JsonWriter.compact(pages),
                            origin)));
                }
                if (reused) {
                    documents.put(shard, list);
                }
            });
            return new ArrayList<>(files.values());
        }

        private static boolean sameSources(List<RenderedDocument> before, List<RenderedDocument> now) {
            if (before == null || before.size() != now.size()) {
                return false;
            }
            for (int i = 0; i < now.size(); i++) {
                if (!before.get(i).doc().source().equals(now.get(i).doc().source())) {
                    return false;
                }
            }
            return true;
        }
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
