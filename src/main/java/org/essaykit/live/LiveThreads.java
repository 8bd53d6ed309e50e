package org.essaykit.live;

import org.essaykit.comments.CommentThread;
import org.essaykit.content.Document;
import org.essaykit.content.SiteIndex;
import org.essaykit.content.SiteSource;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.graph.RenderedDocument;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The comment stage of a live build: threads are read again when a thread file changed, when a post came or went
 * (a thread needs its post) or when the index changed with a concept (comment bodies link concepts through it).
 */
final class LiveThreads {

    /**
     * The threads as read, with what they were read against.
     *
     * @param read whether this rebuild read them (else they are the last rebuild's)
     */
    record Comments(Map<Path, CommentThread> threads, List<Diagnostic> problems, boolean read) {
    }

    private SiteIndex index;
    private Comments last;
    private Set<Path> posts = Set.of();
    /** The concepts the threads were read with: their titles and aliases link mentions in comments. */
    private Set<Path> concepts = Set.of();

    /**
     * @param rendered the bodies this rebuild rendered: every document of a changed file that is still there
     * @param files    the thread files of the site, absolute and sorted
     */
    Comments update(SourceChange change, SiteSource site, SiteIndex indexNow, List<RenderedDocument> rendered,
                   List<Path> files) {
        Set<Path> postsNow = rendered.stream().filter(body -> body.doc().isPost()).map(body -> body.doc().source())
                .collect(Collectors.toSet());
        boolean postsCameOrWent = change.documents().stream()
                .anyMatch(path -> posts.contains(path) != postsNow.contains(path));
        // Comment bodies ask the index only for concept mentions: a new index from an edit of posts alone (a new
        // title) renders them as before.
        Set<Path> conceptsNow = site.documents().stream().filter(doc -> doc.kind() == Document.Kind.CONCEPT)
                .map(Document::source).collect(Collectors.toSet());
        boolean conceptsChanged = indexNow != index && change.documents().stream()
                .anyMatch(path -> concepts.contains(path) || conceptsNow.contains(path));
        if (last != null && !change.everything() && !change.threads() && !postsCameOrWent && !conceptsChanged) {
            index = indexNow;
            last = new Comments(last.threads(), last.problems(), false);
            return last;
        }
        Diagnostics own = new Diagnostics();
        index = indexNow;
        concepts = conceptsNow;
        posts = site.documents().stream().filter(doc -> doc.isPost()).map(doc -> doc.source())
                .collect(Collectors.toSet());
        last = new Comments(org.essaykit.comments.Threads.load(site, indexNow, files, own), own.sorted(), true);
        return last;
    }
}
