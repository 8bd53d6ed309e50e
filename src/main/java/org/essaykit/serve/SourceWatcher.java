package org.essaykit.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

/**
 * Watches a site's source trees ({@code content/}, which holds the config, and {@code templates/}) and
 * hands out what changed in batches. A batch ends when no event arrives for {@link #QUIET_MILLIS}: an
 * editor's save (truncate, write, rename) is one batch, and saves made while a rebuild runs are all
 * collected into the next one, without adding a fixed delay to every edit.
 */
final class SourceWatcher implements AutoCloseable {

    static final long QUIET_MILLIS = 3;

    private final WatchService service;
    private final Path root;
    private final List<String> trees;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    /** @param trees folder names inside {@code root}; each is watched with all its subfolders, now and later */
    SourceWatcher(Path root, List<String> trees) throws IOException {
        this.root = root;
        this.trees = List.copyOf(trees);
        this.service = FileSystems.getDefault().newWatchService();
        register(root); // to see a watched tree created after the start
        for (String tree : trees) {
            registerTree(root.resolve(tree), new TreeSet<>());
        }
    }

    /**
     * Waits for the next batch of changes.
     *
     * @return absolute paths of files and folders created, modified or deleted; never empty
     * @throws ClosedWatchServiceException once {@link #close} was called
     */
    Set<Path> next() throws InterruptedException {
        Set<Path> changed = new TreeSet<>();
        while (changed.isEmpty()) { // a batch of ignored names (a swap file, site/) is no change
            collect(service.take(), changed);
            for (WatchKey key; (key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
                collect(key, changed);
            }
        }
        return changed;
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                trees.forEach(tree -> registerTree(root.resolve(tree), changed)); // events were lost: all may have changed
                continue;
            }
            Path child = folder.resolve((Path) event.context());
            if (ignored(folder, child)) {
                continue;
            }
            changed.add(child);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(child, changed); // files written into it before it was registered count too
            }
        }
        if (!key.reset()) {
            folders.remove(key); // the folder is gone
        }
    }

    /** Editors' swap and backup files, and, at the root, everything but the watched trees (e.g. site/). */
    private boolean ignored(Path folder, Path child) {
        String name = child.getFileName().toString();
        if (folder.equals(root)) {
            return !trees.contains(name);
        }
        return name.startsWith(".") || name.endsWith("~");
    }

    /**
     * Watches a folder, then lists it: whatever appears after the registration makes an event, whatever
     * was there before is listed, so nothing created while a new tree is being filled is missed.
     */
    private void registerTree(Path folder, Set<Path> found) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        register(folder);
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.toList()) {
                if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    registerTree(child, found);
                } else {
                    found.add(child);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the folder vanished meanwhile: its delete event follows and is handled then
        }
    }

    private void register(Path folder) {
        try {
            folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
        } catch (IOException e) {
            // deleted again before we got to it: nothing to watch
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
