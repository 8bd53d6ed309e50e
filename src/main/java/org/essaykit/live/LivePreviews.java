package org.essaykit.live;

import org.essaykit.diag.SourcePos;
import org.essaykit.graph.GraphChange;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.output.JsonWriter;
import org.essaykit.output.SiteFile;
import org.essaykit.render.PreviewData;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The preview shards ({@link PreviewData}) of the last rebuild, kept so that the next writes again only the shards
 * whose pages changed, and in them makes again only the previews of those pages.
 */
final class LivePreviews {

    /** A page's preview as last written, with what it was made from. */
    private record Written(PreviewData.Made made, JsonWriter.Raw json) {
    }

    private final Map<Integer, List<RenderedDocument>> documents = new HashMap<>();
    private final Map<Path, Written> written = new HashMap<>();
    private final Map<Integer, SiteFile> files = new TreeMap<>();

    /** @param change when only bodies changed, only their shards are looked at: no page moved to another */
    List<SiteFile> write(SiteGraph graph, SourcePos origin, GraphChange change) {
        Map<Integer, List<RenderedDocument>> now = new TreeMap<>();
        if (change instanceof GraphChange.Bodies bodies && !files.isEmpty()) {
            int pages = graph.posts().size() + graph.concepts().size() + graph.pages().size();
            for (RenderedDocument body : bodies.documents()) {
                int shard = PreviewData.shardOf(graph.config(), body, pages);
                now.put(shard, now.getOrDefault(shard, documents.get(shard)).stream()
                        .map(doc -> doc.doc().source().equals(body.doc().source()) ? body : doc).toList());
            }
        } else {
            List<RenderedDocument> all = graph.documents();
            for (RenderedDocument rendered : all) {
                now.computeIfAbsent(PreviewData.shardOf(graph.config(), rendered, all.size()), n -> new ArrayList<>())
                        .add(rendered);
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
            Map<String, JsonWriter.Raw> previews = new TreeMap<>();
            for (RenderedDocument rendered : list) {
                PreviewData.Made made = PreviewData.Made.of(graph, rendered);
                Written page = written.get(rendered.doc().source());
                if (page == null || !page.made().equals(made)) {
                    page = new Written(made, PreviewData.preview(graph, rendered));
                    written.put(rendered.doc().source(), page);
                    changed = true;
                }
                previews.put(made.url(), page.json());
            }
            if (changed) {
                files.put(shard, PreviewData.shardFile(shard, previews, origin));
            }
            documents.put(shard, list);
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
