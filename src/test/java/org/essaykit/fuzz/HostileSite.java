package org.essaykit.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small site with some files made hostile: the minimal test site (config, theme, one post) with {@code files}
 * written over it, as bytes, since some inputs are not valid UTF-8.
 *
 * @param name  what the input is, as a test's display name
 * @param files site-relative path to the bytes written there
 */
record HostileSite(String name, Map<String, byte[]> files) {

    HostileSite {
        files = Map.copyOf(files);
    }

    static HostileSite of(String name, String path, String text) {
        return new HostileSite(name, Map.of(path, text.getBytes(StandardCharsets.UTF_8)));
    }

    static HostileSite bytes(String name, String path, byte[] bytes) {
        return new HostileSite(name, Map.of(path, bytes));
    }

    /** This site with one more file. */
    HostileSite with(String path, String text) {
        Map<String, byte[]> more = new LinkedHashMap<>(files);
        more.put(path, text.getBytes(StandardCharsets.UTF_8));
        return new HostileSite(name, more);
    }

    @Override
    public String toString() {
        return name;
    }
}
