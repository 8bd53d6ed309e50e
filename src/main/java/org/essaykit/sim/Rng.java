package org.essaykit.sim;

/**
 * The one random number generator of the simulations: xoshiro128** (Blackman and Vigna), in 32-bit int
 * arithmetic only, so the same seed gives the same numbers on any JVM and in JavaScript or Wasm, where
 * {@code java.util.Random}'s 64-bit arithmetic is slow and its {@code nextInt(bound)} differs.
 */
public final class Rng {

    private int s0;
    private int s1;
    private int s2;
    private int s3;
    /** Marsaglia's polar method makes two normals at a time; the second waits here. */
    private double spareGaussian;
    private boolean hasSpare;

    public Rng(long seed) {
        // Spread the seed over the four words with a bijective 32-bit mixer: different low halves give
        // different words everywhere, and the high half changes all of them too.
        int lo = (int) seed;
        int h = mix((int) (seed >>> 32) + 0x632BE5AB);
        s0 = mix(lo + 0x9E3779B9 ^ h);
        s1 = mix(lo + 0x3C6EF372 ^ h);
        s2 = mix(lo + 0xDAA66D2B ^ h);
        s3 = mix(lo + 0x78DDE6E4 ^ h);
        if ((s0 | s1 | s2 | s3) == 0) {
            s0 = 1; // the all-zero state would repeat zeros forever
        }
    }

    /** A generator in a given state, for checking against the reference implementation. */
    static Rng ofState(int s0, int s1, int s2, int s3) {
        Rng rng = new Rng(0);
        rng.s0 = s0;
        rng.s1 = s1;
        rng.s2 = s2;
        rng.s3 = s3;
        return rng;
    }

    /** A new generator for a sub-task, seeded from this one, so adding draws in one part leaves the other alone. */
    public Rng split() {
        return new Rng((long) nextInt() << 32 ^ (nextInt() & 0xFFFFFFFFL));
    }

    /** MurmurHash3's finalizer. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    /** 32 uniformly random bits. */
    public int nextInt() {
        int result = Integer.rotateLeft(s1 * 5, 7) * 9;
        int t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Integer.rotateLeft(s3, 11);
        return result;
    }

    /** Uniform in [0, bound), without modulo bias (rejection, as {@code java.util.Random} does, but on 31 bits). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        int m = bound - 1;
        int r = nextInt() >>> 1;
        if ((bound & m) == 0) {
            return r & m;
        }
        for (int u = r; u - (r = u % bound) + m < 0; u = nextInt() >>> 1) {
            // reject the top partial block of 31-bit values
        }
        return r;
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        int a = nextInt() >>> 5; // 27 bits
        int b = nextInt() >>> 6; // 26 bits
        return (a * 67108864.0 + b) * 0x1.0p-53;
    }

    /** Uniform in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /** True with probability p. */
    public boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Standard normal, by Marsaglia's polar method with a deterministic log. */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = Math.sqrt(-2 * DetMath.log(s) / s);
        spareGaussian = v * factor;
        hasSpare = true;
        return u * factor;
    }

    /** Exponential with the given rate. */
    public double exponential(double rate) {
        return -DetMath.log(1 - nextDouble()) / rate;
    }
}
