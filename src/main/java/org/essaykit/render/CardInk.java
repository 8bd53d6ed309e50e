package org.essaykit.render;

import org.essaykit.images.Png;

import java.awt.Color;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A social card's colours, as the palette of its PNG, and its text's ink: text is drawn as grey coverage on a
 * canvas, and each covered pixel becomes the palette's blend of the background towards one ink at that coverage.
 */
final class CardInk {

    /** The inks, in the palette's order. */
    static final int TEXT = 0;
    static final int MUTED = 1;
    static final int ACCENT = 2;
    static final int RULE = 3;

    // The light theme of templates/assets/style.css.
    private static final Color BACKGROUND = new Color(0xfbfaf7);
    private static final Color[] INKS = {new Color(0x1c1b19), new Color(0x5e5a53), new Color(0x8c2f1c),
            new Color(0xdcd6cb)};

    private static final int LEVELS = 63;
    /** Every colour a card can have: anti-aliased text is a blend of the background and one ink (63 levels each). */
    static final int[] PALETTE = Png.blendPalette(BACKGROUND.getRGB(),
            Arrays.stream(INKS).mapToInt(Color::getRGB).toArray(), LEVELS);
    /** For each ink, the palette index of each coverage 0-255 of a pixel by it: its nearest level of blend. */
    private static final byte[][] BLENDS = blends(INKS.length);
    private static final int WIDTH = SocialCard.WIDTH;
    /** A row of a grey canvas where nothing was drawn. */
    private static final byte[] NO_COVERAGE = new byte[WIDTH];
    /** A grey canvas's bytes read eight at a time (WIDTH is a multiple of 8, so every row starts a word). */
    private static final VarHandle PIXELS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private CardInk() {
    }

    /**
     * Each pixel of {@code coverage} (rows top to bottom) that some ink covers, in {@code ink}'s blend; the canvas is
     * left all zero. Blank stretches are passed over at vector speed, and inked ones eight pixels at a time.
     */
    static void overlay(byte[][] rows, byte[][] own, byte[] coverage, int top, int bottom, int ink) {
        byte[] blends = BLENDS[ink];
        for (int y = top; y < bottom; y++) {
            int offset = y * WIDTH;
            byte[] row = null;
            int x = 0;
            while (x < WIDTH) {
                int blank = Arrays.mismatch(coverage, offset + x, offset + WIDTH, NO_COVERAGE, x, WIDTH);
                if (blank < 0) {
                    break;
                }
                x = (x + blank) & ~7;
                if (row == null) {
                    row = writable(rows, own, y);
                }
                // Read on past gaps between glyphs, back to the vector search after 32 blank pixels.
                for (int blankWords = 0; x < WIDTH && blankWords < 4; x += 8) {
                    long word = (long) PIXELS.get(coverage, offset + x);
                    if (word == 0) {
                        blankWords++;
                        continue;
                    }
                    blankWords = 0;
                    PIXELS.set(coverage, offset + x, 0L);
                    for (int i = 0; i < 8; i++, word >>>= 8) {
                        int covered = (int) word & 0xff;
                        if (covered != 0) {
                            row[x + i] = blends[covered];
                        }
                    }
                }
            }
        }
    }

    /** Row {@code y} of {@code rows} as an array of this card's own: {@code own[y]} (or a new one) with its pixels. */
    private static byte[] writable(byte[][] rows, byte[][] own, int y) {
        if (own != null && rows[y] == own[y]) {
            return rows[y];
        }
        byte[] row = own == null ? rows[y].clone() : own[y];
        if (own != null) {
            System.arraycopy(rows[y], 0, row, 0, WIDTH);
        }
        rows[y] = row;
        return row;
    }

    private static byte[][] blends(int inks) {
        byte[][] blends = new byte[inks][256];
        for (int ink = 0; ink < inks; ink++) {
            for (int coverage = 1; coverage < 256; coverage++) {
                int level = (coverage * LEVELS + 127) / 255;
                blends[ink][coverage] = (byte) (level == 0 ? 0 : 1 + ink * LEVELS + level - 1);
            }
        }
        return blends;
    }

    /** The palette index of an ink at full coverage. */
    static byte full(int ink) {
        return BLENDS[ink][255];
    }
}
