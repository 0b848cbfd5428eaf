package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class StrikeSheetBuilderTest {

    private static final Instant AS_OF = Instant.parse("2026-05-29T15:30:00Z"); // Friday 11:30 New York
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 29);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 18);
    private static final double REL = 1e-12;

    /** A chain of several expirations whose strikes repeat across them, with one bad and one expired contract. */
    private static OptionChain sample() {
        OptionChain.Builder b = OptionChain.builder("SPY", 597.5, AS_OF).riskFreeRate(0.043).dividendYield(0.012);
        LocalDate[] expiries = {TODAY, TODAY.plusDays(3), JUNE, LocalDate.of(2026, 12, 18)};
        for (LocalDate e : expiries) {
            for (int k = 570; k <= 625; k += 5) {
                double moneyness = Math.log(k / 597.5);
                b.add(OptionType.CALL, e, k, 1000 + 37 * k % 1100, 0.15 - 0.3 * moneyness);
                b.add(OptionType.PUT, e, k, 1500 + 53 * k % 1300, 0.17 - 0.4 * moneyness);
            }
        }
        b.add(OptionType.CALL, JUNE, 600, Double.NaN, 0.2); // skipped
        b.add(OptionType.PUT, TODAY.minusDays(1), 600, 1000, 0.2); // expired
        b.add(OptionType.CALL, JUNE, 612.5, 700, 0.14); // a strike of one expiration only
        return b.build();
    }

    @Test
    void build_rowsMatchNaivePerContractSums() {
        OptionChain chain = sample();
        StrikeSheet sheet = new StrikeSheetBuilder().build(chain);
        ViewReference ref = ViewReference.of(chain, 0, false, e -> true);
        assertRows(sheet, ref.strikes(false), "sample");
        assertThat(sheet.skippedContracts()).isEqualTo(1).isEqualTo(ref.skipped);
        assertThat(sheet.symbol()).isEqualTo("SPY");
        assertThat(sheet.underlyingPrice()).isEqualTo(597.5);
        assertThat(sheet.asOf()).isEqualTo(AS_OF);
        assertThat(sheet.strikes()).hasSize(13); // 570 … 625 by 5, and 612.5
    }

    @Test
    void build_totalEqualsSumOfRowsAndTermStructureTotal() {
        OptionChain chain = sample();
        StrikeSheet sheet = new StrikeSheetBuilder().build(chain);
        TermStructure ts = new TermStructureBuilder().build(chain);
        ReferenceModel ref = ReferenceModel.of(chain);
        for (int g = 0; g < 4; g++) {
            double rows = 0;
            double bucketTotal = 0;
            for (StrikeExposure row : sheet.strikes()) {
                rows += ReferenceModel.greek(row.net(), g);
            }
            for (BucketExposure bucket : ts.byDteBucket()) {
                bucketTotal += ReferenceModel.greek(bucket.exposure(), g);
            }
            double tol = ref.tolerance(g, REL);
            assertThat(ReferenceModel.greek(sheet.total(), g)).as("greek %d", g)
                    .isCloseTo(rows, within(tol)).isCloseTo(bucketTotal, within(tol))
                    .isCloseTo(ref.total(g), within(tol));
        }
    }

    @Test
    void build_callGexNonNegativeAndPutGexNonPositivePerRow() {
        for (StrikeExposure row : new StrikeSheetBuilder().build(sample()).strikes()) {
            assertThat(row.calls().netGex()).as("strike %s", row.strike()).isGreaterThanOrEqualTo(0);
            assertThat(row.puts().netGex()).as("strike %s", row.strike()).isLessThanOrEqualTo(0);
            assertThat(row.calls().netDex()).isGreaterThanOrEqualTo(0);
            assertThat(row.puts().netDex()).isLessThanOrEqualTo(0);
            assertThat(row.net()).isEqualTo(new Exposure(row.calls().netGex() + row.puts().netGex(),
                    row.calls().netDex() + row.puts().netDex(), row.calls().netVex() + row.puts().netVex(),
                    row.calls().netChex() + row.puts().netChex()));
        }
    }

    @Test
    void build_oneExpiration_keepsOnlyItsContracts() {
        OptionChain chain = sample();
        Predicate<LocalDate> june = JUNE::equals;
        StrikeSheet sheet = new StrikeSheetBuilder().build(chain, june);
        ViewReference ref = ViewReference.of(chain, 0, false, june);
        assertRows(sheet, ref.strikes(false), "june");
        assertThat(sheet.skippedContracts()).isEqualTo(1);
        TermStructure ts = new TermStructureBuilder().build(chain);
        Exposure juneRow = ts.byExpiry().stream().filter(x -> x.expiration().equals(JUNE)).findFirst().orElseThrow()
                .exposure();
        assertThat(sheet.total().netGex()).isCloseTo(juneRow.netGex(), within(1e-12 * Math.abs(juneRow.netGex())));
        StrikeSheet today = new StrikeSheetBuilder().build(chain, TODAY::equals);
        assertThat(today.skippedContracts()).isZero();
        assertThat(today.strikes()).hasSize(12);
    }

    @Test
    void build_selectionWithoutLiveContracts_isAnEmptySheet() {
        StrikeSheet none = new StrikeSheetBuilder().build(sample(), TODAY.minusDays(1)::equals);
        assertThat(none.strikes()).isEmpty();
        assertThat(none.total()).isEqualTo(Exposure.ZERO);
        assertThat(none.skippedContracts()).isZero();
    }

    @Test
    void build_openInterestSummedPerSide() {
        Instant asOf = AS_OF;
        OptionChain chain = OptionChain.builder("X", 100, asOf)
                .add(OptionType.CALL, JUNE, 100, 10, 0.2).add(OptionType.CALL, TODAY.plusDays(7), 100, 32, 0.25)
                .add(OptionType.PUT, JUNE, 100, 5, 0.2).add(OptionType.PUT, JUNE, 90, 7, 0.3).build();
        StrikeSheet sheet = new StrikeSheetBuilder().build(chain);
        assertThat(sheet.strikes()).extracting(StrikeExposure::strike).containsExactly(90.0, 100.0);
        StrikeExposure at90 = sheet.strikes().get(0);
        StrikeExposure at100 = sheet.strikes().get(1);
        assertThat(at90.callOpenInterest()).isZero();
        assertThat(at90.putOpenInterest()).isEqualTo(7);
        assertThat(at90.calls()).isEqualTo(Exposure.ZERO);
        assertThat(at100.callOpenInterest()).isEqualTo(42);
        assertThat(at100.putOpenInterest()).isEqualTo(5);
        assertThat(at100.openInterest()).isEqualTo(47);
    }

    @RepeatedTest(60)
    void build_randomChains_matchReferenceUnderRandomConventions(RepetitionInfo info) {
        long seed = 0x57_0000L + info.getCurrentRepetition();
        SplittableRandom random = new SplittableRandom(seed);
        // strikes on a coarse grid, so that several contracts share a strike across expirations and sides
        RandomChains.Header h = RandomChains.header(random, "R");
        OptionChain.Builder b = h.builder();
        int n = random.nextInt(1, 300);
        for (int i = 0; i < n; i++) {
            double k = Math.round(h.spot() * RandomChains.logUniform(random, 0.5, 2) * 4) / 4.0;
            b.add(random.nextBoolean() ? OptionType.CALL : OptionType.PUT,
                    RandomChains.expiration(random, h.asOf()), k, random.nextInt(0, 100_000),
                    RandomChains.logUniform(random, 0.05, 2));
        }
        OptionChain chain = b.build();
        int days = random.nextBoolean() ? 0 : random.nextBoolean() ? 262 : 252;
        boolean floor = random.nextBoolean();
        boolean perPoint = random.nextBoolean();
        Conventions conventions = Conventions.defaults()
                .withTimeBasis(days == 0 ? TimeBasis.calendar() : TimeBasis.weekdays(days, floor))
                .withGexUnit(perPoint ? GexUnit.PER_POINT : GexUnit.PER_ONE_PERCENT);
        ViewReference ref = ViewReference.of(chain, days, floor, e -> true);
        if (ref.live.isEmpty()) {
            assertThatThrownBy(() -> new StrikeSheetBuilder(conventions).build(chain))
                    .isInstanceOf(ExposureException.class);
            return;
        }
        StrikeSheet sheet = new StrikeSheetBuilder(conventions).build(chain);
        assertRows(sheet, ref.strikes(perPoint), "seed " + seed + " " + conventions);
    }

    @Test
    void build_noData_isNoDataWithTheSymbol() {
        OptionChain expired = OptionChain.builder("OLD", 100, AS_OF)
                .add(OptionType.CALL, TODAY.minusDays(1), 100, 1, 0.2).build();
        assertThatThrownBy(() -> new StrikeSheetBuilder().build(expired))
                .isInstanceOfSatisfying(ExposureException.class, e -> {
                    assertThat(e.error()).isEqualTo(ExposureError.NO_DATA);
                    assertThat(e.missingSymbols()).containsExactly("OLD");
                });
        assertThatThrownBy(() -> new StrikeSheetBuilder().build(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("chain");
        assertThatThrownBy(() -> new StrikeSheetBuilder().build(sample(), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("expirations");
    }

    /**
     * Every row, side and greek within 1e-12 of its Σ|terms|, plus SPEC §3's absolute floor of 1e-15 per contract
     * in greek units (OI·M·S of USD) for greeks below 1e-3.
     */
    private static void assertRows(StrikeSheet sheet, TreeMap<Double, ViewReference.StrikeRow> expected,
            String what) {
        assertThat(sheet.strikes()).extracting(StrikeExposure::strike).as(what)
                .containsExactlyElementsOf(expected.keySet());
        int i = 0;
        for (Map.Entry<Double, ViewReference.StrikeRow> e : expected.entrySet()) {
            StrikeExposure row = sheet.strikes().get(i++);
            ViewReference.StrikeRow ref = e.getValue();
            List<Exposure> sides = List.of(row.calls(), row.puts());
            for (int side = 0; side < 2; side++) {
                for (int g = 0; g < 4; g++) {
                    double tol = REL * ref.magnitude[side][g] + ref.floor[side][g] + Double.MIN_NORMAL;
                    assertThat(ReferenceModel.greek(sides.get(side), g))
                            .as("%s strike %s side %d greek %d", what, e.getKey(), side, g)
                            .isCloseTo(ref.value(side, g), within(tol));
                }
            }
            for (int g = 0; g < 4; g++) {
                assertThat(ReferenceModel.greek(row.net(), g)).as("%s strike %s net %d", what, e.getKey(), g)
                        .isCloseTo(ref.net(g), within(REL * ref.netMagnitude(g) + ref.netFloor(g) + Double.MIN_NORMAL));
            }
            assertThat(row.callOpenInterest()).isEqualTo(ref.oi[0].doubleValue());
            assertThat(row.putOpenInterest()).isEqualTo(ref.oi[1].doubleValue());
        }
    }
}
