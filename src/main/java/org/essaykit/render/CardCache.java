package org.essaykit.render;

import org.essaykit.images.Png;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Social cards kept between builds in the site folder's {@code .essaykit-cache/cards/}: drawing and encoding one
 * takes about a millisecond of CPU, reading it back far less. A card's file is named by a hash of all its pixels
 * depend on (its text, the fonts, {@link SocialCard#DESIGN}), so a cached card is byte for byte the card a
 * build would draw. After each build only the cards it used are kept. The cache is an optimisation only: when it
 * cannot be read or written, cards are drawn.
 */
final class CardCache {

    static final String FOLDER = ".essaykit-cache/cards";

    /** Null: no caching (builds of sites in memory only). */
    private final Path folder;
    private final String fonts;
    /**
     * The cards in the folder when the build began: a first build tries to read none of its 10,000 cards. Null when
     * not listed: each card is looked for, which costs less for a few cards than listing them all.
     */
    private final Set<String> present;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private CardCache(Path folder, String fonts, boolean listed) {
        this.folder = folder;
        this.fonts = fonts;
        this.present = folder == null ? Set.of() : listed ? list(folder) : null;
        if (folder != null) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                // cards are drawn every time
            }
        }
    }

    /** The cache of the site in {@code siteFolder}, or none when {@code siteFolder} is null. */
    static CardCache of(Path siteFolder, SocialCard.Fonts fonts) {
        return new CardCache(siteFolder == null ? null : siteFolder.resolve(FOLDER), SocialCard.describe(fonts), true);
    }

    /** The same, for a few cards: serve's new title needs one card of a folder holding one per post. */
    static CardCache forFew(Path siteFolder, SocialCard.Fonts fonts) {
        return new CardCache(siteFolder == null ? null : siteFolder.resolve(FOLDER), SocialCard.describe(fonts), false);
    }

    private static Set<String> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) { // no cache yet
            return Set.of();
        }
    }

    /** The card of {@code text}: from the cache, else drawn by {@code draw} and kept. */
    byte[] card(SocialCard.Text text, Function<SocialCard.Text, byte[]> draw) {
        if (folder == null) {
            return draw.apply(text);
        }
        String name = name(text);
        used.add(name);
        Path file = folder.resolve(name);
        if (present == null || present.contains(name)) {
            try {
                byte[] png = Files.readAllBytes(file);
                if (Png.complete(png)) {
                    return png;
                }
            } catch (IOException e) {
                // drawn below
            }
        }
        byte[] png = draw.apply(text);
        keep(file, png);
        return png;
    }

    /** Deletes the cards this build did not use, so that the cache holds one card per post. */
    void pruneUnused() {
        if (folder == null || !Files.isDirectory(folder)) {
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

    /**
     * Writes the card in place: a temporary file renamed over it cost twice the file system's time, as much as
     * drawing the card. A write cut short (a killed build) leaves a PNG without its end, which {@link #card} does
     * not take; two builds writing one card write the same bytes.
     */
    private static void keep(Path file, byte[] png) {
        try {
            Files.write(file, png);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // drawn again next time
            }
        }
    }

    private String name(SocialCard.Text text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {SocialCard.DESIGN, fonts, text.label(), text.title(), text.footer()}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()) + ".png";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
