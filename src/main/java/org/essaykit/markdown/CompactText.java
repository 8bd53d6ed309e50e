package org.essaykit.markdown;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Text kept compressed until it is read, when memory asks for it: a build holds every rendered body from the
 * Markdown stage until its page is written, and at 100,000 posts the bodies as strings would take more memory than
 * everything else together. Rendered HTML is repetitive and shrinks to about a third with the fastest DEFLATE
 * level; but deflating and inflating cost most of what parsing it did, so a {@link Store} keeps texts as they are
 * until they add up to its budget, and compresses only the texts after. Only the text ever reaches a page, so how
 * it was kept cannot change the output.
 */
public final class CompactText {

    /** Null when the text is kept as it is. */
    private final byte[] deflated;
    /** Null when the text is kept compressed. */
    private final String plain;
    /** The length of the text in UTF-8, when compressed. */
    private final int length;
    /** The text's hash, made with the compressed bytes; a text kept as it is has its string's. */
    private int hash;

    private CompactText(byte[] deflated, String plain, int length) {
        this.deflated = deflated;
        this.plain = plain;
        this.length = length;
    }

    /** The text, compressed. */
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
            CompactText compressed = new CompactText(Arrays.copyOf(out, size), null, utf8.length);
            compressed.hash = text.hashCode(); // the text's, as a text kept as it is hashes: equal texts, equal hashes
            return compressed;
        } finally {
            deflater.end();
        }
    }

    /**
     * Keeps texts as they are until they add up to a number of bytes, and compresses every text after: a small
     * site's bodies cost nothing to keep, a large site's cost at most the budget more than compressed ones. Safe
     * for the threads of a build; a build (or a session of {@code serve}) has one.
     */
    public static final class Store {
        /** The share of the largest heap that texts kept as they are may take: 1/32. */
        private static final int HEAP_SHARE = 32;

        private final AtomicLong left;

        /** @param plainBytes how many bytes of texts to keep as they are; 0 compresses every text */
        public Store(long plainBytes) {
            this.left = new AtomicLong(plainBytes);
        }

        /** The budget for this JVM: 1/32 of its largest heap (190 MB of a 6 GB heap, 128 MB of {@code -Xmx4g}). */
        public static long defaultBudget() {
            return Runtime.getRuntime().maxMemory() / HEAP_SHARE;
        }

        public CompactText keep(String text) {
            long bytes = 2L * text.length(); // a string takes at most two bytes a character
            return left.get() >= bytes && left.addAndGet(-bytes) >= 0 ? new CompactText(null, text, -1) : of(text);
        }
    }

    /** The text; decompressed anew on each call when compressed: keep the result only as long as it is needed. */
    @Override
    public String toString() {
        if (plain != null) {
            return plain;
        }
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
        return plain != null ? plain.isEmpty() : length == 0;
    }

    /** The same text, however each is kept. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof CompactText text)) {
            return false;
        }
        if (deflated != null && text.deflated != null) {
            return length == text.length && Arrays.equals(deflated, text.deflated);
        }
        return hashCode() == text.hashCode() && toString().equals(text.toString());
    }

    @Override
    public int hashCode() {
        return plain != null ? plain.hashCode() : hash;
    }
}
