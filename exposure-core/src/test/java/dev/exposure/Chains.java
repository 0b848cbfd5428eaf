package dev.exposure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Test helpers to build small chains and read one contract's greeks back from its exposures. */
final class Chains {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate EXPIRY = LocalDate.of(2026, 6, 18);
    static final double SECONDS_PER_YEAR = 365.0 * 86_400;

    private Chains() {
    }

    /** 16:00 New York on the date, written out independently of the library's own helper. */
    static Instant expiryInstant(LocalDate date) {
        return date.atTime(16, 0).atZone(NEW_YORK).toInstant();
    }

    /** The as-of instant that lies exactly {@code seconds} before the expiry of {@code date}. */
    static Instant secondsBefore(LocalDate date, long seconds) {
        return expiryInstant(date).minusSeconds(seconds);
    }

    /** One contract's exposure, through the public term-structure path. */
    static Exposure single(OptionType type, double s, double k, double sigma, double oi, double r, double q,
            int multiplier, Instant asOf, LocalDate expiration) {
        OptionChain chain = OptionChain.builder("TEST", s, asOf).riskFreeRate(r).dividendYield(q)
                .contractMultiplier(multiplier).add(type, expiration, k, oi, sigma).build();
        TermStructure ts = new TermStructureBuilder(date -> true).build(chain); // calendar irrelevant here
        return ts.byExpiry().get(0).exposure();
    }

    /** The greeks of one contract (OI 1, multiplier 1) recovered from its exposures by the SPEC §3 formulas. */
    record Greeks(double gamma, double delta, double vanna, double charm) {
        static Greeks of(OptionType type, double s, double k, double sigma, double r, double q, Instant asOf,
                LocalDate expiration) {
            Exposure x = single(type, s, k, sigma, 1, r, q, 1, asOf, expiration);
            int sign = type == OptionType.CALL ? 1 : -1;
            return new Greeks(x.netGex() / (sign * s * s * 0.01), x.netDex() / s, x.netVex() / (sign * s),
                    x.netChex() / (sign * s));
        }
    }
}
