package org.essaykit.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A minimal PNG encoder for images drawn from a few colours: each pixel becomes the nearest colour of a palette
 * of at most 256, written as an indexed PNG (IHDR, PLTE, one IDAT, IEND, no metadata chunk, so the bytes depend
 * on the pixels only). A social card in true colour is about 70 KB and ImageIO spends some 60 ms on it; indexed
 * with zlib's fastest level it is 25 to 40 KB and about 5 ms, which matters on a site of 10,000 posts (level 6
 * would save a quarter of the bytes for twice the time).
 */
final class Png {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_NONE = 0;

    private Png() {
    }

    /**
     * Blends of {@code background} towards each ink in {@code steps} levels, the ink itself included: the colours
     * anti-aliased drawing of those inks on that background produces.
     */
    static int[] blendPalette(int background, int[] inks, int steps) {
        if (1 + inks.length * steps > 256) {
            throw new IllegalArgumentException("more than 256 colours");
        }
        int[] palette = new int[1 + inks.length * steps];
        palette[0] = background & 0xffffff;
        int at = 1;
        for (int ink : inks) {
            for (int level = 1; level <= steps; level++) {
                palette[at++] = blend(background, ink, level / (double) steps);
            }
        }
        return palette;
    }

    private static int blend(int from, int to, double amount) {
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int a = (from >> shift) & 0xff;
            int b = (to >> shift) & 0xff;
            rgb |= (int) Math.round(a + (b - a) * amount) << shift;
        }
        return rgb;
    }

    /** {@code image} must be {@link BufferedImage#TYPE_INT_RGB}, whose pixels this reads directly. */
    static byte[] encode(BufferedImage image, int[] palette) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an INT_RGB image, got type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream(32 * 1024);
            png.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream ihdr = new DataOutputStream(header);
            ihdr.writeInt(width);
            ihdr.writeInt(height);
            ihdr.write(new byte[] {8, 3, 0, 0, 0}); // 8-bit indices into PLTE, deflate, adaptive filters, no interlace
            chunk(png, "IHDR", header.toByteArray());
            byte[] plte = new byte[3 * palette.length];
            for (int i = 0; i < palette.length; i++) {
                plte[3 * i] = (byte) (palette[i] >> 16);
                plte[3 * i + 1] = (byte) (palette[i] >> 8);
                plte[3 * i + 2] = (byte) palette[i];
            }
            chunk(png, "PLTE", plte);
            chunk(png, "IDAT", indices(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), width, height,
                    palette));
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of palette indices, each after a filter byte; a card has a few hundred distinct colours, each looked up once. */
    private static byte[] indices(int[] pixels, int width, int height, int[] palette) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(32 * 1024);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        Map<Integer, Byte> nearest = new HashMap<>();
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 32 * 1024)) {
            byte[] row = new byte[1 + width];
            row[0] = FILTER_NONE;
            int last = -1;
            byte index = 0;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int pixel = pixels[y * width + x] & 0xffffff;
                    if (pixel != last) {
                        last = pixel;
                        index = nearest.computeIfAbsent(pixel, p -> nearest(palette, p));
                    }
                    row[1 + x] = index;
                }
                out.write(row);
            }
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    private static byte nearest(int[] palette, int rgb) {
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int dr = ((rgb >> 16) & 0xff) - ((palette[i] >> 16) & 0xff);
            int dg = ((rgb >> 8) & 0xff) - ((palette[i] >> 8) & 0xff);
            int db = (rgb & 0xff) - (palette[i] & 0xff);
            int distance = dr * dr + dg * dg + db * db;
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return (byte) best;
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
