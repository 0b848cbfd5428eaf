package dev.exposure.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Slow, independent reference for the standard normal distribution function in {@link BigDecimal} arithmetic,
 * exact to far more digits than a double holds, for checking {@link NormalDistribution}.
 *
 * <p>Nothing here shares code or coefficients with the class under test:
 * <ul>
 *   <li>π from Machin's formula π = 16·atan(1/5) − 4·atan(1/239), exp from its Taylor series after halving the
 *       argument, the square roots from {@link BigDecimal#sqrt(MathContext)};</li>
 *   <li>for x >= {@link #CONTINUED_FRACTION_FROM} the everywhere-convergent series with positive terms
 *       N(x) = ½ + φ(x)·Σ_{n>=0} x^(2n+1)/(1·3·5···(2n+1)) (Abramowitz–Stegun 26.2.11), which for x < 0
 *       loses about −log10 N(x) digits to cancellation against ½, at most 12 here;</li>
 *   <li>below it Laplace's continued fraction for the Mills ratio (A–S 26.2.14),
 *       N(−t) = φ(t)·1/(t + 1/(t + 2/(t + 3/(t + ···)))), t > 0, evaluated backwards from a fixed depth.</li>
 * </ul>
 * Every double x is taken exactly ({@code new BigDecimal(x)}), so the reference is N of the very double the
 * code under test receives.
 */
final class NormalReference {

    /** Working precision: 50 significant digits, leaving more than 35 after the worst cancellation (x = −7). */
    static final MathContext MC = new MathContext(50, RoundingMode.HALF_EVEN);

    /** Series above, continued fraction at and below this x. */
    static final double CONTINUED_FRACTION_FROM = -7.0;


    static final BigDecimal PI = machinPi();
    static final BigDecimal SQRT_2PI = PI.multiply(BigDecimal.valueOf(2)).sqrt(MC);

    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** Relative size of the first neglected series term. */
    private static final BigDecimal EPSILON = BigDecimal.ONE.movePointLeft(45);

    private NormalReference() {
    }

    /** N(x) to at least 35 significant digits, for finite x with |x| <= 40. */
    static BigDecimal cdf(double x) {
        return x >= CONTINUED_FRACTION_FROM ? cdfSeries(x) : cdfContinuedFraction(x, continuedFractionDepth(x));
    }

    /**
     * Depth of the continued fraction at x <= −7 for 40 digits. Its truncation error behaves like
     * exp(−1.5·|x|·√depth) (observed; the tests check the depth against twice the depth), so |x|·√depth >= 62
     * suffices.
     */
    static int continuedFractionDepth(double x) {
        return 30 + (int) (4_000.0 / (x * x));
    }

    /** N(x) from the power series, to the working precision for x >= −7 (the cut-off of the last term). */
    static BigDecimal cdfSeries(double x) {
        BigDecimal bx = new BigDecimal(x);
        BigDecimal x2 = bx.multiply(bx, MC);
        BigDecimal term = bx;
        BigDecimal sum = bx;
        for (int n = 1; n < 10_000; n++) {
            term = term.multiply(x2, MC).divide(BigDecimal.valueOf(2L * n + 1), MC);
            sum = sum.add(term, MC);
            // Terms grow while 2n+1 < x², then fall geometrically: stop once past the peak and negligible.
            if (2L * n + 1 > x2.doubleValue() && term.abs().compareTo(sum.abs().multiply(EPSILON)) <= 0) {
                return HALF.add(pdf(x).multiply(sum, MC), MC);
            }
        }
        throw new AssertionError("series did not converge for x = " + x);
    }

    /** N(x) for x < 0 from the Mills-ratio continued fraction of the given depth. */
    static BigDecimal cdfContinuedFraction(double x, int depth) {
        if (!(x < 0.0)) {
            throw new IllegalArgumentException("x must be negative: " + x);
        }
        BigDecimal t = new BigDecimal(-x);
        BigDecimal tail = BigDecimal.ZERO;
        for (int k = depth; k >= 1; k--) {
            tail = BigDecimal.valueOf(k).divide(t.add(tail, MC), MC);
        }
        BigDecimal millsRatio = BigDecimal.ONE.divide(t.add(tail, MC), MC);
        return pdf(x).multiply(millsRatio, MC);
    }

    /** φ(x) = exp(−x²/2)/√(2π). */
    static BigDecimal pdf(double x) {
        BigDecimal bx = new BigDecimal(x);
        BigDecimal halfSquare = bx.multiply(bx).multiply(HALF);  // exact
        return BigDecimal.ONE.divide(exp(halfSquare).multiply(SQRT_2PI, MC), MC);
    }

    /** exp(a) for 0 <= a <= ~1000: Taylor series of exp(a/2^k), then squared k times. */
    static BigDecimal exp(BigDecimal a) {
        MathContext wide = new MathContext(MC.getPrecision() + 20, RoundingMode.HALF_EVEN);
        int halvings = 0;
        BigDecimal r = a;
        while (r.compareTo(HALF) > 0) {
            r = r.multiply(HALF);
            halvings++;
        }
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal tiny = BigDecimal.ONE.movePointLeft(wide.getPrecision() + 2);
        for (int n = 1; term.compareTo(tiny) > 0; n++) {
            term = term.multiply(r, wide).divide(BigDecimal.valueOf(n), wide);
            sum = sum.add(term, wide);
        }
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum, wide);
        }
        return sum.round(MC);
    }

    /** Relative error |computed − reference| / reference as a double (absolute error if the reference is 0). */
    static double relativeError(double computed, BigDecimal reference) {
        BigDecimal error = new BigDecimal(computed).subtract(reference).abs();
        return reference.signum() == 0 ? error.doubleValue() : error.divide(reference.abs(), MC).doubleValue();
    }

    private static BigDecimal machinPi() {
        MathContext wide = new MathContext(MC.getPrecision() + 10, RoundingMode.HALF_EVEN);
        BigDecimal pi = arctanOfInverse(5, wide).multiply(BigDecimal.valueOf(16))
                .subtract(arctanOfInverse(239, wide).multiply(BigDecimal.valueOf(4)));
        return pi.round(MC);
    }

    /** atan(1/n) = Σ (−1)^k / ((2k+1)·n^(2k+1)). */
    private static BigDecimal arctanOfInverse(int n, MathContext mc) {
        BigDecimal inverse = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
        BigDecimal inverseSquare = inverse.multiply(inverse, mc);
        BigDecimal power = inverse;
        BigDecimal sum = inverse;
        BigDecimal tiny = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int k = 1; power.compareTo(tiny) > 0; k++) {
            power = power.multiply(inverseSquare, mc);
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), mc);
            sum = (k % 2 == 1) ? sum.subtract(term, mc) : sum.add(term, mc);
        }
        return sum;
    }
}
