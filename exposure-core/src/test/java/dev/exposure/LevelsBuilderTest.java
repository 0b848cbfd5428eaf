package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelsBuilderTest {

    private static final Instant AS_OF = Instant.parse("2026-05-29T15:30:00Z"); // Friday 11:30 New York
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 29);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 18);

    /**
     * Levels known by construction: every level strike carries open interest thousands of times that of the
     * others at comparable moneyness and volatility, so its score dominates whatever the greeks' exact values.
     */
    private static OptionChain constructed() {
        OptionChain.Builder b = OptionChain.builder("LVL", 100, AS_OF);
        for (int k = 90; k <= 110; k += 5) {
            b.add(OptionType.CALL, JUNE, k, k == 110 ? 50_000 : 10, 0.2);
            b.add(OptionType.PUT, JUNE, k, k == 90 ? 80_000 : 10, 0.2);
        }
        // same-day, at the money: gamma φ(0)/(S·σ√τ) ≈ 1.2 per contract with 4.5 hours left, about a hundred times
        // that of a 110 call (d1 ≈ −2 with 20 days left): 200 of them make the magnet, yet less GEX than the
        // 50 000 calls of the wall (≈ 230 against ≈ 540 contract-gammas)
        b.add(OptionType.CALL, TODAY, 100, 200, 0.15);
        b.add(OptionType.PUT, TODAY, 99, 5, 0.15);
        return b.build();
    }

    @Test
    void build_constructedChain_everyLevelAsBuilt() {
        OptionChain chain = constructed();
        ExposureLevels levels = new LevelsBuilder().build(chain);
        assertThat(levels.symbol()).isEqualTo("LVL");
        assertThat(levels.underlyingPrice()).isEqualTo(100);
        assertThat(levels.asOf()).isEqualTo(AS_OF);
        assertThat(levels.callWall()).hasValue(110);
        assertThat(levels.putWall()).hasValue(90);
        assertThat(levels.maxNegativeGamma()).hasValue(90);
        assertThat(levels.highestOiStrike()).hasValue(90); // 80 010 contracts
        assertThat(levels.zeroDte()).hasValueSatisfying(z -> {
            assertThat(z.expiration()).isEqualTo(TODAY);
            assertThat(z.magnet()).isEqualTo(100);
        });
    }

    @Test
    void build_maxPositiveGamma_isTheStrikeOfLargestNetGexOfTheNaiveSheet() {
        OptionChain chain = constructed();
        ExposureLevels levels = new LevelsBuilder().build(chain);
        // the wall's 50 000 calls outweigh the 200 same-day calls at the money
        var ref = ViewReference.of(chain, 0, false, e -> true).strikes(false);
        double best = ref.entrySet().stream().max((a, b) -> Double.compare(a.getValue().net(0),
                b.getValue().net(0))).orElseThrow().getKey();
        assertThat(best).isEqualTo(110);
        assertThat(levels.maxPositiveGamma()).hasValue(best);
    }

    @Test
    void build_zeroDteShareAndExposure_matchReferenceRows() {
        OptionChain chain = constructed();
        ZeroDte z = new LevelsBuilder().build(chain).zeroDte().orElseThrow();
        ReferenceModel ref = ReferenceModel.of(chain);
        double today = ref.rows.get(TODAY).value(0);
        double june = ref.rows.get(JUNE).value(0);
        assertThat(z.pctOfTotalGex()).isCloseTo(100 * Math.abs(today) / (Math.abs(today) + Math.abs(june)),
                within(1e-10));
        for (int g = 0; g < 4; g++) {
            assertThat(ReferenceModel.greek(z.exposure(), g)).as("greek %d", g)
                    .isCloseTo(ref.rows.get(TODAY).value(g),
                            within(ReferenceModel.tolerance(ref.rows.get(TODAY), g, 1e-12)));
        }
    }

    @Test
    void build_gammaFlip_isTheDefaultProfilesFlipAndAZeroOfTheReference() {
        OptionChain chain = constructed();
        ExposureLevels levels = new LevelsBuilder().build(chain);
        GammaProfile profile = new GammaProfileBuilder().build(chain);
        assertThat(levels.gammaFlip()).isEqualTo(profile.gammaFlip());
        assertThat(levels.gammaFlip()).isPresent();
        GammaProfileBuilderTest.assertIsNearestZero(ViewReference.of(chain, 0, false, e -> true),
                levels.gammaFlip().getAsDouble(), 100, 80, 120);
    }

    @Test
    void build_highestOiTie_goesToTheStrikeNearestSpotThenTheLower() {
        // 95 and 105 are both 5 from spot: the lower wins
        OptionChain symmetric = OptionChain.builder("T", 100, AS_OF).add(OptionType.CALL, JUNE, 105, 700, 0.2)
                .add(OptionType.PUT, JUNE, 95, 300, 0.2).add(OptionType.CALL, JUNE, 95, 400, 0.2)
                .add(OptionType.PUT, JUNE, 110, 699, 0.2).build();
        assertThat(new LevelsBuilder().build(symmetric).highestOiStrike()).hasValue(95);
        // 97 is nearer than 104
        OptionChain nearer = OptionChain.builder("T", 100, AS_OF).add(OptionType.CALL, JUNE, 104, 500, 0.2)
                .add(OptionType.PUT, JUNE, 97, 500, 0.2).build();
        assertThat(new LevelsBuilder().build(nearer).highestOiStrike()).hasValue(97);
        // 103 is nearer than 96
        OptionChain upper = OptionChain.builder("T", 100, AS_OF).add(OptionType.CALL, JUNE, 103, 500, 0.2)
                .add(OptionType.PUT, JUNE, 96, 500, 0.2).build();
        assertThat(new LevelsBuilder().build(upper).highestOiStrike()).hasValue(103);
    }

    @Test
    void best_equalScores_goToTheStrikeNearestSpotThenTheLower() {
        Exposure one = new Exposure(1, 0, 0, 0);
        List<StrikeExposure> rows = List.of(row(94, one), row(97, one), row(103, one), row(106, one));
        // 97 and 103 tie at distance 3: the lower
        assertThat(StrikeRows.best(rows, 100, r -> r.calls().netGex()).strike()).isEqualTo(97);
        assertThat(StrikeRows.best(rows, 101, r -> r.calls().netGex()).strike()).isEqualTo(103);
        // a strictly larger score beats distance
        List<StrikeExposure> larger = List.of(row(97, one), row(120, new Exposure(2, 0, 0, 0)));
        assertThat(StrikeRows.best(larger, 100, r -> r.calls().netGex()).strike()).isEqualTo(120);
        // no positive score: nothing qualifies
        assertThat(StrikeRows.best(rows, 100, r -> -r.calls().netGex())).isNull();
    }

    private static StrikeExposure row(double strike, Exposure calls) {
        return new StrikeExposure(strike, calls, Exposure.ZERO, calls, 1, 0);
    }

    @Test
    void build_onlyCalls_hasNoPutWallNoNegativeGammaAndNoFlip() {
        OptionChain chain = OptionChain.builder("C", 100, AS_OF).add(OptionType.CALL, JUNE, 95, 10, 0.2)
                .add(OptionType.CALL, JUNE, 105, 30, 0.2).build();
        ExposureLevels levels = new LevelsBuilder().build(chain);
        assertThat(levels.putWall()).isEmpty();
        assertThat(levels.maxNegativeGamma()).isEmpty();
        assertThat(levels.gammaFlip()).isEmpty();
        assertThat(levels.callWall()).isPresent();
        assertThat(levels.zeroDte()).isEmpty();
    }

    @Test
    void build_zeroOpenInterestEverywhere_hasNoLevelAtAll() {
        OptionChain chain = OptionChain.builder("Z", 100, AS_OF).add(OptionType.CALL, TODAY, 100, 0, 0.2)
                .add(OptionType.PUT, JUNE, 95, 0, 0.2).build();
        ExposureLevels levels = new LevelsBuilder().build(chain);
        assertThat(levels.callWall()).isEmpty();
        assertThat(levels.putWall()).isEmpty();
        assertThat(levels.maxPositiveGamma()).isEmpty();
        assertThat(levels.maxNegativeGamma()).isEmpty();
        assertThat(levels.highestOiStrike()).isEmpty();
        assertThat(levels.gammaFlip()).isEmpty();
        // the same-day expiration is live, with no exposure: its magnet falls back to the strike nearest spot
        assertThat(levels.zeroDte()).hasValueSatisfying(z -> {
            assertThat(z.exposure()).isEqualTo(Exposure.ZERO);
            assertThat(z.pctOfTotalGex()).isZero();
            assertThat(z.magnet()).isEqualTo(100);
        });
    }

    @Test
    void build_weekdaysWithoutFloor_sameDayExpiryIsExpiredSoNoZeroDte() {
        OptionChain chain = constructed();
        ExposureLevels levels = new LevelsBuilder(Conventions.defaults()
                .withTimeBasis(TimeBasis.weekdays(262, false))).build(chain);
        assertThat(levels.zeroDte()).isEmpty();
        assertThat(levels.callWall()).hasValue(110);
        ExposureLevels floored = new LevelsBuilder(Conventions.defaults()
                .withTimeBasis(TimeBasis.weekdays(262, true))).build(chain);
        assertThat(floored.zeroDte()).hasValueSatisfying(z -> assertThat(z.magnet()).isEqualTo(100));
    }

    @Test
    void build_noData_isNoData() {
        OptionChain chain = OptionChain.builder("N", 100, AS_OF).add(OptionType.CALL, JUNE, -1, 1, 0.2).build();
        assertThatThrownBy(() -> new LevelsBuilder().build(chain))
                .isInstanceOfSatisfying(ExposureException.class, e -> {
                    assertThat(e.error()).isEqualTo(ExposureError.NO_DATA);
                    assertThat(e.missingSymbols()).containsExactly("N");
                });
    }
}
