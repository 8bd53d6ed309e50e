package org.essaykit.live;

import org.essaykit.comments.CommentThread;
import org.essaykit.content.SiteSource;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.graph.GraphChange;
import org.essaykit.graph.RenderedDocument;
import org.essaykit.graph.SiteGraph;
import org.essaykit.pipeline.Pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The graph stage of a live build. When only bodies changed, each keeping its {@link org.essaykit.graph.DocumentShape}
 * but perhaps its title, they are swapped into the last graph: every link resolves as it did then, and that graph
 * reported nothing.
 */
final class LiveGraph {

    /** The graph, and how it differs from the last one: what the plan and the site-wide files redo. */
    record Result(SiteGraph graph, GraphChange change) {
    }

    /** The last graph, when it was made without a problem: edited bodies can then be swapped into it. */
    private SiteGraph last;

    Result update(SourceChange change, Pipeline.Markdown markdown, List<RenderedDocument> rendered,
                  LiveThreads.Comments comments, Diagnostics diagnostics) {
        SiteSource site = markdown.source();
        Optional<SiteGraph.Swapped> swapped = last == null || change.everything() || comments.read() ? Optional.empty()
                : last.withBodies(site, rendered);
        if (swapped.isPresent()) {
            last = swapped.get().graph();
            return new Result(last, swapped.get().change());
        }
        Diagnostics own = new Diagnostics();
        Map<Path, CommentThread> threads = comments.threads();
        SiteGraph built = SiteGraph.build(site, markdown.index(), markdown.documents(), threads, own);
        List<Diagnostic> problems = own.sorted();
        problems.forEach(diagnostics::report);
        last = problems.isEmpty() ? built : null;
        return new Result(built, GraphChange.ANYTHING);
    }
}
