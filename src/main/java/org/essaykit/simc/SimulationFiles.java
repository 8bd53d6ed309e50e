package org.essaykit.simc;

import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;
import org.essaykit.output.SiteFile;
import org.essaykit.output.StaticFiles;
import org.essaykit.sim.Simulation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The simulations' browser files a site carries in {@code assets/sim/}: essaykit's own bundle, unless a page
 * embeds one of the site's simulations; then the compiled files are the site's bundle ({@link SimBundle}) and the
 * loader and WebAssembly runtime stay essaykit's.
 */
public final class SimulationFiles {

    private SimulationFiles() {
    }

    /** @param embedded the names of the simulations the site's pages embed */
    public static List<SiteFile> of(SiteSimulations simulations, Set<String> embedded, Diagnostics diagnostics) {
        List<SiteFile> files = StaticFiles.simulationBundle(diagnostics);
        if (embedded.stream().noneMatch(simulations.catalog()::isSite)) {
            return files;
        }
        List<Simulation> builtIns = simulations.catalog().builtIn().stream()
                .filter(s -> embedded.contains(s.name())).toList();
        SimBundle.Result bundle = SimBundle.compile(simulations, builtIns);
        bundle.problems().forEach(diagnostics::report);
        List<SiteFile> site = new ArrayList<>();
        for (SiteFile file : files) {
            String name = file.path().substring(file.path().lastIndexOf('/') + 1);
            byte[] compiled = bundle.files().get(name);
            site.add(compiled == null ? file : new SiteFile.Generated(file.path(), compiled,
                    SourcePos.startOf(Path.of(SiteSimulations.FOLDER))));
        }
        return site;
    }
}
