package org.essaykit.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Files made by a build and kept for the next one, in a folder of the site's {@code .essaykit-cache/} (resized
 * images, social cards), each named by a hash of everything its bytes depend on, so a file read back is byte for
 * byte the file the build would make. Only an optimisation: when the folder cannot be read or written, the files
 * are made again.
 */
public final class FileCache {

    /** Null: nothing is kept (a site in memory only). */
    private final Path folder;
    /**
     * The files in the folder when the build began: a first build tries to read none of its 10,000 cards. Null when
     * not listed: each file is looked for, which costs less for a few files than listing them all.
     */
    private final Set<String> present;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /**
     * @param folder the cache's folder, made when missing; null for no cache
     * @param listed list the folder once (a build asks for many files), rather than look for each file asked for
     */
    public FileCache(Path folder, boolean listed) {
        this.folder = folder;
        Set<String> found = null;
        if (folder != null) {
            try {
                Files.createDirectories(folder);
                if (listed) {
                    try (Stream<Path> files = Files.list(folder)) {
                        found = files.map(f -> f.getFileName().toString()).collect(Collectors.toUnmodifiableSet());
                    }
                }
            } catch (IOException e) {
                found = Set.of(); // nothing read back: every file is made
            }
        }
        this.present = found;
    }

    /** The file called {@code name}: read back when it is there and {@code complete}, else made and kept. */
    public byte[] get(String name, Predicate<byte[]> complete, Supplier<byte[]> make) {
        if (folder == null) {
            return make.get();
        }
        used.add(name);
        Path file = folder.resolve(name);
        if (present == null || present.contains(name)) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                if (complete.test(bytes)) {
                    return bytes;
                }
            } catch (IOException e) {
                // made below
            }
        }
        byte[] bytes = make.get();
        try {
            // In place: a temporary file renamed over it cost as much as drawing a card. A write cut short (a
            // killed build) is not complete, so it is made again; two builds writing one file write the same bytes.
            Files.write(file, bytes);
        } catch (IOException e) {
            // made again next time
        }
        return bytes;
    }

    /** Deletes the files this build did not ask for, so that the cache holds only what the site uses. */
    public void pruneUnused() {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (!used.contains(file.getFileName().toString())) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // a cache that cannot be tidied only takes more room
        }
    }
}
