package org.essaykit.images;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A minimal PNG encoder for images drawn from a few colours: an indexed PNG (IHDR, PLTE, one IDAT, IEND, no
 * metadata chunk, so the bytes depend on the pixels only) of rows of palette indices. A social card in true colour
 * is about 70 KB and ImageIO spends some 60 ms on it; indexed and compressed by {@link Deflate}, which knows the
 * rows are mostly runs, it is about 20 KB and takes a fraction of a millisecond, which matters on a site of
 * 10,000 posts.
 */
public final class Png {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_UP = 2;

    private Png() {
    }

    /**
     * Blends of {@code background} towards each ink in {@code steps} levels, the ink itself included: the colours
     * anti-aliased drawing of those inks on that background produces.
     */
    public static int[] blendPalette(int background, int[] inks, int steps) {
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

    /**
     * The PNG of an image given as rows of indices into {@code palette}, all {@code width} long. Rows may be the
     * same array (a card's blank rows are): each row is written as its difference from the row above (PNG's "Up"
     * filter), so a row like the one above is a run of zeros, and a row is compared with the one above at the speed
     * of {@link Arrays#mismatch}, not byte by byte.
     */
    public static byte[] encode(byte[][] rows, int width, int[] palette) {
        byte[] plte = new byte[3 * palette.length];
        for (int i = 0; i < palette.length; i++) {
            plte[3 * i] = (byte) (palette[i] >> 16);
            plte[3 * i + 1] = (byte) (palette[i] >> 8);
            plte[3 * i + 2] = (byte) palette[i];
        }
        return png(width, rows.length, 3, plte, filtered(rows, width)); // 8-bit indices into PLTE
    }

    /**
     * The PNG of a true-colour image (resized copies of images, {@code org.essaykit.images}): rows of RGB or RGBA
     * bytes, {@code width} pixels each, filtered and deflated as {@link #encode} does, no metadata chunk.
     */
    public static byte[] trueColour(byte[][] rows, int width, boolean alpha) {
        return png(width, rows.length, alpha ? 6 : 2, null, filtered(rows, width * (alpha ? 4 : 3)));
    }

    /**
     * The signature, IHDR (8 bits per sample, deflate, adaptive filters, no interlace), the PLTE unless
     * {@code plte} is null, the IDAT and the IEND.
     */
    private static byte[] png(int width, int height, int colourType, byte[] plte, byte[] idat) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream(32 * 1024);
            png.write(SIGNATURE);
            chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                    .put(new byte[] {8, (byte) colourType, 0, 0, 0}).array());
            if (plte != null) {
                chunk(png, "PLTE", plte);
            }
            chunk(png, "IDAT", idat);
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows, each after its filter byte, as the differences from the row above, deflated. */
    private static byte[] filtered(byte[][] rows, int width) {
        Deflate deflate = new Deflate();
        byte[] above = new byte[width]; // the first row's "above" is zeros
        for (byte[] row : rows) {
            if (row.length != width) {
                throw new IllegalArgumentException("rows of " + row.length + " pixels in an image " + width + " wide");
            }
            deflate.run(FILTER_UP, 1);
            int x = 0;
            while (x < width) {
                int difference = (row[x] - above[x]) & 0xff;
                int end = x + 1;
                if (difference == 0) {
                    while (end < width && end - x < 8 && row[end] == above[end]) {
                        end++;
                    }
                    if (end - x == 8) { // a long stretch like the row above: passed over at vector speed
                        int more = Arrays.mismatch(row, end, width, above, end, width);
                        end = more < 0 ? width : end + more;
                    }
                } else {
                    while (end < width && ((row[end] - above[end]) & 0xff) == difference) {
                        end++;
                    }
                }
                deflate.run(difference, end - x);
                x = end;
            }
            above = row;
        }
        return deflate.finish();
    }

    /** Whether {@code png} starts as a PNG does and ends with its IEND chunk: a file written in full. */
    public static boolean complete(byte[] png) {
        byte[] end = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};
        return png.length >= SIGNATURE.length + end.length
                && Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)
                && Arrays.equals(png, png.length - end.length, png.length, end, 0, end.length);
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
