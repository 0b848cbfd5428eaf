package dev.exposure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Checks {@link Logarithm#log} against {@link StrictMath#log} (fdlibm, within 1 ulp of ln x): random sweeps over
 * all normal doubles, over the kernel's range of S/K and around 1, the subinterval boundaries, powers of two, and
 * the slow-path arguments.
 */
class LogarithmTest {

    /** Allowed distance from StrictMath.log, in ulps of the StrictMath result. */
    private static final double MAX_ULPS = 1.0;

    private static final long SEED = 0x106_2024L;

    @Test
    void log_randomNormalDoubles_within1UlpOfStrictMath() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 2_000_000; i++) {
            double x = Double.longBitsToDouble(random.nextLong(0x0010000000000000L, 0x7ff0000000000000L));
            assertWithinUlps(x, "seed " + SEED + ", point " + i);
        }
    }

    @Test
    void log_moneynessRange_within1UlpOfStrictMath() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int i = 0; i < 2_000_000; i++) {
            double x = Math.exp(9.2 * (random.nextDouble() - 0.5)); // S/K from 0.01 to 100
            assertWithinUlps(x, "seed " + (SEED + 1) + ", point " + i);
        }
    }

    @Test
    void log_nearOne_keepsItsRelativeAccuracy() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        for (int i = 0; i < 1_000_000; i++) {
            double scale = Math.pow(2.0, -60 * random.nextDouble()); // |x − 1| from 1 down to 2^−60
            double x = 1.0 + scale * (random.nextDouble() - 0.5);
            assertWithinUlps(x, "seed " + (SEED + 2) + ", point " + i);
        }
        assertThat(Logarithm.log(1.0)).isEqualTo(0.0);
        assertThat(Logarithm.log(Math.nextUp(1.0))).isEqualTo(StrictMath.log(Math.nextUp(1.0)));
        assertThat(Logarithm.log(Math.nextDown(1.0))).isEqualTo(StrictMath.log(Math.nextDown(1.0)));
    }

    @Test
    void log_subintervalBoundariesAndPowersOfTwo_within1UlpOfStrictMath() {
        for (int e = -1022; e <= 1023; e += 3) {
            double twoToE = Math.scalb(1.0, e);
            assertWithinUlps(twoToE, "2^" + e);
            for (int i = 0; i <= 128; i++) {
                double z = Double.longBitsToDouble(0x3fe6000000000000L + ((long) i << 45));
                double x = Math.scalb(z, e);
                if (x >= Double.MIN_NORMAL && x <= Double.MAX_VALUE) {
                    assertWithinUlps(x, "boundary " + i + " at 2^" + e);
                    assertWithinUlps(Math.nextDown(x), "below boundary " + i + " at 2^" + e);
                    assertWithinUlps(Math.nextUp(x), "above boundary " + i + " at 2^" + e);
                }
            }
        }
    }

    @Test
    void log_slowPathArguments_areStrictMathLog() {
        double[] xs = {0.0, -0.0, Double.MIN_VALUE, 1e-310, Math.nextDown(Double.MIN_NORMAL), -1.0, -1e-300,
            Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NaN};
        for (double x : xs) {
            assertThat(Double.valueOf(Logarithm.log(x))).as("x=" + x).isEqualTo(Double.valueOf(StrictMath.log(x)));
        }
        assertWithinUlps(Double.MIN_NORMAL, "MIN_NORMAL");
        assertWithinUlps(Double.MAX_VALUE, "MAX_VALUE");
    }

    @Test
    void log_isMonotoneAroundOne() {
        double x = 0.98;
        double previous = Logarithm.log(x);
        for (int i = 0; i < 100_000; i++) {
            x += 1.0 / 2_500_000 + 1e-12;
            double next = Logarithm.log(x);
            assertThat(next).as("x=" + x).isGreaterThanOrEqualTo(previous);
            previous = next;
        }
    }

    private static void assertWithinUlps(double x, String where) {
        double expected = StrictMath.log(x);
        double actual = Logarithm.log(x);
        assertThat(Math.abs(actual - expected)).as(where + ": log(" + x + ") = " + actual + ", StrictMath " + expected)
                .isLessThanOrEqualTo(MAX_ULPS * Math.ulp(expected));
    }
}
