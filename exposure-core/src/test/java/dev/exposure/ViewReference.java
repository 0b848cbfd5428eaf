package dev.exposure;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A naive reference for the strike sheet and the gamma profile: each contract's exposure from the textbook
 * formulas of {@link Bsm}, τ counted independently of the library (seconds, or weekdays one date at a time), and
 * exact {@link BigDecimal} sums by strike.
 */
final class ViewReference {

    /** One contract after classification. */
    record Contract(OptionType type, LocalDate expiration, double strike, double oi, double sigma, double tau) {
    }

    final OptionChain chain;
    final List<Contract> live = new ArrayList<>();
    int skipped;

    private ViewReference(OptionChain chain) {
        this.chain = chain;
    }

    /**
     * Classifies a chain's contracts under a time basis given as (days per year, floor), or the calendar basis
     * when {@code daysPerYear} is 0.
     */
    static ViewReference of(OptionChain chain, int daysPerYear, boolean floor, Predicate<LocalDate> selected) {
        ViewReference v = new ViewReference(chain);
        Instant asOf = chain.asOf();
        LocalDate asOfDate = LocalDate.ofInstant(asOf, Chains.NEW_YORK);
        for (int i = 0; i < chain.size(); i++) {
            LocalDate e = chain.expiration(i);
            Instant expiry = Chains.expiryInstant(e);
            double tau = (expiry.getEpochSecond() - asOf.getEpochSecond()
                    + (expiry.getNano() - asOf.getNano()) / 1e9) / Chains.SECONDS_PER_YEAR;
            if (!(tau > 0) || !selected.test(e)) {
                continue;
            }
            if (daysPerYear > 0) {
                long n = 0;
                for (LocalDate d = asOfDate; d.isBefore(e); d = d.plusDays(1)) {
                    if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        n++;
                    }
                }
                if (n == 0 && !floor) {
                    continue;
                }
                tau = n == 0 ? 1.0 / daysPerYear : (double) n / daysPerYear;
            }
            double k = chain.strike(i);
            double sigma = chain.impliedVolatility(i);
            double oi = chain.openInterest(i);
            if (!(k > 0 && k < Double.POSITIVE_INFINITY && sigma > 0 && sigma < Double.POSITIVE_INFINITY
                    && oi >= 0 && oi < Double.POSITIVE_INFINITY)) {
                v.skipped++;
                continue;
            }
            v.live.add(new Contract(chain.type(i), e, k, oi, sigma, tau));
        }
        return v;
    }

    /** The four exposures of one contract at underlying price {@code s}: gex (per 1% or per point), dex, vex, chex. */
    double[] exposure(Contract c, double s, boolean perPoint) {
        double r = chain.riskFreeRate();
        double q = chain.dividendYield();
        int sign = c.type() == OptionType.CALL ? 1 : -1;
        double scale = c.oi() * chain.contractMultiplier() * s;
        double gamma = Bsm.gamma(s, c.strike(), c.sigma(), r, q, c.tau());
        return new double[] {
            sign * gamma * scale * (perPoint ? 1 : s * 0.01),
            Bsm.delta(c.type(), s, c.strike(), c.sigma(), r, q, c.tau()) * scale,
            sign * Bsm.vanna(s, c.strike(), c.sigma(), r, q, c.tau()) * scale,
            sign * Bsm.charm(c.type(), s, c.strike(), c.sigma(), r, q, c.tau()) * scale,
        };
    }

    /** Exact per-strike sums: per strike, [side][greek] with side 0 calls, 1 puts; and magnitudes. */
    static final class StrikeRow {
        final BigDecimal[][] sum = new BigDecimal[2][4];
        final double[][] magnitude = new double[2][4];
        /** Σ of 1e-15 greek units per contract, in USD: SPEC §3's absolute floor for greeks below 1e-3. */
        final double[][] floor = new double[2][4];
        final BigDecimal[] oi = {BigDecimal.ZERO, BigDecimal.ZERO};

        StrikeRow() {
            for (BigDecimal[] side : sum) {
                java.util.Arrays.fill(side, BigDecimal.ZERO);
            }
        }

        double value(int side, int greek) {
            return sum[side][greek].doubleValue();
        }

        double net(int greek) {
            return sum[0][greek].add(sum[1][greek]).doubleValue();
        }

        double netMagnitude(int greek) {
            return magnitude[0][greek] + magnitude[1][greek];
        }

        double netFloor(int greek) {
            return floor[0][greek] + floor[1][greek];
        }
    }

    TreeMap<Double, StrikeRow> strikes(boolean perPoint) {
        TreeMap<Double, StrikeRow> rows = new TreeMap<>();
        for (Contract c : live) {
            double[] x = exposure(c, chain.underlyingPrice(), perPoint);
            StrikeRow row = rows.computeIfAbsent(c.strike(), k -> new StrikeRow());
            int side = c.type() == OptionType.CALL ? 0 : 1;
            double scale = c.oi() * chain.contractMultiplier() * chain.underlyingPrice();
            for (int g = 0; g < 4; g++) {
                row.sum[side][g] = row.sum[side][g].add(new BigDecimal(x[g]));
                row.magnitude[side][g] += Math.abs(x[g]);
                row.floor[side][g] += 1e-15 * (g > 0 ? scale : perPoint ? scale / chain.underlyingPrice()
                        : scale * chain.underlyingPrice() * 0.01);
            }
            row.oi[side] = row.oi[side].add(new BigDecimal(c.oi()));
        }
        return rows;
    }

    /** Net GEX repriced at {@code x} (sticky strike), exactly summed, and Σ|terms| in {@code magnitude[0]}. */
    double profile(double x, boolean perPoint, double[] magnitude) {
        BigDecimal sum = BigDecimal.ZERO;
        double m = 0;
        for (Contract c : live) {
            int sign = c.type() == OptionType.CALL ? 1 : -1;
            double g = sign * Bsm.gamma(x, c.strike(), c.sigma(), chain.riskFreeRate(), chain.dividendYield(),
                    c.tau()) * c.oi() * chain.contractMultiplier() * x * (perPoint ? 1 : x * 0.01);
            sum = sum.add(new BigDecimal(g));
            m += Math.abs(g);
        }
        if (magnitude != null) {
            magnitude[0] = m;
        }
        return sum.doubleValue();
    }

    /** Net GEX repriced at {@code x}, in plain double arithmetic: for scanning many points quickly. */
    double profileFast(double x) {
        double sum = 0;
        double r = chain.riskFreeRate();
        double q = chain.dividendYield();
        for (Contract c : live) {
            int sign = c.type() == OptionType.CALL ? 1 : -1;
            sum += sign * Bsm.gamma(x, c.strike(), c.sigma(), r, q, c.tau()) * c.oi() * chain.contractMultiplier()
                    * x * x * 0.01;
        }
        return sum;
    }
}
