package dev.exposure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.TreeMap;

/**
 * A naive reference for chain exposures: SPEC §3 applied contract by contract with the textbook formulas of
 * {@link Bsm}, no shared terms, no layout tricks, exact ({@link BigDecimal}) summation.
 */
final class ReferenceModel {

    /** Per-expiration totals and counts, ascending by date. */
    final TreeMap<LocalDate, Row> rows = new TreeMap<>();
    int skipped;

    /** One expiration's exact sums: gex, dex, vex, chex, and the sums of magnitudes. */
    static final class Row {
        final BigDecimal[] sum = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        final double[] magnitude = new double[4];
        /** Σ of 1e-15 greek units per contract, in USD: SPEC §3's absolute floor for greeks below 1e-3. */
        final double[] floor = new double[4];
        int count;
        int dte;

        double value(int greek) {
            return sum[greek].doubleValue();
        }
    }

    static ReferenceModel of(OptionChain chain) {
        ReferenceModel m = new ReferenceModel();
        double s = chain.underlyingPrice();
        Instant asOf = chain.asOf();
        LocalDate asOfDate = LocalDate.ofInstant(asOf, Chains.NEW_YORK);
        for (int i = 0; i < chain.size(); i++) {
            LocalDate expiration = chain.expiration(i);
            Instant expiry = Chains.expiryInstant(expiration);
            double tau = (expiry.getEpochSecond() - asOf.getEpochSecond()
                    + (expiry.getNano() - asOf.getNano()) / 1e9) / Chains.SECONDS_PER_YEAR;
            if (tau <= 0) {
                continue;
            }
            double k = chain.strike(i);
            double sigma = chain.impliedVolatility(i);
            double oi = chain.openInterest(i);
            boolean valid = Double.isFinite(k) && k > 0 && Double.isFinite(sigma) && sigma > 0
                    && Double.isFinite(oi) && oi >= 0;
            if (!valid) {
                m.skipped++;
                continue;
            }
            OptionType type = chain.type(i);
            int sign = type == OptionType.CALL ? 1 : -1;
            double r = chain.riskFreeRate();
            double q = chain.dividendYield();
            double scale = oi * chain.contractMultiplier() * s;
            double[] x = {
                sign * Bsm.gamma(s, k, sigma, r, q, tau) * scale * s * 0.01,
                Bsm.delta(type, s, k, sigma, r, q, tau) * scale,
                sign * Bsm.vanna(s, k, sigma, r, q, tau) * scale,
                sign * Bsm.charm(type, s, k, sigma, r, q, tau) * scale,
            };
            Row row = m.rows.computeIfAbsent(expiration, e -> new Row());
            for (int g = 0; g < 4; g++) {
                row.sum[g] = row.sum[g].add(new BigDecimal(x[g]));
                row.magnitude[g] += Math.abs(x[g]);
                row.floor[g] += 1e-15 * (g == 0 ? scale * s * 0.01 : scale);
            }
            row.count++;
            row.dte = (int) java.time.temporal.ChronoUnit.DAYS.between(asOfDate, expiration);
        }
        return m;
    }

    /** Exact chain total of one greek (0 gex, 1 dex, 2 vex, 3 chex). */
    double total(int greek) {
        BigDecimal t = BigDecimal.ZERO;
        for (Row row : rows.values()) {
            t = t.add(row.sum[greek]);
        }
        return t.doubleValue();
    }

    double magnitude(int greek) {
        double t = 0;
        for (Row row : rows.values()) {
            t += row.magnitude[greek];
        }
        return t;
    }

    /** The tolerance for a chain total of one greek: {@code rel·Σ|terms|} plus the greeks' absolute floor. */
    double tolerance(int greek, double rel) {
        double t = 0;
        for (Row row : rows.values()) {
            t += rel * row.magnitude[greek] + row.floor[greek];
        }
        return t;
    }

    /** The tolerance for one row. */
    static double tolerance(Row row, int greek, double rel) {
        return rel * row.magnitude[greek] + row.floor[greek];
    }

    static double greek(Exposure x, int greek) {
        switch (greek) {
            case 0: return x.netGex();
            case 1: return x.netDex();
            case 2: return x.netVex();
            default: return x.netChex();
        }
    }
}
