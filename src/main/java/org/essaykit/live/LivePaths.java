package org.essaykit.live;

import org.essaykit.diag.Diagnostics;
import org.essaykit.output.SiteFile;
import org.essaykit.output.SiteSnapshot;
import org.essaykit.output.SiteWriter;

import java.util.List;

/**
 * The check that no two files claim one output path, done again only where it can have a new answer: paths that
 * were all different last time, and are the same at every place where a file changed, still are.
 */
final class LivePaths {

    private List<SiteFile> last = List.of();
    private boolean unique;

    void check(List<SiteFile> files, Diagnostics diagnostics) {
        if (!unique || SiteSnapshot.changedInPlace(last, files) == null) {
            Diagnostics own = new Diagnostics();
            SiteWriter.checkUniquePaths(files, own);
            own.sorted().forEach(diagnostics::report);
            unique = !own.hasErrors();
        }
        last = files;
    }
}
