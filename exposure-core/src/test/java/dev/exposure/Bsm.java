package dev.exposure;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A deliberately plain Black–Scholes–Merton reference for tests: textbook formulas evaluated literally, with a
 * normal CDF computed from the Taylor series of erf in 60-digit {@link BigDecimal} arithmetic, independent of the
 * production kernel and of its rational approximation.
 */
final class Bsm {

    private static final MathContext MC = new MathContext(60);
    private static final BigDecimal PI = new BigDecimal(
            "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899863");
    private static final BigDecimal TWO_OVER_SQRT_PI = BigDecimal.valueOf(2).divide(PI.sqrt(MC), MC);
    private static final BigDecimal SQRT2 = BigDecimal.valueOf(2).sqrt(MC);

    private Bsm() {
    }

    /**
     * Standard normal CDF: the erf series, accurate far below double rounding, for |x| ≤ 9; beyond, the asymptotic
     * series of the Mills ratio (relative error below 1e-14 there).
     */
    static double cdf(double x) {
        if (x > 9) {
            return 1.0;
        }
        if (x < -9) {
            double x2 = x * x;
            double term = 1;
            double sum = 1;
            for (int n = 1; n < 40; n++) {
                term *= -(2.0 * n - 1) / x2;
                sum += term;
            }
            return pdf(x) / -x * sum;
        }
        BigDecimal z = new BigDecimal(x).divide(SQRT2, MC);
        BigDecimal z2 = z.multiply(z, MC);
        BigDecimal term = z; // (-1)^n z^(2n+1) / n!
        BigDecimal sum = z;
        for (int n = 1; n < 2000; n++) {
            term = term.multiply(z2, MC).divide(BigDecimal.valueOf(-n), MC);
            BigDecimal add = term.divide(BigDecimal.valueOf(2L * n + 1), MC);
            sum = sum.add(add, MC);
            if (add.abs().compareTo(BigDecimal.ONE.movePointLeft(58)) < 0 && n > z2.doubleValue()) {
                break;
            }
        }
        BigDecimal erf = sum.multiply(TWO_OVER_SQRT_PI, MC);
        return BigDecimal.ONE.add(erf, MC).divide(BigDecimal.valueOf(2), MC).doubleValue();
    }

    static double pdf(double x) {
        return Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
    }

    static double d1(double s, double k, double sigma, double r, double q, double tau) {
        return (Math.log(s / k) + (r - q + sigma * sigma / 2) * tau) / (sigma * Math.sqrt(tau));
    }

    static double price(OptionType type, double s, double k, double sigma, double r, double q, double tau) {
        double d1 = d1(s, k, sigma, r, q, tau);
        double d2 = d1 - sigma * Math.sqrt(tau);
        if (type == OptionType.CALL) {
            return s * Math.exp(-q * tau) * cdf(d1) - k * Math.exp(-r * tau) * cdf(d2);
        }
        return k * Math.exp(-r * tau) * cdf(-d2) - s * Math.exp(-q * tau) * cdf(-d1);
    }

    static double gamma(double s, double k, double sigma, double r, double q, double tau) {
        double d1 = d1(s, k, sigma, r, q, tau);
        return Math.exp(-q * tau) * pdf(d1) / (s * sigma * Math.sqrt(tau));
    }

    static double delta(OptionType type, double s, double k, double sigma, double r, double q, double tau) {
        double d1 = d1(s, k, sigma, r, q, tau);
        return type == OptionType.CALL ? Math.exp(-q * tau) * cdf(d1) : -Math.exp(-q * tau) * cdf(-d1);
    }

    static double vanna(double s, double k, double sigma, double r, double q, double tau) {
        double d1 = d1(s, k, sigma, r, q, tau);
        double d2 = d1 - sigma * Math.sqrt(tau);
        return -Math.exp(-q * tau) * pdf(d1) * d2 / sigma;
    }

    /** ∂delta/∂τ per calendar day (positive for an out-of-the-money call). */
    static double charm(OptionType type, double s, double k, double sigma, double r, double q, double tau) {
        double d1 = d1(s, k, sigma, r, q, tau);
        double sqrtTau = Math.sqrt(tau);
        double d2 = d1 - sigma * sqrtTau;
        double eq = Math.exp(-q * tau);
        double common = eq * pdf(d1) * (2 * (r - q) * tau - d2 * sigma * sqrtTau) / (2 * tau * sigma * sqrtTau);
        double bracket = type == OptionType.CALL
                ? q * eq * cdf(d1) - common
                : -q * eq * cdf(-d1) - common;
        return -bracket / 365;
    }
}
