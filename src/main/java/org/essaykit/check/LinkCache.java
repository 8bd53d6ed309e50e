package org.essaykit.check;

import org.essaykit.output.JsonWriter;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The external pass's memory between runs: a JSON file of the URLs found ok and when, sorted so that
 * it diffs well and can be committed. Only ok results are kept; broken ones are always checked again,
 * and rate-limited or failing servers never make an entry.
 */
final class LinkCache {

    /** An ok result: when it was checked, the fragments seen present in it, and the redirects on the way. */
    record Entry(Instant checked, List<String> fragments, List<String> redirects) {
        Entry {
            fragments = List.copyOf(new TreeSet<>(fragments));
            redirects = List.copyOf(redirects);
        }
    }

    private final Path file;
    private final Map<String, Entry> entries = new TreeMap<>();

    private LinkCache(Path file) {
        this.file = file;
    }

    /** Reads the cache; a missing or unreadable file is an empty cache (it is only an optimisation). */
    static LinkCache load(Path file) {
        LinkCache cache = new LinkCache(file);
        if (file == null || !Files.isRegularFile(file)) {
            return cache;
        }
        try {
            Object root = new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
            if (root instanceof Map<?, ?> map && map.get("entries") instanceof Map<?, ?> all) {
                all.forEach((url, value) -> {
                    if (value instanceof Map<?, ?> e && e.get("checked") instanceof String checked) {
                        cache.entries.put(url.toString(), new Entry(Instant.parse(checked),
                                strings(e.get("fragments")), strings(e.get("redirects"))));
                    }
                });
            }
        } catch (IOException | YamlEngineException | DateTimeParseException e) {
            cache.entries.clear();
        }
        return cache;
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.forEach(item -> out.add(String.valueOf(item)));
        }
        return out;
    }

    /** The entry when {@code url} was ok less than {@code keep} ago and had every fragment asked for, else null. */
    synchronized Entry fresh(String url, Collection<String> fragments, Instant now, Duration keep) {
        Entry e = entries.get(url);
        boolean fresh = e != null && !e.checked().isAfter(now) && e.checked().plus(keep).isAfter(now)
                && e.fragments().containsAll(fragments);
        return fresh ? e : null;
    }

    synchronized void ok(String url, Instant now, Collection<String> fragments, List<String> redirects) {
        entries.put(url, new Entry(now, new ArrayList<>(fragments), redirects));
    }

    synchronized void forget(String url) {
        entries.remove(url);
    }

    /** Writes the cache without its expired entries. */
    synchronized void save(Instant now, Duration keep) throws IOException {
        if (file == null) {
            return;
        }
        Map<String, Object> out = new TreeMap<>();
        entries.forEach((url, e) -> {
            if (e.checked().plus(keep).isAfter(now)) {
                Map<String, Object> entry = new TreeMap<>();
                entry.put("checked", e.checked().toString());
                entry.put("fragments", e.fragments());
                entry.put("redirects", e.redirects());
                out.put(url, entry);
            }
        });
        Map<String, Object> root = new TreeMap<>();
        root.put("entries", out);
        root.put("version", 1);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, JsonWriter.write(root), StandardCharsets.UTF_8);
    }
}
