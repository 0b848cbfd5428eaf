package dev.exposure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Checks {@link Exponential#exp} against {@link StrictMath#exp} (fdlibm, within 1 ulp of e^x): random sweeps over
 * the whole fast range and over the kernel's range −d1²/2, the table boundaries, and the slow-path limits.
 */
class ExponentialTest {

    /** Allowed distance from StrictMath.exp, in ulps of the StrictMath result. */
    private static final double MAX_ULPS = 2.0;

    private static final long SEED = 0xE0E0_2024L;

    @Test
    void exp_randomArgumentsOverTheFastRange_within2UlpOfStrictMath() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 2_000_000; i++) {
            double x = -708.0 + 1417.0 * random.nextDouble();
            assertWithinUlps(x, "seed " + SEED + ", point " + i);
        }
    }

    @Test
    void exp_kernelArgumentsMinusHalfD1Squared_within2UlpOfStrictMath() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int i = 0; i < 2_000_000; i++) {
            double d1 = 37.5 * random.nextDouble() * random.nextDouble(); // denser near 0, as in a chain
            assertWithinUlps(-0.5 * d1 * d1, "seed " + (SEED + 1) + ", point " + i);
        }
    }

    @Test
    void exp_multiplesOfTheTableStepAndTheirNeighbours_within2UlpOfStrictMath() {
        double step = Math.log(2.0) / 128;
        for (int k = -130_000; k <= 130_000; k += 7) {
            double x = k * step;
            assertWithinUlps(x, "k=" + k);
            assertWithinUlps(Math.nextUp(x), "k=" + k + " up");
            assertWithinUlps(Math.nextDown(x), "k=" + k + " down");
            assertWithinUlps(x + 0.5 * step, "k=" + k + " midpoint");
        }
    }

    @Test
    void exp_smallArguments_areAccurateRelativeToOne() {
        assertThat(Exponential.exp(0.0)).isEqualTo(1.0);
        assertThat(Exponential.exp(-0.0)).isEqualTo(1.0);
        for (double x = 1e-300; x < 1e-3; x *= 3.7) {
            assertWithinUlps(x, "x=" + x);
            assertWithinUlps(-x, "x=" + -x);
        }
    }

    @Test
    void exp_outsideTheFastRange_isMathExp() {
        double[] xs = {-708.0000001, -720, -745.1, -745.2, -800, -1e300, Double.NEGATIVE_INFINITY, 709.0000001,
            709.78, 710, Double.POSITIVE_INFINITY, Double.NaN};
        for (double x : xs) {
            assertThat(Double.valueOf(Exponential.exp(x))).as("x=" + x).isEqualTo(Double.valueOf(Math.exp(x)));
        }
        assertThat(Exponential.exp(-708.0)).isGreaterThanOrEqualTo(Double.MIN_NORMAL);
        assertThat(Exponential.exp(709.0)).isLessThan(Double.POSITIVE_INFINITY);
    }

    @Test
    void exp_isMonotoneAcrossTableEntries() {
        double x = -1.0;
        double previous = Exponential.exp(x);
        for (int i = 0; i < 100_000; i++) {
            x += 1.0 / 65_536 + 1e-9;
            double next = Exponential.exp(x);
            assertThat(next).as("x=" + x).isGreaterThanOrEqualTo(previous);
            previous = next;
        }
    }

    private static void assertWithinUlps(double x, String where) {
        double expected = StrictMath.exp(x);
        double actual = Exponential.exp(x);
        assertThat(Math.abs(actual - expected)).as(where + ": exp(" + x + ") = " + actual + ", StrictMath " + expected)
                .isLessThanOrEqualTo(MAX_ULPS * Math.ulp(expected));
    }

    @Test
    void expFlushed_nonPositiveArguments_equalsExpDownToMinus708AndZeroBelow() {
        SplittableRandom random = new SplittableRandom(SEED + 7);
        for (int i = 0; i < 1_000_000; i++) {
            double x = -708.0 * random.nextDouble();
            assertThat(Exponential.expFlushed(x)).as("seed %d point %d: %s", SEED + 7, i, x)
                    .isEqualTo(Exponential.exp(x));
        }
        assertThat(Exponential.expFlushed(-708.0)).isEqualTo(Exponential.exp(-708.0)).isPositive();
        assertThat(Exponential.expFlushed(0.0)).isEqualTo(1.0);
        assertThat(Exponential.expFlushed(-0.0)).isEqualTo(1.0);
        for (double x : new double[] {Math.nextDown(-708.0), -720, -745, -800, -1e10, Double.NEGATIVE_INFINITY}) {
            assertThat(Exponential.expFlushed(x)).as("x = %s", x).isZero();
        }
        assertThat(Exponential.expFlushed(Double.NaN)).isNaN();
    }
}
