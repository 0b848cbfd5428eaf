package dev.exposure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vector kernels' exponential and logarithm against {@link StrictMath} (fdlibm, within 1 ulp of the true
 * values). Runs only in the build's second test run, with {@code --add-modules jdk.incubator.vector}.
 */
class VectorFunctionsTest {

    private static final long SEED = 0x5EC7_0121L;

    private static VectorKernel kernel;

    @BeforeAll
    static void vectorKernelIsInUse() {
        kernel = VectorKernel.INSTANCE;
        assertThat(kernel).as("this test needs the vector kernel: %s", ExposureKernel.implementation()).isNotNull();
    }

    /** Distance between two doubles of one sign, in units in the last place. */
    private static long ulps(double a, double b) {
        return Math.abs(Double.doubleToLongBits(a) - Double.doubleToLongBits(b));
    }

    /** Checks e^{−x²/2} for every x against StrictMath.exp of the same rounded argument −0.5·x·x. */
    private static void assertDensityWithin(double[] x, long maxUlps, String what) {
        double[] out = new double[x.length];
        kernel.density(x, out);
        for (int i = 0; i < x.length; i++) {
            double argument = -0.5 * x[i] * x[i];
            double expected = argument < -708 ? 0.0 : StrictMath.exp(argument);
            assertThat(ulps(out[i], expected)).as("%s: e^%s (x = %s) = %s, StrictMath %s", what, argument, x[i],
                    out[i], expected).isLessThanOrEqualTo(maxUlps);
        }
    }

    @Test
    void density_randomArgumentsOverTheKernelsRange_within2UlpOfStrictMath() {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] x = new double[4_000_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 37.7 * (2 * random.nextDouble() - 1) * random.nextDouble(); // denser near 0, as in a chain
        }
        assertDensityWithin(x, 2, "seed " + SEED);
    }

    @Test
    void density_argumentsAtAndAroundMultiplesOfLn2_within2UlpOfStrictMath() {
        // the reduction x = k·ln 2 + r changes k there, and |r| is largest half-way between
        double ln2 = Math.log(2);
        double[] x = new double[4 * 1022];
        for (int k = 0; k < 1022; k++) {
            double a = -k * ln2;
            double[] arguments = {a, Math.nextDown(a), a - 0.5 * ln2, Math.nextUp(a - 0.5 * ln2)};
            for (int j = 0; j < 4; j++) {
                x[4 * k + j] = Math.sqrt(-2 * arguments[j]);
            }
        }
        assertDensityWithin(x, 2, "multiples of ln 2");
    }

    @Test
    void density_limits_areExact() {
        double[] x = {0.0, -0.0, 37.6, 37.7, 40, -40, 1e6, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NaN, Double.MIN_VALUE};
        double[] out = new double[x.length];
        kernel.density(x, out);
        assertThat(out[0]).isEqualTo(1.0);
        assertThat(out[1]).isEqualTo(1.0);
        assertThat(out[2]).isPositive(); // −706.9: still a normal double
        assertThat(out[3]).isZero(); // −710.6: below −708, flushed as the scalar kernels flush it
        for (int i = 4; i < 9; i++) {
            assertThat(out[i]).as("x = %s", x[i]).isZero();
        }
        assertThat(out[9]).isNaN(); // so that NaN still shows in a block's sums
        assertThat(out[10]).isEqualTo(1.0);
    }

    /** Checks ln(S/K) for every strike against StrictMath.log of the same rounded ratio. */
    private static void assertLogWithin(double spot, double[] strikes, long maxUlps, String what) {
        double[] out = new double[strikes.length];
        kernel.logRatio(spot, strikes, out);
        for (int i = 0; i < strikes.length; i++) {
            double ratio = spot / strikes[i];
            double expected = StrictMath.log(ratio);
            boolean ok = ratio == 1 ? out[i] == 0 && expected == 0 : ulps(out[i], expected) <= maxUlps;
            assertThat(ok).as("%s: ln(%s / %s) = ln %s = %s, StrictMath %s", what, spot, strikes[i], ratio, out[i],
                    expected).isTrue();
        }
    }

    @Test
    void logRatio_randomRatiosFromOneMillionthToAMillion_within1UlpOfStrictMath() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        double[] strikes = new double[4_000_000];
        for (int i = 0; i < strikes.length; i++) {
            strikes[i] = 500 * Math.exp(random.nextDouble(-14, 14));
        }
        assertLogWithin(500, strikes, 1, "seed " + (SEED + 1));
    }

    @Test
    void logRatio_ratiosNearOne_keepTheirRelativeAccuracy() {
        // at the money ln(S/K) is tiny and must not lose digits to cancellation
        SplittableRandom random = new SplittableRandom(SEED + 2);
        double[] strikes = new double[2_000_000];
        for (int i = 0; i < strikes.length; i++) {
            double eps = Math.pow(10, random.nextDouble(-15, -1)) * (random.nextBoolean() ? 1 : -1);
            strikes[i] = 597.5 * (1 + eps);
        }
        strikes[0] = 597.5;
        strikes[1] = Math.nextUp(597.5);
        strikes[2] = Math.nextDown(597.5);
        assertLogWithin(597.5, strikes, 1, "seed " + (SEED + 2));
    }

    @Test
    void logRatio_aroundTheReductionBoundaryAndPowersOfTwo_within1UlpOfStrictMath() {
        // the significand is halved at √2; powers of two have m = 1 exactly
        double[] strikes = new double[6 * 2 * 1200];
        int n = 0;
        for (int e = -600; e < 600; e++) {
            double p = Math.scalb(1.0, e);
            double root = Math.sqrt(2) * p;
            for (double r : new double[] {p, Math.nextUp(p), Math.nextDown(p), root, Math.nextUp(root),
                Math.nextDown(root)}) {
                strikes[n++] = 1 / r; // S = 1: the ratio is the rounded 1/(1/r)
                strikes[n++] = r;
            }
        }
        assertLogWithin(1.0, strikes, 1, "boundaries");
    }

    @Test
    void logRatio_ratiosOutsideTheNormalRange_areTheScalarLogarithmExactly() {
        // subnormal, zero and infinite ratios take the scalar logarithm lane by lane; the others in the same
        // vector keep the vector result
        double spot = 1e-10;
        double[] strikes = {1e300, 1.7e308, 1e-320, Double.MIN_VALUE, 1e-300, 1, 2, 3, 1e299};
        double[] out = new double[strikes.length];
        kernel.logRatio(spot, strikes, out);
        for (int i = 0; i < strikes.length; i++) {
            double ratio = spot / strikes[i];
            if (ratio < Double.MIN_NORMAL || ratio == Double.POSITIVE_INFINITY) {
                assertThat(out[i]).as("ratio %s", ratio).isEqualTo(Logarithm.log(ratio));
            } else {
                assertThat(ulps(out[i], StrictMath.log(ratio))).as("ratio %s", ratio).isLessThanOrEqualTo(1);
            }
        }
        assertThat(out[2]).isEqualTo(Double.POSITIVE_INFINITY); // 1e-10/1e-320 overflows
        assertThat(out[1]).isEqualTo(StrictMath.log(spot / 1.7e308)); // 5.9e-319, subnormal: fdlibm's own value
    }
}
