package org.essaykit.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Our theme as the jar carries it ({@code starter/templates/}, copied there from this repository's
 * {@code templates/} at build time): a site uses it for every template and theme asset it does not have.
 */
public final class BuiltInTheme {

    /** Where the theme lies on the class path, for Pebble's class path loader. */
    public static final String CLASSPATH_PREFIX = "starter/templates";

    /** The theme's files, listed once, on first use: they cannot change while essaykit runs. */
    private static final class Listing {
        static final List<String> FILES = list();
    }

    private BuiltInTheme() {
    }

    /** Every file of the theme, relative to its folder with forward slashes ({@code partials/head.html}), sorted. */
    public static List<String> files() {
        return Listing.FILES;
    }

    public static boolean has(String relative) {
        return files().contains(relative);
    }

    public static byte[] read(String relative) {
        try (InputStream in = BuiltInTheme.class.getResourceAsStream("/" + CLASSPATH_PREFIX + "/" + relative)) {
            if (in == null) {
                throw new IllegalArgumentException("the built-in theme has no " + relative);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list() {
        URL root = BuiltInTheme.class.getResource("/" + CLASSPATH_PREFIX);
        if (root == null) {
            return List.of(); // run from class folders before resources were copied
        }
        try {
            if (root.getProtocol().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(root.toURI(), Map.of())) {
                    return walk(jar.getPath("/" + CLASSPATH_PREFIX));
                }
            }
            return walk(Path.of(root.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> walk(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(file -> dir.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
