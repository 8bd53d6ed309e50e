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
 * Files made by a build and kept for the next one, in a folder of the site's {@code .essaykit-cache/}, each named
 * by a hash of everything its bytes depend on, so a file read back is byte for byte the file the build would make.
 * Only an optimisation: when the folder cannot be read or written, the files are made again.
 */
final class FileCache {

    private final Path folder;
    private final Set<String> present;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    FileCache(Path folder) {
        this.folder = folder;
        Set<String> listed;
        try {
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.list(folder)) {
                listed = files.map(f -> f.getFileName().toString()).collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException e) {
            listed = Set.of();
        }
        this.present = listed;
    }

    /** The file called {@code name}: read back when it is there and {@code complete}, else made and kept. */
    byte[] get(String name, Predicate<byte[]> complete, Supplier<byte[]> make) {
        used.add(name);
        Path file = folder.resolve(name);
        if (present.contains(name)) {
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
            Files.write(file, bytes); // a write cut short is not complete, and is made again
        } catch (IOException e) {
            // made again next time
        }
        return bytes;
    }

    /** Deletes the files this build did not ask for. */
    void pruneUnused() {
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
