package org.essaykit.images;

import java.util.Arrays;

/**
 * A zlib stream (RFC 1950) of one deflate block with Huffman codes made for its data (RFC 1951), for data that is
 * mostly runs of one byte, such as the filtered rows of a social card. The caller says where the runs are
 * ({@link #run}), so no time goes into searching for matches: a run becomes one literal and copies of the byte
 * before (distance 1), and the Adler-32 checksum of a run is computed in one step. zlib's fastest level searched
 * every byte of a card's 756 KB of rows, which was most of the time a card took.
 *
 * <p>Everything here is integer arithmetic over the input, so the bytes are the same on every JVM.
 */
final class Deflate {

    private static final int ADLER_MODULUS = 65521;
    private static final int MAX_MATCH = 258;
    private static final int MIN_MATCH = 3;
    private static final int END_OF_BLOCK = 256;
    private static final int LITERAL_LENGTH_CODES = 286;
    private static final int DISTANCE_CODES = 30;
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51,
            59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4,
            4, 5, 5, 5, 5, 0};
    /** The length code (257-285) of each match length 3-258. */
    private static final short[] LENGTH_CODE = lengthCodes();
    /** The order in which the code lengths of the code-length alphabet are written (RFC 1951, 3.2.7). */
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    /** Literals as their byte value; a copy of the previous byte as {@code -length}. */
    private short[] tokens = new short[32768];
    private int count;
    private final int[] literalFrequencies = new int[LITERAL_LENGTH_CODES];
    /** The last byte of the data so far, or -1 before the first. */
    private int last = -1;
    private long adlerA = 1;
    private long adlerB;

    /** Appends {@code times} copies of {@code value} (0-255). */
    void run(int value, int times) {
        if (times <= 0) {
            return;
        }
        adler(value, times);
        int left = times;
        if (last != value) {
            token(value);
            last = value;
            left--;
        }
        while (left >= MIN_MATCH) {
            int length = Math.min(left, MAX_MATCH);
            if (left - length > 0 && left - length < MIN_MATCH) {
                length = left - MIN_MATCH; // leave a copy long enough to be one
            }
            token(-length);
            left -= length;
        }
        for (; left > 0; left--) {
            token(value);
        }
    }

    /** The zlib stream of everything appended. */
    byte[] finish() {
        token(END_OF_BLOCK);
        int[] literalLengths = Huffman.lengths(literalFrequencies, 15);
        // Every copy is at distance 1 (code 0); code 1 is given a length too, so the distance code is complete.
        int[] distanceLengths = new int[DISTANCE_CODES];
        distanceLengths[0] = 1;
        distanceLengths[1] = 1;

        Bits out = new Bits(count + 64); // codes average well under 8 bits
        out.write(0x78, 8); // deflate, 32 KB window
        out.write(0x01, 8); // fastest level; (0x78 * 256 + 0x01) is a multiple of 31
        out.write(1, 1); // the final block
        out.write(2, 2); // with codes of its own
        writeCodes(out, literalLengths, distanceLengths);
        int[] literalCodes = Huffman.codes(literalLengths);
        int[] distanceCodes = Huffman.codes(distanceLengths);
        for (int i = 0; i < count; i++) {
            int token = tokens[i];
            if (token >= 0) {
                out.write(literalCodes[token], literalLengths[token]);
            } else { // length code, its extra bits, distance code 0: at most 15 + 5 + 1 bits, so one write
                int code = LENGTH_CODE[-token];
                int bits = literalLengths[code];
                int extra = LENGTH_EXTRA[code - 257];
                out.write(literalCodes[code] | (-token - LENGTH_BASE[code - 257]) << bits
                        | distanceCodes[0] << (bits + extra), bits + extra + distanceLengths[0]);
            }
        }
        out.alignToByte();
        int adler = (int) ((adlerB % ADLER_MODULUS) << 16 | (adlerA % ADLER_MODULUS));
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((adler >>> shift) & 0xff, 8);
        }
        return out.toByteArray();
    }

    private void token(int token) {
        if (count == tokens.length) {
            tokens = Arrays.copyOf(tokens, count * 2);
        }
        tokens[count++] = (short) token;
        literalFrequencies[token >= 0 ? token : LENGTH_CODE[-token]]++;
    }

    /**
     * Adler-32 of {@code times} copies of {@code value}: each adds value to A, and B gains A after each byte. The
     * sums are taken modulo 65521 only when they grow large (B is never below A, so A stays small too).
     */
    private void adler(int value, int times) {
        if (times <= 65_535 && adlerB < 1L << 40) {
            adlerB += times * adlerA + value * ((long) times * (times + 1) / 2);
            adlerA += (long) times * value;
            return;
        }
        long n = times;
        long triangle = (n * (n + 1) / 2) % ADLER_MODULUS;
        adlerB = (adlerB + (n % ADLER_MODULUS) * adlerA + triangle * value) % ADLER_MODULUS;
        adlerA = (adlerA + (n % ADLER_MODULUS) * value) % ADLER_MODULUS;
    }

    private static short[] lengthCodes() {
        short[] codes = new short[MAX_MATCH + 1];
        for (int length = MIN_MATCH, code = 0; length <= MAX_MATCH; length++) {
            while (code + 1 < LENGTH_BASE.length && LENGTH_BASE[code + 1] <= length) {
                code++;
            }
            codes[length] = (short) (257 + code);
        }
        return codes;
    }

    /** The block's header: both codes' lengths, run-length coded with a third code (RFC 1951, 3.2.7). */
    private static void writeCodes(Bits out, int[] literalLengths, int[] distanceLengths) {
        int literals = used(literalLengths, 257);
        int distances = used(distanceLengths, 1);
        int[] lengths = new int[literals + distances];
        System.arraycopy(literalLengths, 0, lengths, 0, literals);
        System.arraycopy(distanceLengths, 0, lengths, literals, distances);

        // Each entry: symbol of the code-length alphabet | extra bits' value << 8.
        int[] runs = new int[lengths.length];
        int runCount = 0;
        for (int i = 0; i < lengths.length; ) {
            int value = lengths[i];
            int same = 1;
            while (i + same < lengths.length && lengths[i + same] == value) {
                same++;
            }
            i += same;
            if (value == 0) {
                for (; same >= 11; same -= Math.min(same, 138)) {
                    runs[runCount++] = 18 | (Math.min(same, 138) - 11) << 8;
                }
                if (same >= 3) {
                    runs[runCount++] = 17 | (same - 3) << 8;
                    same = 0;
                }
            } else {
                runs[runCount++] = value;
                for (same--; same >= 3; same -= Math.min(same, 6)) {
                    runs[runCount++] = 16 | (Math.min(same, 6) - 3) << 8;
                }
            }
            for (; same > 0; same--) {
                runs[runCount++] = value;
            }
        }
        int[] frequencies = new int[19];
        for (int r = 0; r < runCount; r++) {
            frequencies[runs[r] & 0xff]++;
        }
        int[] codeLengths = Huffman.lengths(frequencies, 7);
        int[] codes = Huffman.codes(codeLengths);
        int written = CODE_LENGTH_ORDER.length;
        while (written > 4 && codeLengths[CODE_LENGTH_ORDER[written - 1]] == 0) {
            written--;
        }
        out.write(literals - 257, 5);
        out.write(distances - 1, 5);
        out.write(written - 4, 4);
        for (int i = 0; i < written; i++) {
            out.write(codeLengths[CODE_LENGTH_ORDER[i]], 3);
        }
        for (int r = 0; r < runCount; r++) {
            int symbol = runs[r] & 0xff;
            out.write(codes[symbol], codeLengths[symbol]);
            int extra = runs[r] >>> 8;
            switch (symbol) {
                case 16 -> out.write(extra, 2);
                case 17 -> out.write(extra, 3);
                case 18 -> out.write(extra, 7);
                default -> { }
            }
        }
    }

    /** How many of the code's lengths must be written: up to the last non-zero one, at least {@code minimum}. */
    private static int used(int[] lengths, int minimum) {
        int used = lengths.length;
        while (used > minimum && lengths[used - 1] == 0) {
            used--;
        }
        return used;
    }

    /** Canonical Huffman codes (RFC 1951, 3.2.2) with their lengths limited. */
    static final class Huffman {

        private Huffman() {
        }

        /**
         * Code lengths for the symbols' frequencies, none longer than {@code limit}; symbols that never occur get
         * none. When the optimal code is too deep, the frequencies are halved (never to zero) until it is not.
         * At least two symbols get a length, so the code is complete, as inflaters expect.
         */
        static int[] lengths(int[] frequencies, int limit) {
            int[] weights = frequencies.clone();
            long used = Arrays.stream(weights).filter(weight -> weight > 0).count();
            for (int symbol = 0; used < 2; symbol++) {
                if (weights[symbol] == 0) {
                    weights[symbol] = 1;
                    used++;
                }
            }
            while (true) {
                int[] lengths = optimal(weights);
                if (Arrays.stream(lengths).max().orElse(0) <= limit) {
                    return lengths;
                }
                for (int i = 0; i < weights.length; i++) {
                    weights[i] = weights[i] == 0 ? 0 : (weights[i] + 1) / 2;
                }
            }
        }

        /** Huffman's algorithm with two queues over the leaves sorted by weight, then symbol (so it is deterministic). */
        private static int[] optimal(int[] weights) {
            Integer[] leaves = java.util.stream.IntStream.range(0, weights.length).filter(s -> weights[s] > 0)
                    .boxed().sorted((a, b) -> weights[a] != weights[b] ? Integer.compare(weights[a], weights[b])
                            : Integer.compare(a, b))
                    .toArray(Integer[]::new);
            int n = leaves.length;
            long[] weight = new long[2 * n - 1];
            int[] parent = new int[2 * n - 1];
            for (int i = 0; i < n; i++) {
                weight[i] = weights[leaves[i]];
            }
            int nextLeaf = 0;
            int nextNode = n;
            for (int node = n; node < 2 * n - 1; node++) {
                int[] children = new int[2];
                for (int c = 0; c < 2; c++) {
                    boolean leaf = nextLeaf < n && (nextNode >= node || weight[nextLeaf] <= weight[nextNode]);
                    children[c] = leaf ? nextLeaf++ : nextNode++;
                }
                weight[node] = weight[children[0]] + weight[children[1]];
                parent[children[0]] = node;
                parent[children[1]] = node;
            }
            int[] depth = new int[2 * n - 1];
            for (int node = 2 * n - 3; node >= 0; node--) {
                depth[node] = depth[parent[node]] + 1;
            }
            int[] lengths = new int[weights.length];
            for (int i = 0; i < n; i++) {
                lengths[leaves[i]] = depth[i];
            }
            return lengths;
        }

        /** Each symbol's canonical code, bit-reversed: deflate sends a code's first bit first in a stream of bytes filled from bit 0. */
        static int[] codes(int[] lengths) {
            int longest = Arrays.stream(lengths).max().orElse(0);
            int[] perLength = new int[longest + 1];
            for (int length : lengths) {
                perLength[length]++;
            }
            perLength[0] = 0;
            int[] next = new int[longest + 2];
            for (int bits = 1, code = 0; bits <= longest; bits++) {
                code = (code + perLength[bits - 1]) << 1;
                next[bits] = code;
            }
            int[] codes = new int[lengths.length];
            for (int symbol = 0; symbol < lengths.length; symbol++) {
                int length = lengths[symbol];
                if (length > 0) {
                    codes[symbol] = Integer.reverse(next[length]++) >>> (32 - length);
                }
            }
            return codes;
        }
    }

    /** Bits packed into bytes from the lowest bit up, as deflate sends them. */
    private static final class Bits {
        private byte[] bytes;
        private int size;
        private long buffer;
        private int buffered;

        Bits(int capacity) {
            bytes = new byte[capacity];
        }

        /** Up to 32 bits; whole bytes leave the buffer four at a time. */
        void write(int value, int bits) {
            buffer |= (value & 0xffffffffL) << buffered;
            buffered += bits;
            if (buffered >= 32) {
                if (size + 4 > bytes.length) {
                    bytes = Arrays.copyOf(bytes, 2 * bytes.length + 4);
                }
                bytes[size] = (byte) buffer;
                bytes[size + 1] = (byte) (buffer >>> 8);
                bytes[size + 2] = (byte) (buffer >>> 16);
                bytes[size + 3] = (byte) (buffer >>> 24);
                size += 4;
                buffer >>>= 32;
                buffered -= 32;
            }
        }

        /** Pads with zero bits to a whole byte, and moves every buffered byte out. */
        void alignToByte() {
            buffered = (buffered + 7) / 8 * 8;
            for (; buffered > 0; buffered -= 8) {
                if (size == bytes.length) {
                    bytes = Arrays.copyOf(bytes, 2 * bytes.length + 4);
                }
                bytes[size++] = (byte) buffer;
                buffer >>>= 8;
            }
        }

        byte[] toByteArray() {
            alignToByte();
            return Arrays.copyOf(bytes, size);
        }
    }
}
