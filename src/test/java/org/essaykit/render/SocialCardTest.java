package org.essaykit.render;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The card image itself: size, determinism, colours of the theme, and text that always fits. */
class SocialCardTest {

    private static SocialCard card;
    private static SocialCard.Fonts fonts;

    @BeforeAll
    static void loadFonts() {
        fonts = SocialCard.load();
        assertFalse(fonts.fallback(), "the DejaVu fonts are installed (.ci/run installs fonts-dejavu-core)");
        card = new SocialCard(fonts);
    }

    @Test
    void aCardIsA1200By630PngInTheThemesColours() throws IOException {
        byte[] png = card.png(new SocialCard.Text("Notes", "Deceptive alignment", "5 May 2023 · alignment"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        assertEquals(0xfbfaf7, image.getRGB(600, 20) & 0xffffff, "the page background");
        assertEquals(0x8c2f1c, image.getRGB(5, 300) & 0xffffff, "the accent bar");
        assertTrue(inked(image, 96, 150, 1104, 500) > 5_000, "the title is drawn");
        assertTrue(png.length < 40_000, "small enough for a site of 10,000 posts: " + png.length + " bytes");
    }

    @Test
    void theSameTextGivesTheSameBytesAndOtherTextOtherBytes() {
        SocialCard.Text text = new SocialCard.Text("Notes", "Same title", "footer");
        byte[] first = card.png(text);
        assertArrayEquals(first, new SocialCard(SocialCard.load()).png(text));
        assertFalse(Arrays.equals(first, card.png(new SocialCard.Text("Notes", "Other title", "footer"))));
    }

    @Test
    void longTitlesWrapWithinTheMarginsAndStopAtFourLines() throws IOException {
        String title = "A title that goes on " + "and on ".repeat(60) + "Supercalifragilisticexpialidocious".repeat(3);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                card.png(new SocialCard.Text("Notes", title, "a footer " + "that is long ".repeat(20)))));
        assertEquals(0, inked(image, 1110, 0, 1200, 630), "nothing drawn in the right margin");
        assertEquals(0, inked(image, 20, 500, 1200, 519), "the title stays above the footer rule");

        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(fonts.title().deriveFont(Font.PLAIN, 48f));
        List<String> lines = CardLines.wrap(metrics, title, SocialCard.TEXT_WIDTH);
        assertTrue(lines.size() > 4, "the test title is longer than four lines");
        lines.forEach(line -> assertTrue(metrics.stringWidth(line) <= 1008, line));
        String fitted = CardLines.fit(metrics, title, SocialCard.TEXT_WIDTH);
        assertTrue(fitted.endsWith("\u2026") && metrics.stringWidth(fitted) <= 1008, fitted);
    }

    @Test
    void cardsDrawnInParallelAreTheBytesOfCardsDrawnOneAfterAnother() throws Exception {
        List<SocialCard.Text> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 48; i++) {
            String title = switch (i % 4) {
                case 0 -> "Post " + i;
                case 1 -> "Ἀλήθεια and обучение: a title with accents, façade " + i;
                case 2 -> "A long title " + "that wraps and wraps ".repeat(12) + i;
                default -> "Deceptive alignment, mesa-optimizers and the inner objective " + i;
            };
            texts.add(new SocialCard.Text(i % 8 == 0 ? "example.org" : "Notes", title, i % 3 == 0 ? "" : "5 May 2023 · x"));
        }
        SocialCard serialCard = new SocialCard(fonts);
        List<byte[]> serial = texts.stream().map(serialCard::png).toList();
        // More threads than this machine has cores, sharing one SocialCard (its designs and canvases), twice.
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(6);
        try {
            for (int round = 0; round < 2; round++) {
                List<byte[]> parallel = pool.submit(() -> texts.parallelStream().map(card::png).toList()).get();
                for (int i = 0; i < texts.size(); i++) {
                    assertArrayEquals(serial.get(i), parallel.get(i), texts.get(i).title());
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void textIsDrawnInBlendsOfItsInkOverTheBackground() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                card.png(new SocialCard.Text("Notes", "Ἀλήθεια, обучение and naïveté", "5 May 2023 · notes"))));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        assertTrue(inked(image, 96, 150, 1104, 500) > 5_000, "the title is drawn");
        assertTrue(inked(image, 96, 540, 1104, 600) > 500, "the footer is drawn");
        int fullInk = 0;
        for (int y = 150; y < 500; y++) {
            for (int x = 96; x < 1104; x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                fullInk += rgb == 0x1c1b19 ? 1 : 0;
                assertTrue(between(rgb, 0xfbfaf7, 0x1c1b19), Integer.toHexString(rgb) + " at " + x + "," + y);
            }
        }
        assertTrue(fullInk > 2_000, "the title's strokes are the text colour: " + fullInk);
        for (int y = 540; y < 600; y++) {
            for (int x = 96; x < 1104; x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                assertTrue(between(rgb, 0xfbfaf7, 0x5e5a53), Integer.toHexString(rgb) + " at " + x + "," + y);
            }
        }
    }

    /** Whether each channel of {@code rgb} lies between those of {@code from} and {@code to}. */
    private static boolean between(int rgb, int from, int to) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int c = (rgb >> shift) & 0xff;
            int a = (from >> shift) & 0xff;
            int b = (to >> shift) & 0xff;
            if (c < Math.min(a, b) || c > Math.max(a, b)) {
                return false;
            }
        }
        return true;
    }

    /** Pixels in the box that are not the background. */
    private static int inked(BufferedImage image, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xfbfaf7) {
                    count++;
                }
            }
        }
        return count;
    }
}
