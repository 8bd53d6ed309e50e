package org.essaykit.output;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole built site held in memory, by path inside the site ({@code posts/x/index.html}), as the dev
 * server serves it. Lookups go through this map only, so a request can never name a file outside it.
 *
 * <p>{@link #with} makes the next site from this one and the files an edit changed without copying the map of
 * every file: the changes lie over this snapshot's files, which neither changes.
 */
public final class SiteSnapshot {

    /** When the changes lying over the base reach this share of it, the next snapshot gets a base of its own. */
    private static final int FLATTEN_DIVISOR = 8;

    private final Map<String, SiteFile> base;
    private final Map<String, SiteFile> over;
    private Map<String, SiteFile> all;

    public SiteSnapshot(Collection<SiteFile> files) {
        // A hash map: serve makes one per edit, and a sorted one of 20,000 files costs more than the edit.
        Map<String, SiteFile> byPath = new HashMap<>(files.size() * 2);
        for (SiteFile file : files) {
            byPath.put(file.path(), file);
        }
        this.base = byPath;
        this.over = Map.of();
    }

    private SiteSnapshot(Map<String, SiteFile> base, Map<String, SiteFile> over) {
        this.base = base;
        this.over = over;
    }

    /** This site with some files replaced or added, by path. */
    public SiteSnapshot with(Map<String, SiteFile> changes) {
        if ((over.size() + changes.size()) * FLATTEN_DIVISOR > base.size()) {
            Map<String, SiteFile> flat = new HashMap<>(files());
            flat.putAll(changes);
            return new SiteSnapshot(flat, Map.of());
        }
        Map<String, SiteFile> next = new HashMap<>(over);
        next.putAll(changes);
        return new SiteSnapshot(base, next);
    }

    /** Every file by its path, in no particular order. */
    public synchronized Map<String, SiteFile> files() {
        if (all == null) {
            Map<String, SiteFile> merged = base;
            if (!over.isEmpty()) {
                merged = new HashMap<>(base);
                merged.putAll(over);
            }
            all = Collections.unmodifiableMap(merged);
        }
        return all;
    }

    public Optional<SiteFile> file(String path) {
        SiteFile file = over.get(path);
        return Optional.ofNullable(file != null ? file : base.get(path));
    }

    /**
     * The files of {@code after} that are not the very objects at their places in {@code before}, by path, when
     * each keeps the path of the file it takes the place of; null when the lists differ in length or a path moved.
     * Looks only at the changed places: unchanged files are passed on as the same objects.
     */
    public static Map<String, SiteFile> changedInPlace(List<SiteFile> before, List<SiteFile> after) {
        if (before.size() != after.size()) {
            return null;
        }
        Map<String, SiteFile> changes = new HashMap<>();
        // Compared as Objects: a cast would load every file from memory to check its class.
        List<?> was = before;
        List<?> is = after;
        for (int i = 0; i < is.size(); i++) {
            if (was.get(i) != is.get(i)) {
                if (!before.get(i).path().equals(after.get(i).path())) {
                    return null;
                }
                changes.put(after.get(i).path(), after.get(i));
            }
        }
        return changes;
    }

    /** The bytes of a file: generated ones from memory, copied ones read from their source now. */
    public static byte[] bytes(SiteFile file) throws IOException {
        if (file instanceof SiteFile.Generated generated) {
            return generated.bytes();
        }
        return Files.readAllBytes(((SiteFile.Copied) file).source());
    }
}
