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
        List<String> lines = SocialCard.wrap(metrics, title);
        assertTrue(lines.size() > 4, "the test title is longer than four lines");
        lines.forEach(line -> assertTrue(metrics.stringWidth(line) <= 1008, line));
        String fitted = SocialCard.fit(metrics, title);
        assertTrue(fitted.endsWith("\u2026") && metrics.stringWidth(fitted) <= 1008, fitted);
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
