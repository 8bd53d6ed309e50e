package org.essaykit.check;

import org.essaykit.diag.Suggestions;
import org.essaykit.output.SiteFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of a built site, on disk or still in memory (for {@code build --check} before anything is
 * written). Paths are relative, with forward slashes, and compared case-sensitively as GitHub Pages does,
 * whatever the file system under them does.
 */
public final class SiteTree {

    /** Reads one file's bytes; called once per page, from several threads. */
    @FunctionalInterface
    interface Reader {
        byte[] read(String path) throws IOException;
    }

    private final SortedSet<String> files;
    private final Set<String> folders = new HashSet<>();
    private final Map<String, String> byLowerCase = new HashMap<>();
    private final Reader reader;
    /** What a reader can open: {@code x/} for {@code x/index.html}, else the file itself. */
    private final List<String> addresses;
    /** Suggestions by wanted path: one broken link in a template is wanted on every page. */
    private final Map<String, Optional<String>> suggestions = new ConcurrentHashMap<>();

    private SiteTree(Collection<String> paths, Reader reader) {
        this.files = new TreeSet<>(paths);
        this.reader = reader;
        folders.add("");
        addresses = files.stream().map(f -> f.equals("index.html") || f.endsWith("/index.html")
                ? f.substring(0, f.length() - "index.html".length()) : f).toList();
        for (String file : files) {
            byLowerCase.putIfAbsent(file.toLowerCase(Locale.ROOT), file);
            for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
                folders.add(file.substring(0, slash));
            }
        }
    }

    /**
     * Every file below {@code dir}, following symbolic links as {@code actions/upload-pages-artifact} does
     * (it archives with {@code tar --dereference}); a link back to a folder above it is not walked twice.
     */
    public static SiteTree of(Path dir) {
        List<String> paths = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isRegularFile()) {
                                paths.add(dir.relativize(file).toString().replace('\\', '/'));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            if (e instanceof FileSystemLoopException || Files.isSymbolicLink(file)) {
                                return FileVisitResult.CONTINUE; // a cycle, or a link to nothing: nothing published
                            }
                            throw e;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SiteTree(paths, path -> Files.readAllBytes(dir.resolve(path)));
    }

    /** The files a build is about to write. */
    public static SiteTree of(Collection<? extends SiteFile> siteFiles) {
        Map<String, SiteFile> byPath = new HashMap<>();
        siteFiles.forEach(f -> byPath.put(f.path(), f));
        return new SiteTree(byPath.keySet(), path -> byPath.get(path) instanceof SiteFile.Generated g
                ? g.bytes() : Files.readAllBytes(((SiteFile.Copied) byPath.get(path)).source()));
    }

    SortedSet<String> files() {
        return files;
    }

    byte[] read(String path) throws IOException {
        return reader.read(path);
    }

    /** How a site path is served. */
    record Lookup(String file, String hint) {
        boolean found() {
            return file != null;
        }
    }

    /**
     * Finds the file GitHub Pages serves for a decoded site path: {@code x/} is {@code x/index.html};
     * {@code x} is the file {@code x}, else {@code x.html}, else (after a redirect to {@code x/})
     * {@code x/index.html}.
     */
    Lookup lookup(String sitePath) {
        if (sitePath.isEmpty() || sitePath.endsWith("/")) {
            String index = sitePath + "index.html";
            if (files.contains(index)) {
                return new Lookup(index, "");
            }
            String bare = sitePath.isEmpty() ? "" : sitePath.substring(0, sitePath.length() - 1);
            if (files.contains(bare)) {
                return missing("`" + bare + "` is a file: remove the trailing slash");
            }
            if (files.contains(bare + ".html")) {
                return missing(bare + ".html is served at `" + lastSegment(bare) + "` without the trailing slash");
            }
            if (folders.contains(bare)) {
                return missing("the folder " + (bare.isEmpty() ? "/" : bare + "/") + " has no index.html");
            }
            return missing(caseHint(index));
        }
        if (files.contains(sitePath)) {
            return new Lookup(sitePath, "");
        }
        if (files.contains(sitePath + ".html")) {
            return new Lookup(sitePath + ".html", "");
        }
        if (files.contains(sitePath + "/index.html")) {
            return new Lookup(sitePath + "/index.html", "");
        }
        return missing(caseHint(sitePath));
    }

    /** The published address closest to a path that is not published, as a likely typo of it. */
    Optional<String> closest(String sitePath) {
        return suggestions.computeIfAbsent(sitePath, wanted -> Suggestions.closest(wanted, addresses));
    }

    private Lookup missing(String hint) {
        return new Lookup(null, hint);
    }

    private String caseHint(String path) {
        String other = byLowerCase.get(path.toLowerCase(Locale.ROOT));
        return other != null ? "paths are case-sensitive once published; the site has " + other : "";
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
