package org.essaykit.output;

import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a site atomically: all files go into a temporary sibling folder, which then takes the place
 * of the output folder by rename. A build that fails before that leaves the old site untouched.
 */
public final class SiteWriter {

    private static final String NEW = ".new-";
    private static final String OLD = ".old-";

    private SiteWriter() {
    }

    /** Deletes {@code .NAME.new-N} and {@code .NAME.old-N} folders beside {@code target}: what a killed build left. */
    private static void removeLeftovers(Path target) throws IOException {
        Pattern ours = Pattern.compile(Pattern.quote("." + target.getFileName()) + "(" + Pattern.quote(NEW) + "|"
                + Pattern.quote(OLD) + ")[0-9]+");
        List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            leftovers = siblings.filter(p -> ours.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList();
        }
        for (Path leftover : leftovers) {
            deleteTree(leftover);
        }
    }

    /** Reports every output path claimed by more than one file, naming all their origins. */
    public static void checkUniquePaths(Collection<SiteFile> files, Diagnostics diagnostics) {
        Map<String, SiteFile> seen = new HashMap<>();
        for (SiteFile file : files) {
            SiteFile first = seen.putIfAbsent(file.path(), file);
            if (first != null) {
                SourcePos a = first.origin();
                SourcePos b = file.origin();
                SourcePos later = a.compareTo(b) <= 0 ? b : a;
                SourcePos earlier = later == b ? a : b;
                diagnostics.error(later, "two pages would be written to /" + file.path() + " (the other comes from "
                        + earlier + ")", "give one of them a different `permalink:` or file name");
            }
        }
    }

    /**
     * A site being written: a temporary sibling folder of the output folder, which takes the output folder's
     * place on {@link #commit} and is deleted on {@link #close} if it never did. Files can be written into it
     * while the build goes on ({@link #keep}), so a large site's pages need not all be held in memory.
     */
    public static final class Staging implements AutoCloseable {
        private final Path target;
        private final Path root;
        private boolean committed;

        private Staging(Path target, Path root) {
            this.target = target;
            this.root = root;
        }

        /**
         * A new, empty staging folder next to {@code outDir}, after removing the staging and old folders that a
         * build killed half-way left there (only folders named as this class names them: {@code .site.new-N},
         * {@code .site.old-N} for an output folder {@code site}).
         */
        public static Staging beside(Path outDir) throws IOException {
            Path target = outDir.toAbsolutePath().normalize();
            Files.createDirectories(target.getParent());
            removeLeftovers(target);
            return new Staging(target, newFolder(target.getParent(), "." + target.getFileName() + NEW));
        }

        /**
         * Writes a generated file into the staging folder now, and returns it as a file whose bytes are on disk;
         * other files are returned as they are. Safe to call from several threads for different paths.
         */
        public SiteFile keep(SiteFile file) {
            if (!(file instanceof SiteFile.Generated generated)) {
                return file;
            }
            try {
                Path path = write(root, generated);
                return new SiteFile.Copied(file.path(), path, file.origin());
            } catch (IllegalArgumentException | UncheckedIOException e) { // InvalidPathException is an IllegalArgumentException
                // A path no file can have was reported where it was read (front matter); this build will fail, and
                // the file stays in memory rather than stopping the other pages.
                return file;
            }
        }

        /** Writes what is not written yet, then puts the staging folder in the output folder's place. */
        public void commit(List<SiteFile> files) throws IOException {
            writeAll(root, files);
            swap(root, target);
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                deleteTree(root);
            }
        }
    }

    private static void writeAll(Path root, List<SiteFile> files) {
        files.parallelStream().forEach(file -> {
            if (file instanceof SiteFile.Generated generated) {
                write(root, generated);
            } else if (file instanceof SiteFile.Copied copied && !copied.source().startsWith(root)) {
                Path path = place(root, file);
                try {
                    Files.copy(copied.source(), path, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    private static Path write(Path root, SiteFile.Generated file) {
        Path path = place(root, file);
        try {
            Files.write(path, file.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    /** Where a file goes under {@code root}, its folder made. */
    private static Path place(Path root, SiteFile file) {
        Path path = root.resolve(file.path()).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("output path escapes the site folder: " + file.path());
        }
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    /**
     * Moves the old folder aside, the new one in, then deletes the old one. Between the two renames (microseconds)
     * there is no output folder: the JDK cannot exchange two folders atomically (Linux's renameat2 with
     * RENAME_EXCHANGE is out of its reach), and a symbolic link in the output folder's place would change what
     * users and git see there. A build killed there leaves the old site in {@code .NAME.old-N}; the next build
     * removes it.
     */
    private static void swap(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = newFolder(target.getParent(), "." + target.getFileName() + OLD);
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    /**
     * A new empty folder in {@code parent} named {@code prefix} and digits: the process id and a count. Not
     * {@code Files.createTempDirectory}, whose first call seeds {@code SecureRandom}, a noticeable part of a
     * small site's build; names need only be unique, and creating the folder is what makes them so.
     */
    private static Path newFolder(Path parent, String prefix) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int n = 0; ; n++) {
            try {
                return Files.createDirectory(parent.resolve(prefix + pid + n));
            } catch (FileAlreadyExistsException e) {
                // another build of this process, or a leftover of an earlier process with this id: next number
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
