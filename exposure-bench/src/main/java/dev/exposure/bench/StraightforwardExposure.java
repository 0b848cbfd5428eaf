package dev.exposure.bench;

import dev.exposure.Exposure;
import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline "as one would first write it": a list of contract records, a loop, Black–Scholes–Merton greeks
 * from {@link Math} and a textbook normal distribution, and a {@link HashMap} of running totals per expiration.
 *
 * <p>It computes the same four exposures as the library (the formulas of SPEC §3, literally: d1, d2, φ and N
 * evaluated per contract, each greek on its own, then scaled by OI·M·S), so its totals match the kernel's to
 * about 1e-13 relative; only the organisation differs. τ is computed once per expiration (the first time it is
 * seen), not per contract, so the baseline is not dominated by {@code java.time}. Sums are plain {@code +=}.
 *
 * <p>N(x) is Hart's double-precision algorithm 5666 as published by G. West, "Better approximations to
 * cumulative normal functions", Wilmott Magazine (2005), a widely copied port: a rational function times
 * exp(−x²/2) for |x| &lt; 7.07 and a continued fraction beyond, accurate to about 1e-14 relative.
 */
final class StraightforwardExposure {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime EXPIRY_TIME = LocalTime.of(16, 0);
    private static final double SQRT_2PI = Math.sqrt(2.0 * Math.PI);

    /** One option contract. */
    record Contract(OptionType type, LocalDate expiration, double strike, double openInterest, double volatility) {
    }

    /** A chain: the underlying and its contracts. */
    record Chain(double spot, Instant asOf, double rate, double yield, int multiplier, List<Contract> contracts) {
    }

    /** The four greeks of one contract, in the units of SPEC §3. */
    record Greeks(double gamma, double delta, double vanna, double charm) {
    }

    private StraightforwardExposure() {
    }

    /**
     * Copies a chain into contract records (every contract must be live and valid, as generated chains are).
     *
     * @param chain the chain
     * @return the same contracts as records
     */
    static Chain copyOf(OptionChain chain) {
        List<Contract> contracts = new ArrayList<>(chain.size());
        for (int i = 0; i < chain.size(); i++) {
            contracts.add(new Contract(chain.type(i), chain.expiration(i), chain.strike(i), chain.openInterest(i),
                    chain.impliedVolatility(i)));
        }
        return new Chain(chain.underlyingPrice(), chain.asOf(), chain.riskFreeRate(), chain.dividendYield(),
                chain.contractMultiplier(), contracts);
    }

    /**
     * Computes the chain's net exposures.
     *
     * @param chain the chain
     * @return net GEX, DEX, VEX and CHEX
     */
    static Exposure totals(Chain chain) {
        double s = chain.spot();
        double notional = chain.multiplier() * s;
        Map<LocalDate, double[]> byExpiry = new HashMap<>();
        Map<LocalDate, Double> taus = new HashMap<>();
        for (Contract c : chain.contracts()) {
            double tau = taus.computeIfAbsent(c.expiration(), e -> yearsToExpiry(chain.asOf(), e));
            if (tau <= 0) {
                continue;
            }
            Greeks g = greeks(c.type(), s, c.strike(), tau, c.volatility(), chain.rate(), chain.yield());
            int sign = c.type() == OptionType.CALL ? 1 : -1;
            double[] sums = byExpiry.computeIfAbsent(c.expiration(), e -> new double[4]);
            sums[0] += sign * g.gamma() * c.openInterest() * notional * s * 0.01;
            sums[1] += g.delta() * c.openInterest() * notional;
            sums[2] += sign * g.vanna() * c.openInterest() * notional;
            sums[3] += sign * g.charm() * c.openInterest() * notional;
        }
        double gex = 0;
        double dex = 0;
        double vex = 0;
        double chex = 0;
        for (double[] sums : byExpiry.values()) {
            gex += sums[0];
            dex += sums[1];
            vex += sums[2];
            chex += sums[3];
        }
        return new Exposure(gex, dex, vex, chex);
    }

    /** τ in years of 365 days from {@code asOf} to 16:00 New York time on {@code expiration}. */
    static double yearsToExpiry(Instant asOf, LocalDate expiration) {
        Instant expiry = expiration.atTime(EXPIRY_TIME).atZone(NEW_YORK).toInstant();
        return Duration.between(asOf, expiry).toNanos() / 1e9 / (365.0 * 86_400.0);
    }

    /** The greeks of SPEC §3: gamma, delta, vanna per 1.00 of σ, charm per calendar day. */
    static Greeks greeks(OptionType type, double s, double k, double tau, double sigma, double r, double q) {
        double sqrtTau = Math.sqrt(tau);
        double d1 = (Math.log(s / k) + (r - q + 0.5 * sigma * sigma) * tau) / (sigma * sqrtTau);
        double d2 = d1 - sigma * sqrtTau;
        double pdf = Math.exp(-0.5 * d1 * d1) / SQRT_2PI;
        double discount = Math.exp(-q * tau);
        double gamma = discount * pdf / (s * sigma * sqrtTau);
        double vanna = -discount * pdf * d2 / sigma;
        double common = discount * pdf * (2 * (r - q) * tau - d2 * sigma * sqrtTau) / (2 * tau * sigma * sqrtTau);
        double delta;
        double charm;
        if (type == OptionType.CALL) {
            delta = discount * cdf(d1);
            charm = -(q * discount * cdf(d1) - common) / 365.0;
        } else {
            delta = -discount * cdf(-d1);
            charm = -(-q * discount * cdf(-d1) - common) / 365.0;
        }
        return new Greeks(gamma, delta, vanna, charm);
    }

    /** The standard normal distribution function, Hart (1968) algorithm 5666 after West (2005). */
    static double cdf(double x) {
        double ax = Math.abs(x);
        double tail;
        if (ax > 37.0) {
            tail = 0.0;
        } else {
            double e = Math.exp(-ax * ax / 2.0);
            if (ax < 7.07106781186547) {
                double num = 3.52624965998911e-02 * ax + 0.700383064443688;
                num = num * ax + 6.37396220353165;
                num = num * ax + 33.912866078383;
                num = num * ax + 112.079291497871;
                num = num * ax + 221.213596169931;
                num = num * ax + 220.206867912376;
                double den = 8.83883476483184e-02 * ax + 1.75566716318264;
                den = den * ax + 16.064177579207;
                den = den * ax + 86.7807322029461;
                den = den * ax + 296.564248779674;
                den = den * ax + 637.333633378831;
                den = den * ax + 793.826512519948;
                den = den * ax + 440.413735824752;
                tail = e * num / den;
            } else {
                double cf = ax + 0.65;
                cf = ax + 4.0 / cf;
                cf = ax + 3.0 / cf;
                cf = ax + 2.0 / cf;
                cf = ax + 1.0 / cf;
                tail = e / cf / 2.506628274631;
            }
        }
        return x > 0 ? 1.0 - tail : tail;
    }
}
