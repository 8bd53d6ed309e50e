package org.essaykit.simc;

import org.essaykit.sim.Simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where one version of a site's simulations is compiled to, in the site's {@code .essaykit-cache/sim/KEY/}: KEY
 * hashes every source's path and text and essaykit's own simulation classes (the API they compile against, the
 * built-in simulations and the page adapters a bundle links in), so a build that changed neither compiles nothing,
 * and a new essaykit never reuses what an old one made.
 *
 * @param folder {@code .essaykit-cache/sim/KEY}
 * @param key    KEY
 */
public record SimCache(Path folder, String key) {

    static final String FOLDER = ".essaykit-cache/sim";

    /** essaykit classes whose bytes change whenever what a site's simulations compile or link against does. */
    private static final List<String> ESSAYKIT_CLASSES = List.of("org/essaykit/sim/Simulation", "org/essaykit/sim/Run",
            "org/essaykit/sim/Param", "org/essaykit/sim/Settings", "org/essaykit/sim/Readout", "org/essaykit/sim/Rng",
            "org/essaykit/sim/DetMath", "org/essaykit/sim/builtin/BuiltInSimulations",
            "org/essaykit/sim/builtin/Evolution", "org/essaykit/sim/builtin/Gridworld",
            "org/essaykit/sim/builtin/InContextGd", "org/essaykit/sim/builtin/Orderings",
            "org/essaykit/sim/host/Chart", "org/essaykit/sim/host/Readouts", "org/essaykit/sim/web/SimPage",
            "org/essaykit/sim/web/SimFigure", "org/essaykit/simc/SimRules");

    static SimCache of(Path siteRoot, Map<Path, String> sources) {
        String key = key(sources);
        return new SimCache(siteRoot.resolve(FOLDER).resolve(key), key);
    }

    /**
     * Deletes what earlier versions of the sources compiled, so the cache holds one version however many edits
     * it has seen; one that cannot be deleted (in use elsewhere) is left for the next build.
     */
    void pruneOthers() {
        deleteSiblings(folder, name -> true);
    }

    /** Deletes the bundles of other sets of built-in simulations than {@code kept}. */
    static void pruneBundlesBeside(Path kept) {
        deleteSiblings(kept, name -> name.startsWith("bundle"));
    }

    private static void deleteSiblings(Path kept, java.util.function.Predicate<String> which) {
        try (Stream<Path> siblings = Files.list(kept.getParent())) {
            for (Path sibling : siblings.filter(p -> !p.equals(kept) && which.test(p.getFileName().toString())).toList()) {
                SimJavac.delete(sibling);
            }
        } catch (IOException | UncheckedIOException e) {
            // kept for the next build to try again
        }
    }

    /** The site's classes, compiled for this JVM and for TeaVM alike. */
    Path classes() {
        return folder.resolve("classes");
    }

    /**
     * A browser bundle of these simulations with the given built-in ones, named after them (simulation names are
     * lower-case words and hyphens): the folder it is in already stands for one version of everything else.
     */
    Path bundle(Collection<String> builtIns) {
        return folder.resolve(String.join("+", java.util.stream.Stream.concat(java.util.stream.Stream.of("bundle"),
                builtIns.stream().sorted()).toList()));
    }

    /** 24 hex digits of SHA-256 over essaykit's simulation classes and every source's path and text. */
    private static String key(Map<Path, String> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            essaykitClassesFingerprint().forEach(digest::update);
            sources.forEach((file, code) -> digest.update((file.toString().replace('\\', '/') + "\0" + code + "\0")
                    .getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each of {@link #ESSAYKIT_CLASSES} as its name, size and CRC-32. Run from the jar, these are read from the jar's
     * directory, which is already in memory: inflating and hashing the class files themselves was a tenth of a small
     * site's build.
     */
    private static List<byte[]> essaykitClassesFingerprint() throws IOException {
        Path classes = essaykitClasses();
        List<byte[]> parts = new java.util.ArrayList<>();
        if (Files.isRegularFile(classes)) {
            try (ZipFile jar = new ZipFile(classes.toFile())) {
                for (String name : ESSAYKIT_CLASSES) {
                    ZipEntry entry = jar.getEntry(name + ".class");
                    parts.add(fingerprint(name, entry == null ? -1 : entry.getSize(), entry == null ? 0 : entry.getCrc()));
                }
            }
        } else {
            for (String name : ESSAYKIT_CLASSES) {
                Path file = classes.resolve(name + ".class");
                byte[] bytes = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
                CRC32 crc = new CRC32();
                if (bytes != null) {
                    crc.update(bytes);
                }
                parts.add(fingerprint(name, bytes == null ? -1 : bytes.length, crc.getValue()));
            }
        }
        return parts;
    }

    private static byte[] fingerprint(String name, long size, long crc) {
        return (name + "\0" + size + "\0" + crc + "\0").getBytes(StandardCharsets.UTF_8);
    }

    /** Where essaykit's own classes are (its jar, or target/classes), which a site's simulations compile against. */
    static Path essaykitClasses() {
        try {
            return Path.of(Simulation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The binary names of the classes compiled into {@code classes}, sorted. */
    static List<String> classNames(Path classes) {
        try (Stream<Path> walk = Files.walk(classes)) {
            return walk.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> classes.relativize(p).toString().replace('\\', '/').replace('/', '.')
                            .replaceFirst("\\.class$", ""))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static URL url(Path folder) {
        try {
            return folder.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
