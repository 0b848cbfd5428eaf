package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Inputs at the edges of the double range: an exception must mean that a result really lies beyond it, and a
 * result that fits must come out finite and right. Expected values come from linearity in open interest (the
 * reference at OI = 1, scaled) or from the limits of the formulas taken by hand.
 */
class DoubleRangeTest {

    private static final LocalDate EXPIRY = LocalDate.of(2026, 6, 18);
    private static final Instant ONE_SECOND_BEFORE = Chains.secondsBefore(EXPIRY, 1);
    private static final double TAU_ONE_SECOND = 1 / Chains.SECONDS_PER_YEAR;

    private static Exposure single(OptionChain chain) {
        TermStructure ts = new TermStructureBuilder().build(chain);
        assertThat(ts.byExpiry()).hasSize(1);
        return ts.byExpiry().get(0).exposure();
    }

    @Test
    void hugeOpenInterestAndOneSecond_fitsAndScalesLinearly() {
        // GEX = −gamma·OI·M·S²·0.01 ≈ −1.1e304 with M = 100; the charm term's intermediate 1/(2τ√(2π))·OI·φ/(σ√τ)
        // would pass 1e311 if formed first
        double oi = 1e300;
        OptionChain chain = OptionChain.builder("BIG", 1, ONE_SECOND_BEFORE)
                .add(OptionType.PUT, EXPIRY, 1, oi, 0.2).build();
        Exposure x = single(chain);
        double tau = TAU_ONE_SECOND;
        double scale = oi * 100; // OI·M·S with S = 1
        double gex = -Bsm.gamma(1, 1, 0.2, 0, 0, tau) * 100 * 0.01 * oi;
        double dex = Bsm.delta(OptionType.PUT, 1, 1, 0.2, 0, 0, tau) * scale;
        double vex = -Bsm.vanna(1, 1, 0.2, 0, 0, tau) * scale;
        double chex = -Bsm.charm(OptionType.PUT, 1, 1, 0.2, 0, 0, tau) * scale;
        assertThat(gex).isLessThan(-1e303);
        assertThat(x.netGex()).isCloseTo(gex, within(1e-12 * Math.abs(gex)));
        assertThat(x.netDex()).isCloseTo(dex, within(1e-12 * Math.abs(dex)));
        assertThat(x.netVex()).isCloseTo(vex, within(1e-12 * Math.abs(vex)));
        assertThat(x.netChex()).isCloseTo(chex, within(1e-12 * Math.abs(chex)));
        // the same chain through the strike sheet and the profile at spot
        StrikeSheet sheet = new StrikeSheetBuilder().build(chain);
        assertThat(sheet.total().netChex()).isCloseTo(chex, within(1e-12 * Math.abs(chex)));
        assertThat(new GammaProfileBuilder().build(chain).points().get(40).netGex())
                .isCloseTo(gex, within(1e-12 * Math.abs(gex)));
    }

    @Test
    void hugeRawSumSmallRowFactor_fitsThroughTheScaledSlowPath() {
        // Σ s·OI·φ/(σ√τ) ≈ 1e308·0.4/3.6e-5 overflows on its own, but S = 1e-6 makes GEX = … ·M·S·0.01 fit
        double oi = 1e308;
        double s = 1e-6;
        OptionChain chain = OptionChain.builder("TINY", s, ONE_SECOND_BEFORE)
                .add(OptionType.CALL, EXPIRY, s, oi, 0.2).build();
        Exposure x = single(chain);
        double gammaAtOneContract = Bsm.gamma(s, s, 0.2, 0, 0, TAU_ONE_SECOND); // per unit of the underlying
        double gex = gammaAtOneContract * 100 * s * s * 0.01 * oi;
        assertThat(x.netGex()).isCloseTo(gex, within(1e-12 * Math.abs(gex)));
        assertThat(Double.isFinite(x.netVex()) && Double.isFinite(x.netChex())).isTrue();
    }

    @Test
    void subnormalVolatility_itmAndOtm_takeTheLimits() {
        // σ√τ underflows: d1 = ±∞, φ = 0, N = 0 or 1. With r = 5 %, q = 2 %: a call in the money has delta e^{−qτ},
        // gamma, vanna 0 and charm −q·e^{−qτ}/365; out of the money everything is 0
        Instant asOf = Instant.parse("2026-05-29T15:30:00Z");
        double tau = (Chains.expiryInstant(EXPIRY).getEpochSecond() - asOf.getEpochSecond()) / Chains.SECONDS_PER_YEAR;
        double q = 0.02;
        OptionChain itm = OptionChain.builder("SUB", 110, asOf).riskFreeRate(0.05).dividendYield(q)
                .add(OptionType.CALL, EXPIRY, 100, 10, 1e-320).build();
        Exposure x = single(itm);
        double notional = 10 * 100 * 110.0;
        assertThat(x.netGex()).isZero();
        assertThat(x.netVex()).isZero();
        assertThat(x.netDex()).isCloseTo(Math.exp(-q * tau) * notional, within(1e-12 * notional));
        assertThat(x.netChex()).isCloseTo(-q * Math.exp(-q * tau) / 365 * notional, within(1e-12 * notional));
        OptionChain otm = OptionChain.builder("SUB", 90, asOf).riskFreeRate(0.05).dividendYield(q)
                .add(OptionType.CALL, EXPIRY, 100, 10, 1e-320).build();
        assertThat(single(otm)).isEqualTo(Exposure.ZERO);
    }

    @Test
    void hugeVolatility_takesTheLimits() {
        // σ = 1e200: d1 = σ√τ/2 → ∞: a call has delta e^{−qτ}, no gamma or vanna, charm −q·e^{−qτ}/365; a put
        // has nothing at all
        Instant asOf = Instant.parse("2026-05-29T15:30:00Z");
        double tau = (Chains.expiryInstant(EXPIRY).getEpochSecond() - asOf.getEpochSecond()) / Chains.SECONDS_PER_YEAR;
        double q = 0.03;
        OptionChain call = OptionChain.builder("VOL", 100, asOf).dividendYield(q)
                .add(OptionType.CALL, EXPIRY, 100, 10, 1e200).build();
        Exposure x = single(call);
        double notional = 10 * 100 * 100.0;
        assertThat(x.netGex()).isZero();
        assertThat(x.netVex()).isZero();
        assertThat(x.netDex()).isCloseTo(Math.exp(-q * tau) * notional, within(1e-12 * notional));
        assertThat(x.netChex()).isCloseTo(-q * Math.exp(-q * tau) / 365 * notional, within(1e-12 * notional));
        OptionChain put = OptionChain.builder("VOL", 100, asOf).dividendYield(q)
                .add(OptionType.PUT, EXPIRY, 100, 10, 1e200).build();
        assertThat(single(put)).isEqualTo(Exposure.ZERO);
        assertThat(new StrikeSheetBuilder().build(put).total()).isEqualTo(Exposure.ZERO);
        assertThat(new GammaProfileBuilder().build(call).points()).allSatisfy(p -> assertThat(p.netGex()).isZero());
    }

    @Test
    void atTheMoneyWithSubnormalVolatility_isReallyInfinite() {
        // S = K and r = q: d1 = σ√τ/2 → 0, so gamma = φ(0)/(S·σ√τ) → ∞: beyond the double range for real
        OptionChain chain = OptionChain.builder("INF", 100, Instant.parse("2026-05-29T15:30:00Z"))
                .add(OptionType.CALL, EXPIRY, 100, 10, 1e-320).build();
        assertThatThrownBy(() -> new TermStructureBuilder().build(chain))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INF")
                .hasMessageContaining("2026-06-18").hasMessageContaining("beyond the double range");
        assertThatThrownBy(() -> new StrikeSheetBuilder().build(chain))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond the double range");
        assertThatThrownBy(() -> new GammaProfileBuilder().build(chain))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond the double range");
    }

    @Test
    void notionalBeyondTheDoubleRange_isIllegalArgument() {
        // delta ≈ 1 deep in the money: DEX ≈ OI·M·S = 1e308·1000·1e6, far beyond 1.8e308
        OptionChain chain = OptionChain.builder("HUGE", 1e6, Instant.parse("2026-05-29T15:30:00Z"))
                .contractMultiplier(1000).add(OptionType.CALL, EXPIRY, 1, 1e308, 0.2).build();
        assertThatThrownBy(() -> new TermStructureBuilder().build(chain))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HUGE")
                .hasMessageContaining("beyond the double range");
    }

    @Test
    void rowsThatOverflowOnlyWhenAdded_areSummedWithoutOverflow() {
        // two expirations of ≈ +1.2e308 DEX each and one of ≈ −1.2e308: the total ≈ 1.2e308 fits although the
        // first two add up to more than the double range
        Instant asOf = Instant.parse("2026-05-29T15:30:00Z");
        OptionChain.Builder b = OptionChain.builder("SUM", 1, asOf);
        b.add(OptionType.CALL, EXPIRY, 1e-300, 1.2e306, 0.2);
        b.add(OptionType.CALL, EXPIRY.plusDays(1), 1e-300, 1.2e306, 0.2);
        b.add(OptionType.PUT, EXPIRY.plusDays(2), 1e300, 1.2e306, 0.2);
        TermStructure ts = new TermStructureBuilder().build(b.build());
        // deep in the money with q = 0: delta is exactly +1 for the calls and −1 for the put
        assertThat(ts.byExpiry()).extracting(e -> e.exposure().netDex()).containsExactly(1.2e308, 1.2e308, -1.2e308);
        assertThat(ts.byDteBucket()).hasSize(1);
        assertThat(ts.byDteBucket().get(0).exposure().netDex()).isEqualTo(1.2e308);
    }
}
