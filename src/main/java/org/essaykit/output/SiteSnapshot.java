package org.essaykit.output;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;

/**
 * A whole built site held in memory, by path inside the site ({@code posts/x/index.html}), as the dev
 * server serves it. Lookups go through this map only, so a request can never name a file outside it.
 */
public final class SiteSnapshot {

    private final Map<String, SiteFile> files;

    public SiteSnapshot(Collection<SiteFile> files) {
        // A hash map: serve makes one per edit, and a sorted one of 20,000 files costs more than the edit.
        Map<String, SiteFile> byPath = new HashMap<>(files.size() * 2);
        for (SiteFile file : files) {
            byPath.put(file.path(), file);
        }
        this.files = Collections.unmodifiableMap(byPath);
    }

    /** Every file by its path, in no particular order. */
    public Map<String, SiteFile> files() {
        return files;
    }

    public Optional<SiteFile> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** The bytes of a file: generated ones from memory, copied ones read from their source now. */
    public static byte[] bytes(SiteFile file) throws IOException {
        if (file instanceof SiteFile.Generated generated) {
            return generated.bytes();
        }
        return Files.readAllBytes(((SiteFile.Copied) file).source());
    }
}
