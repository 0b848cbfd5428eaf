package dev.exposure.internal;

/** Temporary placeholder (not committed). */
public final class NormalDistribution {
    public static final double INV_SQRT_2PI = 0.3989422804014327;
    private NormalDistribution() {
    }
    public static double cdf(double x, double e) {
        return cdf(x);
    }
    public static double cdf(double x) {
        // Zelen & Severo, low accuracy
        double t = 1 / (1 + 0.2316419 * Math.abs(x));
        double p = Math.exp(-x * x / 2) * INV_SQRT_2PI * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937
                + t * (-1.821255978 + t * 1.330274429))));
        return x >= 0 ? 1 - p : p;
    }
}
