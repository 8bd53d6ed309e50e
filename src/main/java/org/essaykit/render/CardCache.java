package org.essaykit.render;

import org.essaykit.images.FileCache;
import org.essaykit.images.Png;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * Social cards kept between builds in the site folder's {@code .essaykit-cache/cards/}: drawing and encoding one
 * takes about a millisecond of CPU, reading it back far less. A card's file is named by a hash of all its pixels
 * depend on (its text, the fonts, {@link SocialCard#DESIGN}), so a cached card is byte for byte the card a
 * build would draw. After each build only the cards it used are kept.
 */
final class CardCache {

    static final String FOLDER = ".essaykit-cache/cards";

    private final FileCache files;
    private final String fonts;

    private CardCache(Path siteFolder, SocialCard.Fonts fonts, boolean listed) {
        this.files = new FileCache(siteFolder == null ? null : siteFolder.resolve(FOLDER), listed);
        this.fonts = SocialCard.describe(fonts);
    }

    /** The cache of the site in {@code siteFolder}, or none when {@code siteFolder} is null. */
    static CardCache of(Path siteFolder, SocialCard.Fonts fonts) {
        return new CardCache(siteFolder, fonts, true);
    }

    /** The same, for a few cards: serve's new title needs one card of a folder holding one per post. */
    static CardCache forFew(Path siteFolder, SocialCard.Fonts fonts) {
        return new CardCache(siteFolder, fonts, false);
    }

    /** The card of {@code text}: from the cache, else drawn by {@code draw} and kept. */
    byte[] card(SocialCard.Text text, Function<SocialCard.Text, byte[]> draw) {
        return files.get(name(text), Png::complete, () -> draw.apply(text));
    }

    /** Deletes the cards this build did not use, so that the cache holds one card per post. */
    void pruneUnused() {
        files.pruneUnused();
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
