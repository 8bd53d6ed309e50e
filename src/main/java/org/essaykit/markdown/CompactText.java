package org.essaykit.markdown;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Text kept compressed until it is read: a build holds every rendered body from the Markdown stage until its page
 * is written, and at 100,000 posts the bodies as strings would take more memory than everything else together.
 * Rendered HTML is repetitive and shrinks to about a third with the fastest DEFLATE level, which costs a few
 * percent of the time it took to render; only the decompressed text ever reaches a page, so the compressor's
 * choices cannot change the output.
 */
public final class CompactText {

    private final byte[] deflated;
    /** The length of the text in UTF-8. */
    private final int length;

    private CompactText(byte[] deflated, int length) {
        this.deflated = deflated;
        this.length = length;
    }

    public static CompactText of(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(utf8);
            deflater.finish();
            byte[] out = new byte[utf8.length / 2 + 64];
            int size = 0;
            while (!deflater.finished()) {
                if (size == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                size += deflater.deflate(out, size, out.length - size);
            }
            return new CompactText(Arrays.copyOf(out, size), utf8.length);
        } finally {
            deflater.end();
        }
    }

    /** The text, decompressed anew on each call: keep the result only as long as it is needed. */
    @Override
    public String toString() {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            byte[] utf8 = new byte[length];
            int size = 0;
            while (size < length) {
                int n = inflater.inflate(utf8, size, length - size);
                if (n == 0 && (inflater.finished() || inflater.needsInput())) {
                    throw new IllegalStateException("compressed text ended early");
                }
                size += n;
            }
            return new String(utf8, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("compressed text is damaged", e);
        } finally {
            inflater.end();
        }
    }

    public boolean isEmpty() {
        return length == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompactText text && length == text.length && Arrays.equals(deflated, text.deflated);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(deflated) + length;
    }
}
