package org.essaykit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shape of the code: the packages form layers, each using only those below it, and nothing outside serve's
 * live layer keeps state from one build to the next (no mutable static anywhere in main code).
 */
class ArchitectureRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/essaykit");
    private static final Path CLASSES = Path.of("target/classes/org/essaykit");

    /** The packages, lowest first: each may use only the packages before it. */
    private static final List<String> LAYERS = List.of(
            "diag", "sim", "math", "content", "cite", "output", "simc", "liquid", "highlight", "images", "markdown", "comments", "graph",
            "render", "check", "pipeline", "live", "serve", "scaffold", "cli");

    private static final Pattern REFERENCE = Pattern.compile("org\\.essaykit\\.([a-z]+)[.;]");
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void everyPackageHasItsPlaceInTheLayers() throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            dirs.filter(Files::isDirectory).forEach(dir -> packages.add(dir.getFileName().toString()));
        }
        assertEquals(new TreeSet<>(LAYERS), packages, "a new package needs its place in LAYERS");
    }

    @Test
    void packagesUseOnlyTheLayersBelowThem() throws IOException {
        List<String> upward = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // Main, above everything
                }
                String own = relative.getName(0).toString();
                String code = COMMENTS.matcher(Files.readString(file)).replaceAll("");
                Matcher m = REFERENCE.matcher(code);
                Set<String> used = new TreeSet<>();
                while (m.find()) {
                    used.add(m.group(1));
                }
                for (String other : used) {
                    if (!other.equals(own) && LAYERS.indexOf(other) > LAYERS.indexOf(own)) {
                        upward.add(relative + " uses " + other + ", a layer above " + own);
                    }
                }
            }
        }
        assertEquals(List.of(), upward);
    }

    @Test
    void noMutableStaticsInMainCode() throws IOException, ReflectiveOperationException {
        List<String> state = new ArrayList<>();
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(CLASSES)) {
            classFiles = files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
        }
        assertTrue(classFiles.size() > 100, "compiled classes found");
        for (Path file : classFiles) {
            String name = "org.essaykit." + CLASSES.relativize(file).toString().replace('/', '.')
                    .replaceAll("\\.class$", "");
            if (name.startsWith("org.essaykit.sim.web.")) {
                continue; // compiled for the browser by TeaVM, not run on the JVM
            }
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) || field.isSynthetic() || field.getName().startsWith("$")) {
                    continue;
                }
                String id = name + "." + field.getName();
                if (!Modifier.isFinal(modifiers)) {
                    state.add(id + " is a static field that is not final");
                } else if (mayHoldState(field.getType())) {
                    field.setAccessible(true);
                    Object value = field.get(null);
                    if (value != null && !immutable(value)) {
                        state.add(id + " holds a mutable " + value.getClass().getName());
                    }
                }
            }
        }
        assertEquals(List.of(), state, "state between builds belongs to a build or to the live layer");
    }

    private static boolean mayHoldState(Class<?> type) {
        return Map.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)
                || ThreadLocal.class.isAssignableFrom(type) || type.getName().startsWith("java.util.concurrent.atomic")
                || StringBuilder.class.isAssignableFrom(type);
    }

    private static boolean immutable(Object value) {
        String type = value.getClass().getName();
        return type.startsWith("java.util.ImmutableCollections") || type.startsWith("java.util.Collections$Unmodifiable")
                || type.startsWith("java.util.Collections$Empty") || type.startsWith("java.util.Collections$Singleton")
                || value.getClass().isEnum();
    }
}
