package dev.exposure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link NormalDistribution} against the independent {@link BigDecimal} reference {@link NormalReference}
 * (reference values), at its limits (tails, underflow, infinities, NaN, the switches between Cody's intervals)
 * and for its invariants (symmetry, agreement of the two {@code cdf} forms).
 */
class NormalDistributionTest {

    /** Relative error allowed for {@code cdf(x)} wherever N(x) is a normal double: about ten ulps. */
    private static final double CDF_REL_TOL = 2e-15;

    /**
     * Relative error allowed for {@code cdf(x, Math.exp(-x * x / 2))} for |x| <= 37: the caller's exponential
     * carries up to x²/2 · 2⁻⁵³ ≈ 7.6e-14 from the rounding of x².
     */
    private static final double CDF_WITH_EXP_REL_TOL = 1e-13;

    /** Absolute error allowed where 1 − N(x) is below an ulp of 1, and for N(x) + N(−x) = 1. */
    private static final double ABS_TOL_NEAR_ONE = 1e-16;

    /** Allowed relative jump, beyond the true change, between neighbouring doubles across an interval switch. */
    private static final double SWITCH_CONTINUITY_REL_TOL = 1e-15;

    /** Allowed relative distance from a published 16-17 digit value: two ulps (the published values are rounded). */
    private static final double PUBLISHED_REL_TOL = 4e-16;

    /** Absolute error allowed in the subnormal range, on top of the relative tolerance: a few rounding steps. */
    private static final double SUBNORMAL_ABS_TOL = 4 * Double.MIN_VALUE;

    /** Seed of the random sweep; printed by every failure of that test. */
    private static final long SWEEP_SEED = 0x5EED_C0D1_1969L;

    private static final int SWEEP_POINTS = 1_500;

    /** Grid step, deliberately not a dyadic fraction, so the points do not sit on the sixteenths of the split. */
    private static final double GRID_STEP = 0.0137;
    private static final double GRID_FROM = -37.0;
    private static final double GRID_TO = 8.3;

    /** The region switches of Cody's approximation, y = |x|/√2 = 0.46875 and y = 4, in x. */
    private static final double[] SWITCHES = {
        0.46875 * Math.sqrt(2.0), -0.46875 * Math.sqrt(2.0), 4.0 * Math.sqrt(2.0), -4.0 * Math.sqrt(2.0)};

    private static double[] gridX;
    private static BigDecimal[] gridReference;

    @BeforeAll
    static void computeGridReference() {
        int n = (int) ((GRID_TO - GRID_FROM) / GRID_STEP) + 1;
        gridX = new double[n];
        gridReference = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            gridX[i] = GRID_FROM + i * GRID_STEP;
            gridReference[i] = NormalReference.cdf(gridX[i]);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reference values

    @Test
    void cdf_publishedValues_matchWithinTwoUlps() {
        assertThat(NormalDistribution.cdf(0.0)).isEqualTo(0.5);
        assertPublished(1.0, 0.8413447460685429);
        assertPublished(-1.0, 0.15865525393145705);
        assertPublished(0.1, 0.539827837277029);
        assertPublished(-3.0, 0.0013498980316300946);
        // 1 ulp above the correctly rounded 7.619853024160525e-24 (N(-10) = 7.61985302416052606597...e-24).
        assertPublished(-10.0, 7.619853024160527e-24);
    }

    @Test
    void cdf_denseGrid_withinTenUlpsOfReference() {
        double worst = 0.0;
        double worstX = Double.NaN;
        for (int i = 0; i < gridX.length; i++) {
            double error = NormalReference.relativeError(NormalDistribution.cdf(gridX[i]), gridReference[i]);
            if (!(error <= worst)) {
                worst = error;
                worstX = gridX[i];
            }
        }
        assertThat(worst).as("worst relative error of cdf(x) on [%s, %s], at x = %s", GRID_FROM, GRID_TO, worstX)
                .isLessThanOrEqualTo(CDF_REL_TOL);
    }

    @Test
    void cdfWithExp_denseGrid_withinToleranceOfReference() {
        double worst = 0.0;
        double worstX = Double.NaN;
        for (int i = 0; i < gridX.length; i++) {
            double x = gridX[i];
            double error = NormalReference.relativeError(NormalDistribution.cdf(x, Math.exp(-x * x / 2)),
                    gridReference[i]);
            if (!(error <= worst)) {
                worst = error;
                worstX = x;
            }
        }
        assertThat(worst).as("worst relative error of cdf(x, e) on [%s, %s], at x = %s", GRID_FROM, GRID_TO, worstX)
                .isLessThanOrEqualTo(CDF_WITH_EXP_REL_TOL);
    }

    @Test
    void cdfWithExp_moderateArguments_asAccurateAsOneArgumentForm() {
        // For |x| <= 3 the rounding of x² moves exp(−x²/2) by at most 4.5 · 2⁻⁵³.
        for (int i = 0; i < gridX.length; i++) {
            double x = gridX[i];
            if (Math.abs(x) <= 3.0) {
                assertThat(NormalReference.relativeError(NormalDistribution.cdf(x, Math.exp(-x * x / 2)),
                        gridReference[i])).as("x = %s", x).isLessThanOrEqualTo(CDF_REL_TOL);
            }
        }
    }

    @Test
    void cdf_randomSweep_withinToleranceOfReference() {
        SplittableRandom random = new SplittableRandom(SWEEP_SEED);
        for (int i = 0; i < SWEEP_POINTS; i++) {
            // Half the points uniform over the whole normal range, half concentrated where options live.
            double x = (i % 2 == 0) ? random.nextDouble(-37.5, 8.3) : random.nextDouble(-4.0, 4.0);
            BigDecimal reference = NormalReference.cdf(x);
            assertThat(NormalReference.relativeError(NormalDistribution.cdf(x), reference))
                    .as("cdf(x), x = %s, point %s of seed %s", x, i, SWEEP_SEED)
                    .isLessThanOrEqualTo(CDF_REL_TOL);
            if (Math.abs(x) <= 37.0) {
                assertThat(NormalReference.relativeError(NormalDistribution.cdf(x, Math.exp(-x * x / 2)), reference))
                        .as("cdf(x, e), x = %s, point %s of seed %s", x, i, SWEEP_SEED)
                        .isLessThanOrEqualTo(CDF_WITH_EXP_REL_TOL);
            }
        }
    }

    @Test
    void pdf_grid_matchesDefinition() {
        for (double x = -37.0; x <= 37.0; x += 3 * GRID_STEP) {
            // exp(−x²/2) evaluated in double inherits the rounding of x²: up to x²/2 · 2⁻⁵³ relative.
            double tolerance = 4e-16 + x * x * 0x1p-53;
            assertThat(NormalReference.relativeError(NormalDistribution.pdf(x), NormalReference.pdf(x)))
                    .as("x = %s", x).isLessThanOrEqualTo(tolerance);
        }
    }

    @Test
    void invSqrt2Pi_isCorrectlyRounded() {
        BigDecimal exact = BigDecimal.ONE.divide(NormalReference.SQRT_2PI, NormalReference.MC);
        double halfUlp = Math.ulp(NormalDistribution.INV_SQRT_2PI) / 2;
        assertThat(new BigDecimal(NormalDistribution.INV_SQRT_2PI).subtract(exact).abs().doubleValue())
                .isLessThanOrEqualTo(halfUlp);
        assertThat(NormalDistribution.pdf(0.0)).isEqualTo(NormalDistribution.INV_SQRT_2PI);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Limits

    @Test
    void cdf_upperTailBeyondOneUlp_withinAbsoluteToleranceOfOne() {
        for (double x = 8.2; x <= 40.0; x += 3 * GRID_STEP) {
            BigDecimal reference = BigDecimal.ONE.subtract(NormalReference.cdf(-x));
            assertThat(new BigDecimal(NormalDistribution.cdf(x)).subtract(reference).abs().doubleValue())
                    .as("cdf(x), x = %s", x).isLessThanOrEqualTo(ABS_TOL_NEAR_ONE);
            assertThat(new BigDecimal(NormalDistribution.cdf(x, Math.exp(-x * x / 2))).subtract(reference).abs()
                    .doubleValue()).as("cdf(x, e), x = %s", x).isLessThanOrEqualTo(ABS_TOL_NEAR_ONE);
        }
        assertThat(NormalDistribution.cdf(8.3)).isEqualTo(1.0);
    }

    @Test
    void cdf_subnormalRange_withinAFewRoundings() {
        for (double x = -38.7; x <= -37.0; x += 0.00731) {
            BigDecimal reference = NormalReference.cdf(x);
            double allowed = CDF_REL_TOL * reference.doubleValue() + SUBNORMAL_ABS_TOL;
            assertThat(NormalDistribution.cdf(x)).as("x = %s", x)
                    .isCloseTo(reference.doubleValue(), within(allowed));
        }
    }

    @Test
    void cdf_beyondUnderflow_isExactlyZeroOrOne() {
        assertThat(NormalDistribution.cdf(-38.7)).isZero();
        assertThat(NormalDistribution.cdf(-40.0)).isZero();
        assertThat(NormalDistribution.cdf(-1e300)).isZero();
        assertThat(NormalDistribution.cdf(-Double.MAX_VALUE)).isZero();
        assertThat(NormalDistribution.cdf(9.0)).isEqualTo(1.0);
        assertThat(NormalDistribution.cdf(40.0)).isEqualTo(1.0);
        assertThat(NormalDistribution.cdf(Double.MAX_VALUE)).isEqualTo(1.0);
    }

    @Test
    void cdfWithExp_plusMinusForty_isExactlyZeroOrOne() {
        assertThat(Math.exp(-40.0 * 40.0 / 2)).isZero();
        assertThat(NormalDistribution.cdf(-40.0, Math.exp(-40.0 * 40.0 / 2))).isZero();
        assertThat(NormalDistribution.cdf(40.0, Math.exp(-40.0 * 40.0 / 2))).isEqualTo(1.0);
        assertThat(NormalDistribution.cdf(-Double.MAX_VALUE, 0.0)).isZero();
        assertThat(NormalDistribution.cdf(Double.MAX_VALUE, 0.0)).isEqualTo(1.0);
    }

    @Test
    void cdf_infinities_areZeroAndOne() {
        assertThat(NormalDistribution.cdf(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(NormalDistribution.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(NormalDistribution.cdf(Double.NEGATIVE_INFINITY, Math.exp(Double.NEGATIVE_INFINITY))).isZero();
        assertThat(NormalDistribution.cdf(Double.POSITIVE_INFINITY, Math.exp(Double.NEGATIVE_INFINITY)))
                .isEqualTo(1.0);
        assertThat(NormalDistribution.pdf(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(NormalDistribution.pdf(Double.POSITIVE_INFINITY)).isZero();
    }

    @Test
    void cdf_nan_isNaN() {
        assertThat(NormalDistribution.cdf(Double.NaN)).isNaN();
        assertThat(NormalDistribution.cdf(Double.NaN, Double.NaN)).isNaN();
        assertThat(NormalDistribution.cdf(Double.NaN, 0.5)).isNaN();
        assertThat(NormalDistribution.pdf(Double.NaN)).isNaN();
    }

    @Test
    void cdf_zeroAndTinyArguments_areExactlyHalf() {
        assertThat(NormalDistribution.cdf(0.0)).isEqualTo(0.5);
        assertThat(NormalDistribution.cdf(-0.0)).isEqualTo(0.5);
        assertThat(NormalDistribution.cdf(Double.MIN_VALUE)).isEqualTo(0.5);
        assertThat(NormalDistribution.cdf(-Double.MIN_VALUE)).isEqualTo(0.5);
        assertThat(NormalDistribution.cdf(1e-300, 1.0)).isEqualTo(0.5);
    }

    @Test
    void cdf_acrossIntervalSwitches_continuous() {
        for (double s : SWITCHES) {
            double x = s;
            for (int i = 0; i < 64; i++) {
                x = Math.nextDown(x);
            }
            double previousX = x;
            double previous = NormalDistribution.cdf(x);
            double previousWithExp = NormalDistribution.cdf(x, correctlyRoundedExpMinusHalfSquare(x));
            BigDecimal previousReference = NormalReference.cdf(x);
            for (int i = 0; i < 128; i++) {
                x = Math.nextUp(x);
                // The two-argument form gets a correctly rounded exp(−x²/2), so that its steps show the kernel
                // alone and not the independent roundings of Math.exp at neighbouring points.
                double current = NormalDistribution.cdf(x);
                double currentWithExp = NormalDistribution.cdf(x, correctlyRoundedExpMinusHalfSquare(x));
                BigDecimal reference = NormalReference.cdf(x);
                assertThat(NormalReference.relativeError(current, reference)).as("x = %s", x)
                        .isLessThanOrEqualTo(CDF_REL_TOL);
                assertThat(NormalReference.relativeError(currentWithExp, reference)).as("x = %s", x)
                        .isLessThanOrEqualTo(CDF_REL_TOL);
                // The step between neighbours must be the true step, up to rounding.
                double trueStep = reference.subtract(previousReference).doubleValue();
                assertThat(current - previous).as("step from %s to %s", previousX, x)
                        .isCloseTo(trueStep, within(SWITCH_CONTINUITY_REL_TOL * current));
                assertThat(currentWithExp - previousWithExp).as("step of cdf(x, e) from %s to %s", previousX, x)
                        .isCloseTo(trueStep, within(SWITCH_CONTINUITY_REL_TOL * currentWithExp));
                previousX = x;
                previous = current;
                previousWithExp = currentWithExp;
                previousReference = reference;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Invariants

    @Test
    void cdf_symmetry_sumsToOne() {
        SplittableRandom random = new SplittableRandom(SWEEP_SEED);
        for (int i = 0; i < 10_000; i++) {
            double x = random.nextDouble(-40.0, 40.0);
            if (i % 4 == 0) {
                x *= 0.02;  // dwell on the central interval too
            }
            double e = Math.exp(-x * x / 2);
            assertThat(deviationOfSumFromOne(NormalDistribution.cdf(x), NormalDistribution.cdf(-x)))
                    .as("N(x) + N(-x) - 1, x = %s, point %s of seed %s", x, i, SWEEP_SEED)
                    .isLessThanOrEqualTo(ABS_TOL_NEAR_ONE);
            assertThat(deviationOfSumFromOne(NormalDistribution.cdf(x, e), NormalDistribution.cdf(-x, e)))
                    .as("two-argument form, x = %s, point %s of seed %s", x, i, SWEEP_SEED)
                    .isLessThanOrEqualTo(ABS_TOL_NEAR_ONE);
        }
    }

    @Test
    void pdf_negatedArgument_sameValue() {
        SplittableRandom random = new SplittableRandom(SWEEP_SEED);
        for (int i = 0; i < 10_000; i++) {
            double x = random.nextDouble(-40.0, 40.0);
            assertThat(NormalDistribution.pdf(-x)).as("x = %s", x).isEqualTo(NormalDistribution.pdf(x));
        }
    }

    @Test
    void cdfWithExp_centralInterval_ignoresExponentialAndMatchesCdf() {
        for (double x = -0.66; x <= 0.66; x += 0.00173) {
            assertThat(NormalDistribution.cdf(x, 0.0)).as("x = %s", x).isEqualTo(NormalDistribution.cdf(x));
            assertThat(NormalDistribution.cdf(x, Math.exp(-x * x / 2))).as("x = %s", x)
                    .isEqualTo(NormalDistribution.cdf(x));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The reference itself

    @Test
    void reference_pi_matchesKnownDigits() {
        assertThat(NormalReference.PI.toString()).startsWith("3.1415926535897932384626433832795028841971693993751");
    }

    @Test
    void reference_seriesAndContinuedFraction_agreeOnOverlap() {
        for (double x : new double[] {-7.0, -7.3, -7.77, -8.0}) {
            BigDecimal series = NormalReference.cdfSeries(x);
            BigDecimal fraction = NormalReference.cdfContinuedFraction(x, NormalReference.continuedFractionDepth(x));
            assertThat(series.subtract(fraction).abs().divide(fraction, NormalReference.MC).doubleValue())
                    .as("x = %s", x).isLessThanOrEqualTo(1e-30);
        }
    }

    @Test
    void reference_continuedFraction_convergedAtChosenDepth() {
        for (double x : new double[] {-7.0, -9.5, -15.0, -25.0, -37.0}) {
            int depth = NormalReference.continuedFractionDepth(x);
            BigDecimal atDepth = NormalReference.cdfContinuedFraction(x, depth);
            BigDecimal atTwiceDepth = NormalReference.cdfContinuedFraction(x, 2 * depth);
            assertThat(atDepth.subtract(atTwiceDepth).abs().divide(atTwiceDepth, NormalReference.MC).doubleValue())
                    .as("x = %s", x).isLessThanOrEqualTo(1e-40);
        }
    }

    @Test
    void reference_publishedValues_withinOneUlp() {
        double[][] published = {
            {1.0, 0.8413447460685429}, {-1.0, 0.15865525393145705}, {0.1, 0.539827837277029},
            {-3.0, 0.0013498980316300946}, {-10.0, 7.619853024160527e-24}};
        for (double[] p : published) {
            // Neighbouring doubles subtract exactly; isCloseTo would compare their decimal renderings instead.
            double distance = Math.abs(NormalReference.cdf(p[0]).doubleValue() - p[1]);
            assertThat(distance).as("x = %s", p[0]).isLessThanOrEqualTo(Math.ulp(p[1]));
        }
    }

    /** |a + b − 1| for a, b in [0, 1] with a + b near 1, exactly up to a rounding far below an ulp of 1. */
    private static double deviationOfSumFromOne(double a, double b) {
        // 1 − max(a, b) is exact (Sterbenz: max >= ½); the second subtraction rounds only a tiny difference.
        return Math.abs((1.0 - Math.max(a, b)) - Math.min(a, b));
    }

    private static double correctlyRoundedExpMinusHalfSquare(double x) {
        return NormalReference.pdf(x).multiply(NormalReference.SQRT_2PI, NormalReference.MC).doubleValue();
    }

    private static void assertPublished(double x, double expected) {
        assertThat(NormalDistribution.cdf(x)).as("cdf(%s)", x)
                .isCloseTo(expected, within(PUBLISHED_REL_TOL * expected));
        assertThat(NormalDistribution.cdf(x, Math.exp(-x * x / 2))).as("cdf(%s, e)", x)
                .isCloseTo(expected, within(PUBLISHED_REL_TOL * expected));
    }
}
