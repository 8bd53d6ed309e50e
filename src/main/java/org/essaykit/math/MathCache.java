package org.essaykit.math;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Each formula's MathML for the life of a build (or of {@code serve}): a formula met again, on this page or
 * another, is not converted again. Keyed by the formula's text and mode, which is all the result depends on.
 * With a folder (the site's {@code .essaykit-cache/math/}) results are also kept between builds, one file per
 * formula named by a hash of the converter's bundle, our repairs' version, the mode and the TeX: a build whose
 * formulas are all there never loads the converter (most of a second), and a file read back holds exactly what
 * converting would give. The folder is only an optimisation: when it cannot be read or written, formulas are
 * converted. Thread-safe.
 */
public final class MathCache {

    /** The site folder's cache of converted formulas. */
    public static final String FOLDER = ".essaykit-cache/math";
    /** Raised whenever what we do to Temml's output ({@link StyleAttributes}, {@link MathMlRepair}) changes. */
    private static final String OUR_VERSION = "repair-1";

    private record Formula(String tex, boolean display) {
    }

    /** More distinct formulas than a large site has; past it (a long serve session of edits) the map starts over. */
    private static final int KEPT = 100_000;

    private final Map<Formula, TexResult> results = new ConcurrentHashMap<>();
    /** Null: kept in memory only. */
    private final Path folder;
    /** The files of the folder this cache asked for: the others are formulas no page has any more. */
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** Results kept for the life of this object only. */
    public MathCache() {
        this(null);
    }

    /** Results kept in {@code folder} too, for the next build; null keeps them in memory only. */
    public MathCache(Path folder) {
        this.folder = folder;
    }

    public TexResult convert(String tex, boolean display) {
        Formula formula = new Formula(tex, display);
        TexResult known = results.get(formula);
        if (known != null) {
            return known;
        }
        // Not computeIfAbsent: conversions wait for each other in Temml anyway, and a lock on the map's bin
        // would hold other formulas' lookups behind a slow one.
        TexResult result = folder == null ? Temml.shared().convert(tex, display) : fromDisk(formula);
        if (results.size() >= KEPT) {
            results.clear(); // bounded: formulas no longer on any page go too; the folder still has them
        }
        results.putIfAbsent(formula, result);
        return result;
    }

    private TexResult fromDisk(Formula formula) {
        String name = fileName(formula);
        used.add(name);
        Path file = folder.resolve(name);
        try {
            TexResult kept = decode(Files.readString(file, StandardCharsets.UTF_8));
            if (kept != null) {
                return kept;
            }
        } catch (IOException | RuntimeException e) {
            // not there, or unreadable: converted below
        }
        TexResult result = Temml.shared().convert(formula.tex(), formula.display());
        try {
            Files.createDirectories(folder);
            // Written aside, then moved into place: another build or thread never reads half a file.
            Path partial = Files.createTempFile(folder, "formula", ".part");
            Files.writeString(partial, encode(result), StandardCharsets.UTF_8);
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // converted again next time
        }
        return result;
    }

    /**
     * Deletes the folder's formulas this cache did not ask for: after a build has rendered every page, those are
     * formulas no page has any more, and the folder would otherwise grow with every edit.
     */
    public void pruneUnused() {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".mathml")).toList()) {
                if (!used.contains(file.getFileName().toString())) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // a cache that cannot be tidied only takes more room
        }
    }

    /** {@code ok} and the MathML, or {@code error}, the offset and the message, one per line. */
    static String encode(TexResult result) {
        return result.ok() ? "ok\n" + result.mathml() : "error\n" + result.offset() + "\n" + result.error();
    }

    /** What {@link #encode} wrote, or null for anything else. */
    static TexResult decode(String text) {
        if (text.startsWith("ok\n")) {
            return TexResult.ok(text.substring(3));
        }
        String[] error = text.split("\n", 3);
        if (error.length == 3 && error[0].equals("error")) {
            return TexResult.failed(error[2], Integer.parseInt(error[1]));
        }
        return null;
    }

    private static String fileName(Formula formula) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Temml.bundleDigest());
            sha.update((OUR_VERSION + '\n' + (formula.display() ? "display" : "inline") + '\n')
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(formula.tex().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()) + ".mathml";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
