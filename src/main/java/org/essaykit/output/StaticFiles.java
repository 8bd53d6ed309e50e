package org.essaykit.output;

import org.essaykit.content.SiteSource;
import org.essaykit.diag.SourcePos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files a build copies unchanged: the theme's {@code templates/assets/} and content's static files. */
public final class StaticFiles {

    public static final String THEME_ASSETS = "templates/assets";

    private StaticFiles() {
    }

    public static List<SiteFile> collect(SiteSource source) {
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
        return files;
    }
}
