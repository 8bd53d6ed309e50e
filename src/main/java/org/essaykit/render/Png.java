package org.essaykit.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A minimal PNG encoder for opaque RGB images: one IHDR, one IDAT, IEND, nothing else. ImageIO's writer tries
 * five filters on every row and spends about 60 ms on a social card; the Sub filter alone suits flat colour
 * and anti-aliased text, and with zlib's fast level a card takes a few milliseconds. No metadata chunk (time,
 * gamma, text) is written, so the bytes depend on the pixels only.
 */
final class Png {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_SUB = 1;

    private Png() {
    }

    /** {@code image} must be {@link BufferedImage#TYPE_INT_RGB}, whose pixels this reads directly. */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an INT_RGB image, got type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
            png.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream ihdr = new DataOutputStream(header);
            ihdr.writeInt(width);
            ihdr.writeInt(height);
            ihdr.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits per channel, RGB, deflate, adaptive filters, no interlace
            chunk(png, "IHDR", header.toByteArray());
            chunk(png, "IDAT", pixels(image, width, height));
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each row: the filter byte, then every byte minus the same channel of the pixel to its left. */
    private static byte[] pixels(BufferedImage image, int width, int height) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(64 * 1024);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 64 * 1024)) {
            int[] rgb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            byte[] row = new byte[1 + 3 * width];
            row[0] = FILTER_SUB;
            for (int y = 0; y < height; y++) {
                int left = 0;
                for (int x = 0; x < width; x++) {
                    int pixel = rgb[y * width + x];
                    row[1 + 3 * x] = (byte) ((pixel >> 16) - (left >> 16));
                    row[2 + 3 * x] = (byte) ((pixel >> 8) - (left >> 8));
                    row[3 + 3 * x] = (byte) (pixel - left);
                    left = pixel;
                }
                out.write(row);
            }
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
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
