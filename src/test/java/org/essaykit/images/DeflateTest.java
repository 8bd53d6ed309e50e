package org.essaykit.images;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our deflate encoder, checked by the JDK's zlib inflater (which also checks the Adler-32 sum). */
class DeflateTest {

    @Test
    void runsOfEveryByteValueAndLengthInflateToTheSameData() throws DataFormatException {
        SplittableRandom random = new SplittableRandom(7);
        Deflate deflate = new Deflate();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < 20_000; i++) {
            int value = random.nextInt(4) == 0 ? 0 : random.nextInt(256);
            int times = random.nextInt(10) == 0 ? random.nextInt(3_000) : 1 + random.nextInt(5);
            deflate.run(value, times);
            for (int t = 0; t < times; t++) {
                expected.write(value);
            }
        }
        assertArrayEquals(expected.toByteArray(), inflate(deflate.finish()));
    }

    @Test
    void emptyAndOneByteAndOneLongRun() throws DataFormatException {
        assertArrayEquals(new byte[0], inflate(new Deflate().finish()));
        Deflate one = new Deflate();
        one.run(200, 1);
        assertArrayEquals(new byte[] {(byte) 200}, inflate(one.finish()));
        Deflate longRun = new Deflate();
        longRun.run(0, 1_000_000);
        byte[] zlib = longRun.finish();
        assertArrayEquals(new byte[1_000_000], inflate(zlib));
        assertTrue(zlib.length < 1_000, "a run costs a few bits per 258 bytes: " + zlib.length);
    }

    @Test
    void skewedFrequenciesStillGiveCodesOfAtMostFifteenBits() throws DataFormatException {
        // Fibonacci-like counts would make the optimal code about 25 deep.
        Deflate deflate = new Deflate();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        long a = 1;
        long b = 1;
        for (int value = 1; value < 27; value++) {
            for (int i = 0; i < a; i++) {
                deflate.run(value, 1);
                deflate.run(value + 100, 1); // no runs: every byte a literal
                expected.write(value);
                expected.write(value + 100);
            }
            long next = a + b;
            a = b;
            b = next;
        }
        int[] lengths = Deflate.Huffman.lengths(new int[] {1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610,
                987, 1597, 2584, 4181, 6765, 10946, 17711}, 7);
        assertTrue(Arrays.stream(lengths).max().orElseThrow() <= 7, Arrays.toString(lengths));
        assertArrayEquals(expected.toByteArray(), inflate(deflate.finish()));
    }

    private static byte[] inflate(byte[] zlib) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(zlib);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated stream");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
