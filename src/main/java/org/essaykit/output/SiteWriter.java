package org.essaykit.output;

import org.essaykit.diag.Diagnostics;
import org.essaykit.diag.SourcePos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a site atomically: all files go into a temporary sibling folder, which then takes the place
 * of the output folder by rename. A build that fails before that leaves the old site untouched.
 */
public final class SiteWriter {

    private SiteWriter() {
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

    /** Writes {@code files} as the complete content of {@code outDir}, replacing what was there. */
    public static void replace(Path outDir, List<SiteFile> files) throws IOException {
        Path target = outDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
        try {
            writeAll(staging, files);
            swap(staging, target);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    private static void writeAll(Path root, List<SiteFile> files) {
        files.parallelStream().forEach(file -> {
            Path path = root.resolve(file.path()).normalize();
            if (!path.startsWith(root)) {
                throw new IllegalArgumentException("output path escapes the site folder: " + file.path());
            }
            try {
                Files.createDirectories(path.getParent());
                if (file instanceof SiteFile.Generated generated) {
                    Files.write(path, generated.bytes());
                } else if (file instanceof SiteFile.Copied copied) {
                    Files.copy(copied.source(), path, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Moves the old folder aside, the new one in, then deletes the old one: no moment without a site. */
    private static void swap(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
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
