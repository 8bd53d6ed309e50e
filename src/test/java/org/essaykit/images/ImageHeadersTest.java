package org.essaykit.images;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sizes read from real files' headers: PNG, GIF and JPEG as ImageIO writes them, WebP's three kinds, SVG. */
class ImageHeadersTest {

    private static byte[] written(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void rasterFormatsWrittenByImageIo() throws IOException {
        for (String format : new String[] {"png", "gif", "jpeg", "bmp"}) {
            Optional<ImageSize> size = ImageHeaders.read(written(format, 1234, 567), false);
            assertEquals(format.equals("bmp") ? Optional.empty() : Optional.of(new ImageSize(1234, 567)), size, format);
        }
    }

    @Test
    void webpLossyLosslessAndExtended() {
        byte[] lossy = riff("VP8 ", 30);
        lossy[26] = (byte) 0x20; lossy[27] = 0x03; // 800
        lossy[28] = (byte) 0x58; lossy[29] = 0x02; // 600
        assertEquals(Optional.of(new ImageSize(800, 600)), ImageHeaders.read(lossy, false));
        byte[] lossless = riff("VP8L", 30);
        int bits = (800 - 1) | (600 - 1) << 14;
        for (int i = 0; i < 4; i++) {
            lossless[21 + i] = (byte) (bits >> (8 * i));
        }
        assertEquals(Optional.of(new ImageSize(800, 600)), ImageHeaders.read(lossless, false));
        byte[] extended = riff("VP8X", 30);
        extended[24] = (byte) 0x1F; extended[25] = 0x03; // 799 + 1
        extended[27] = (byte) 0x57; extended[28] = 0x02; // 599 + 1
        assertEquals(Optional.of(new ImageSize(800, 600)), ImageHeaders.read(extended, false));
    }

    @Test
    void svgWidthAndHeightElseViewBox() {
        assertEquals(Optional.of(new ImageSize(300, 150)), svg("<svg xmlns='http://www.w3.org/2000/svg' width='300' height=\"150px\">"));
        assertEquals(Optional.of(new ImageSize(640, 360)), svg("<?xml version='1.0'?>\n<svg viewBox=\"0 0 640 360\">"));
        assertEquals(Optional.of(new ImageSize(320, 180)), svg("<svg width=\"320\" viewBox=\"0,0,640,360\">"));
        assertEquals(Optional.empty(), svg("<svg width=\"100%\">"));
    }

    private static Optional<ImageSize> svg(String text) {
        return ImageHeaders.read(text.getBytes(StandardCharsets.UTF_8), true);
    }

    private static byte[] riff(String chunk, int length) {
        byte[] b = new byte[length];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 4);
        System.arraycopy("WEBP".getBytes(StandardCharsets.US_ASCII), 0, b, 8, 4);
        System.arraycopy(chunk.getBytes(StandardCharsets.US_ASCII), 0, b, 12, 4);
        return b;
    }
}
