package org.essaykit.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A new working site: config, our theme, a first post running a starter simulation of the site's own, the GitHub
 * Pages workflow and the essaykit jar that workflow builds with. The theme, workflow and simulation come from the
 * jar ({@code starter/}), copied there from this repository's templates/ and src/main/starter/ at build time.
 */
public final class StarterSite {

    private static final String STARTER = "/starter";
    /** The launcher that runs the site's jar with a class-data-sharing archive; it comes with the starter files. */
    public static final String LAUNCHER = ".essaykit/essaykit";

    /** The first post: where to write, and the starter simulation (simulations/ProxyCorrection.java) running. */
    private static final String FIRST_POST = """
            Start writing here.

            Below runs this site's own simulation, compiled for the browser from `simulations/ProxyCorrection.java`
            when the site is built. Press Run, move the sliders, or edit the Java and save while `essaykit serve`
            runs.

            ```sim proxy-correction
            ```
            """;

    private StarterSite() {
    }

    /** Creates the site in {@code dir}, which must be missing or empty, carrying {@code tool} as its essaykit. */
    public static void create(Path dir, String title, LocalDate today, EssaykitJar tool) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(dir + " is not empty; essaykit init only creates new sites");
                }
            }
        }
        Files.createDirectories(dir.resolve("content/posts"));
        Files.writeString(dir.resolve("content/site.yaml"), """
                title: %s
                description: ""
                url: ""
                baseurl: ""
                author: ""
                navigation:
                  - title: Archive
                    url: /archive/
                  - title: Tags
                    url: /tags/
                """.formatted(NewPost.yamlString(title)), StandardCharsets.UTF_8);
        NewPost.create(dir, "Hello, world", List.of("meta"), false, today, FIRST_POST);
        // The output, the card cache and the launcher's class-data archive (tied to the JVM that made it) are
        // made anew anywhere; .essaykit/'s jar and launcher are committed, the workflow runs them.
        Files.writeString(dir.resolve(".gitignore"), "/site/\n/.essaykit-cache/\n/.essaykit/*.jsa*\n",
                StandardCharsets.UTF_8);
        copyStarter(dir);
        tool.copyInto(dir);
        makeExecutable(dir.resolve(LAUNCHER));
    }

    /** Lets the owner run {@code file}, where the file system has POSIX permissions (elsewhere `sh FILE` runs it). */
    private static void makeExecutable(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(file));
            permissions.addAll(List.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
            Files.setPosixFilePermissions(file, permissions);
        }
    }

    private static void copyStarter(Path dir) throws IOException {
        URL root = StarterSite.class.getResource(STARTER);
        if (root == null) {
            throw new IOException("this essaykit build carries no starter theme");
        }
        try {
            if (root.getProtocol().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(root.toURI(), Map.of())) {
                    copyTree(jar.getPath(STARTER), dir);
                }
            } else {
                copyTree(Path.of(root.toURI()), dir);
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                try (InputStream in = Files.newInputStream(file)) {
                    Files.copy(in, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
