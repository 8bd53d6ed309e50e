package org.essaykit.build;

import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.output.SiteSnapshot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A build kept in memory between edits, for {@code essaykit serve}: {@link #start} builds everything,
 * {@link #rebuild} takes the source files that changed and returns the new site. The site of a rebuild
 * with errors is not returned: the caller keeps serving the last good one.
 *
 * <p>For now every rebuild is a full build in memory; incremental rebuilds come next (issue 7).
 */
public final class LiveBuild {

    private final BuildRequest request;

    private LiveBuild(BuildRequest request) {
        this.request = request;
    }

    /** The request's {@code out} is not written: the site stays in memory. */
    public static LiveBuild of(BuildRequest request) {
        return new LiveBuild(request);
    }

    /**
     * @param site         the new site, or null when the build had errors
     * @param diagnostics  every problem, sorted
     * @param changedPaths site paths whose bytes differ from the previous good site (all on the first build)
     */
    public record Outcome(SiteSnapshot site, List<Diagnostic> diagnostics, Set<String> changedPaths, Duration took) {
        public boolean succeeded() {
            return site != null;
        }
    }

    /** The first, full build. */
    public Outcome start() {
        return rebuild(Set.of());
    }

    /** @param changed absolute paths of source files created, modified or deleted since the last call */
    public Outcome rebuild(Set<Path> changed) {
        long begin = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Pipeline.Assembled assembled = Pipeline.assemble(request, diagnostics, new StageTimer());
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        if (diagnostics.hasErrors()) {
            return new Outcome(null, diagnostics.sorted(), Set.of(), took);
        }
        SiteSnapshot site = new SiteSnapshot(assembled.files());
        return new Outcome(site, diagnostics.sorted(), site.files().keySet(), took);
    }
}
