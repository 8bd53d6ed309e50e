package org.essaykit.output;

import org.essaykit.content.SiteSource;
import org.essaykit.diag.Diagnostic;
import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The files a build copies unchanged: the theme's {@code templates/assets/} and content's static files. */
public final class StaticFiles {

    public static final String THEME_ASSETS = "templates/assets";

    /** The simulations' browser bundle, which {@code mvn package} compiles with TeaVM into the jar's {@code sim/}. */
    static final List<String> SIMULATION_BUNDLE = List.of("loader.js", "sim.js", "sim.wasm", "sim.wasm-runtime.js");

    private StaticFiles() {
    }

    /** The bundle's files in the jar, read once, on first use: they cannot change while essaykit runs. */
    private static final class Bundle {
        static final List<SiteFile> FILES = read();

        private static List<SiteFile> read() {
            List<SiteFile> files = new ArrayList<>();
            for (String name : SIMULATION_BUNDLE) {
                try (InputStream in = StaticFiles.class.getResourceAsStream("/sim/" + name)) {
                    if (in != null) {
                        files.add(new SiteFile.Generated("assets/sim/" + name, in.readAllBytes(),
                                SourcePos.startOf(Path.of("sim", name))));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return List.copyOf(files);
        }
    }

    /** The bundle as {@code assets/sim/*}, for sites whose pages embed a simulation; a file missing is an error. */
    public static List<SiteFile> simulationBundle(Diagnostics diagnostics) {
        List<SiteFile> files = Bundle.FILES;
        for (String name : SIMULATION_BUNDLE) {
            if (files.stream().noneMatch(file -> file.path().equals("assets/sim/" + name))) {
                diagnostics.error(SourcePos.startOf(Path.of("sim", name)),
                        "this essaykit carries no simulation bundle (sim/" + name + ")",
                        "build essaykit with `mvn package`, which compiles the bundle with TeaVM");
            }
        }
        return files;
    }

    /**
     * The built-in theme's assets that the site's content does not replace, for a site without
     * {@code templates/assets/}: a site with that folder has a theme of its own and publishes only its assets.
     */
    private static List<SiteFile> builtInAssets(List<SiteFile> own) {
        Set<String> taken = new HashSet<>();
        own.forEach(file -> taken.add(file.path()));
        List<SiteFile> builtIn = new ArrayList<>();
        for (String name : BuiltInTheme.files()) {
            if (name.startsWith("assets/") && !taken.contains(name)) {
                builtIn.add(new SiteFile.Generated(name, BuiltInTheme.read(name),
                        SourcePos.startOf(Path.of(THEME_ASSETS).resolve(name.substring("assets/".length())))));
            }
        }
        return builtIn;
    }

    /**
     * The theme's assets and content's static files. A symbolic link that resolves outside the site folder
     * is left out with a warning: the site must not publish, or serve, files from elsewhere on the machine.
     */
    public static List<SiteFile> collect(SiteSource source, Diagnostics diagnostics) {
        List<SiteFile> files = new ArrayList<>();
        Path assets = source.root().resolve(THEME_ASSETS);
        if (Files.isDirectory(assets)) {
            try (Stream<Path> walk = Files.walk(assets)) {
                walk.filter(Files::isRegularFile).sorted().forEach(file -> files.add(new SiteFile.Copied(
                        "assets/" + assets.relativize(file).toString().replace('\\', '/'), file,
                        SourcePos.startOf(source.root().relativize(file)))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (SiteSource.StaticFile file : source.staticFiles()) {
            files.add(new SiteFile.Copied(file.outputPath(), source.root().resolve(file.source()),
                    SourcePos.startOf(file.source())));
        }
        try {
            Path root = source.root().toRealPath();
            List<SiteFile> inside = new ArrayList<>();
            for (SiteFile file : files) {
                Path real = ((SiteFile.Copied) file).source().toRealPath();
                if (real.startsWith(root)) {
                    inside.add(file);
                } else {
                    diagnostics.report(Diagnostic.warning(file.origin(), "symbolic link to a file outside the "
                            + "site folder (" + real + "); not copied", "copy the file into the site folder"));
                }
            }
            if (!Files.isDirectory(assets)) {
                inside.addAll(builtInAssets(files));
            }
            return inside;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
