package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.exposure.calendar.TradingCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TermStructureBuilderTest {

    /** Friday 2026-05-29, 11:30 New York. */
    private static final Instant AS_OF = Instant.parse("2026-05-29T15:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 29);
    private static final TermStructureBuilder BUILDER = new TermStructureBuilder();

    private static OptionChain.Builder chain() {
        return OptionChain.builder("SPY", 597.5, AS_OF).riskFreeRate(0.043).dividendYield(0.012);
    }

    private static void assertExposureClose(Exposure actual, ReferenceModel.Row expected) {
        for (int g = 0; g < 4; g++) {
            assertThat(ReferenceModel.greek(actual, g)).as("greek " + g)
                    .isCloseTo(expected.value(g), within(1e-12 * expected.magnitude[g] + 1e-300));
        }
    }

    @Test
    void build_contractsOnEveryBucketBoundary_groupsThemInclusively() {
        OptionChain.Builder b = chain();
        int[] dtes = {0, 7, 8, 30, 31, 60, 61, 180, 181};
        for (int dte : dtes) {
            b.add(OptionType.CALL, TODAY.plusDays(dte), 600, 1000 + dte, 0.2);
            b.add(OptionType.PUT, TODAY.plusDays(dte), 590, 800, 0.22);
        }
        TermStructure ts = BUILDER.build(b.build());

        assertThat(ts.byExpiry()).extracting(ExpiryExposure::dte).containsExactly(0, 7, 8, 30, 31, 60, 61, 180, 181);
        assertThat(ts.byDteBucket()).extracting(BucketExposure::bucket)
                .containsExactly("0-7d", "8-30d", "31-60d", "61-180d", "180d+");
        assertThat(ts.byDteBucket()).extracting(BucketExposure::dteMin).containsExactly(0, 8, 31, 61, 181);
        assertThat(ts.byDteBucket()).extracting(BucketExposure::dteMax)
                .containsExactly(7, 30, 60, 180, 2147483647);
        assertThat(ts.byDteBucket()).extracting(BucketExposure::contractCount).containsExactly(4, 4, 4, 4, 2);
        // each bucket is the sum of its two expiry rows (the last one has one row)
        List<ExpiryExposure> rows = ts.byExpiry();
        for (int b2 = 0; b2 < 5; b2++) {
            Exposure bucket = ts.byDteBucket().get(b2).exposure();
            Exposure first = rows.get(2 * b2).exposure();
            Exposure second = b2 < 4 ? rows.get(2 * b2 + 1).exposure() : Exposure.ZERO;
            for (int g = 0; g < 4; g++) {
                double sum = ReferenceModel.greek(first, g) + ReferenceModel.greek(second, g);
                assertThat(ReferenceModel.greek(bucket, g)).isCloseTo(sum, within(1e-12 * Math.abs(sum) + 1e-9));
            }
        }
    }

    @Test
    void build_rows_matchIndependentReferencePerExpiry() {
        OptionChain c = sampleChain();
        TermStructure ts = BUILDER.build(c);
        ReferenceModel ref = ReferenceModel.of(c);
        assertThat(ts.byExpiry()).extracting(ExpiryExposure::expiration)
                .containsExactlyElementsOf(ref.rows.keySet());
        for (ExpiryExposure row : ts.byExpiry()) {
            assertThat(row.dte()).isEqualTo(ref.rows.get(row.expiration()).dte);
            assertExposureClose(row.exposure(), ref.rows.get(row.expiration()));
        }
    }

    @Test
    void build_bucketsAndRows_sumToTheChainTotal() {
        OptionChain c = sampleChain();
        TermStructure ts = BUILDER.build(c);
        ReferenceModel ref = ReferenceModel.of(c);
        for (int g = 0; g < 4; g++) {
            double rowSum = 0;
            for (ExpiryExposure row : ts.byExpiry()) {
                rowSum += ReferenceModel.greek(row.exposure(), g);
            }
            double bucketSum = 0;
            for (BucketExposure bucket : ts.byDteBucket()) {
                bucketSum += ReferenceModel.greek(bucket.exposure(), g);
            }
            double tolerance = 1e-12 * ref.magnitude(g);
            assertThat(rowSum).isCloseTo(ref.total(g), within(tolerance));
            assertThat(bucketSum).isCloseTo(ref.total(g), within(tolerance));
        }
        int contracts = ts.byDteBucket().stream().mapToInt(BucketExposure::contractCount).sum();
        assertThat(contracts).isEqualTo(ref.rows.values().stream().mapToInt(r -> r.count).sum());
    }

    @Test
    void build_pctOfChainGex_isShareOfAbsoluteGexAndSumsTo100() {
        TermStructure ts = BUILDER.build(sampleChain());
        double absTotal = ts.byExpiry().stream().mapToDouble(r -> Math.abs(r.exposure().netGex())).sum();
        double pctSum = 0;
        for (ExpiryExposure row : ts.byExpiry()) {
            assertThat(row.pctOfChainGex())
                    .isCloseTo(100 * Math.abs(row.exposure().netGex()) / absTotal, within(1e-12));
            pctSum += row.pctOfChainGex();
        }
        assertThat(pctSum).isCloseTo(100, within(1e-12));
    }

    @Test
    void build_allOpenInterestZero_givesZeroExposureZeroPctAndCountsContracts() {
        OptionChain c = chain().add(OptionType.CALL, TODAY.plusDays(3), 600, 0, 0.2)
                .add(OptionType.PUT, TODAY.plusDays(40), 550, 0, 0.3).build();
        TermStructure ts = BUILDER.build(c);
        assertThat(ts.byExpiry()).extracting(ExpiryExposure::pctOfChainGex).containsExactly(0.0, 0.0);
        assertThat(ts.byExpiry()).extracting(ExpiryExposure::exposure).containsOnly(Exposure.ZERO);
        assertThat(ts.byDteBucket()).extracting(BucketExposure::contractCount).containsExactly(1, 1);
        assertThat(ts.byDteBucket()).extracting(BucketExposure::bucket).containsExactly("0-7d", "31-60d");
    }

    @Test
    void build_asOfAfter2000NewYork_usesNewYorkDateForDte() {
        // 20:30 New York on Friday 2026-05-29 is already Saturday 00:30 UTC
        Instant late = LocalDateTime.of(2026, 5, 29, 20, 30).atZone(Chains.NEW_YORK).toInstant();
        assertThat(late).isEqualTo(Instant.parse("2026-05-30T00:30:00Z"));
        OptionChain c = OptionChain.builder("SPY", 597.5, late)
                .add(OptionType.CALL, LocalDate.of(2026, 6, 1), 600, 10, 0.2)
                .add(OptionType.CALL, LocalDate.of(2026, 6, 5), 600, 10, 0.2).build();
        TermStructure ts = BUILDER.build(c);
        assertThat(ts.byExpiry()).extracting(ExpiryExposure::dte).containsExactly(3, 7);
        assertThat(ts.byDteBucket()).extracting(BucketExposure::bucket).containsExactly("0-7d");
    }

    @Test
    void build_sameDayExpiryBefore1600NewYork_isLiveWithDteZero() {
        Instant before = LocalDateTime.of(2026, 5, 29, 15, 59, 59).atZone(Chains.NEW_YORK).toInstant();
        OptionChain c = OptionChain.builder("SPY", 597.5, before)
                .add(OptionType.PUT, TODAY, 597.5, 5000, 0.12).build(); // at the money: φ(d1) > 0
        TermStructure ts = BUILDER.build(c);
        assertThat(ts.byExpiry()).singleElement().satisfies(row -> {
            assertThat(row.dte()).isZero();
            assertThat(row.exposure().netGex()).isNegative();
        });
        assertThat(ts.byDteBucket()).singleElement().extracting(BucketExposure::contractCount).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"16:00:00", "16:00:01", "23:59:59"})
    void build_sameDayExpiryAtOrAfter1600NewYork_isExpiredAndLeftOut(String time) {
        Instant at = LocalDateTime.parse("2026-05-29T" + time).atZone(Chains.NEW_YORK).toInstant();
        OptionChain c = OptionChain.builder("SPY", 597.5, at)
                .add(OptionType.PUT, TODAY, 597, 5000, 0.12)
                .add(OptionType.PUT, TODAY, Double.NaN, 5000, 0.12) // expired and bad: neither counted
                .add(OptionType.CALL, TODAY.plusDays(1), 600, 100, 0.12).build();
        TermStructure ts = BUILDER.build(c);
        assertThat(ts.byExpiry()).extracting(ExpiryExposure::expiration).containsExactly(TODAY.plusDays(1));
        assertThat(ts.byDteBucket()).singleElement().extracting(BucketExposure::contractCount).isEqualTo(1);
        assertThat(ts.skippedContracts()).isZero();
    }

    @Test
    void build_badMarketData_skipsAndCountsLiveContractsOnly() {
        LocalDate exp = TODAY.plusDays(20);
        Consumer<OptionChain.Builder> good = b -> b.add(OptionType.CALL, exp, 600, 100, 0.2)
                .add(OptionType.PUT, exp, 580, 0, 0.25);
        OptionChain.Builder withBad = chain();
        good.accept(withBad);
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        double[][] bad = {{nan, 1, 0.2}, {0, 1, 0.2}, {-5, 1, 0.2}, {inf, 1, 0.2}, {600, 1, nan}, {600, 1, 0},
            {600, 1, -0.2}, {600, 1, inf}, {600, -1, 0.2}, {600, nan, 0.2}, {600, inf, 0.2}};
        for (double[] x : bad) {
            withBad.add(OptionType.CALL, exp, x[0], x[1], x[2]);
        }
        withBad.add(OptionType.CALL, TODAY.minusDays(1), nan, nan, nan); // expired: not skipped, not counted
        OptionChain.Builder clean = chain();
        good.accept(clean);

        TermStructure dirty = BUILDER.build(withBad.build());
        TermStructure reference = BUILDER.build(clean.build());
        assertThat(dirty.skippedContracts()).isEqualTo(bad.length);
        assertThat(dirty.byExpiry()).isEqualTo(reference.byExpiry());
        assertThat(dirty.byDteBucket()).isEqualTo(reference.byDteBucket());
        assertThat(dirty.byDteBucket()).singleElement().extracting(BucketExposure::contractCount).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void build_invalidUnderlyingPrice_throwsNoData(double price) {
        OptionChain c = OptionChain.builder("QQQ", price, AS_OF)
                .add(OptionType.CALL, TODAY.plusDays(5), 500, 10, 0.2).build();
        assertThatThrownBy(() -> BUILDER.build(c)).isInstanceOfSatisfying(ExposureException.class, e -> {
            assertThat(e.error()).isEqualTo(ExposureError.NO_DATA);
            assertThat(e.missingSymbols()).containsExactly("QQQ");
            assertThat(e.getMessage()).contains("QQQ").contains("underlying price");
        });
    }

    @Test
    void build_noLiveValidContract_throwsNoData() {
        OptionChain empty = OptionChain.builder("IWM", 210, AS_OF).build();
        OptionChain onlyExpiredOrBad = OptionChain.builder("IWM", 210, AS_OF)
                .add(OptionType.CALL, TODAY.minusDays(3), 200, 10, 0.2)
                .add(OptionType.PUT, TODAY.plusDays(3), 200, 10, 0).build();
        for (OptionChain c : List.of(empty, onlyExpiredOrBad)) {
            assertThatThrownBy(() -> BUILDER.build(c)).isInstanceOfSatisfying(ExposureException.class, e -> {
                assertThat(e.error()).isEqualTo(ExposureError.NO_DATA);
                assertThat(e.error().httpStatus()).isEqualTo(404);
                assertThat(e.getMessage()).contains("IWM");
            });
        }
    }

    @Test
    void build_expirationsAddedOutOfOrder_rowsAscend() {
        OptionChain c = chain().add(OptionType.CALL, TODAY.plusDays(90), 600, 1, 0.2)
                .add(OptionType.CALL, TODAY.plusDays(2), 600, 1, 0.2)
                .add(OptionType.PUT, TODAY.plusDays(30), 600, 1, 0.2)
                .add(OptionType.PUT, TODAY.plusDays(2), 600, 1, 0.2).build();
        TermStructure ts = BUILDER.build(c);
        assertThat(ts.byExpiry()).extracting(ExpiryExposure::dte).containsExactly(2, 30, 90);
        assertThat(ts.symbol()).isEqualTo("SPY");
        assertThat(ts.underlyingPrice()).isEqualTo(597.5);
        assertThat(ts.asOf()).isEqualTo(AS_OF);
    }

    @Test
    void build_withNyseCalendar_flagsHolidayAdjustedOpexAndTripleWitching() {
        OptionChain c = chain()
                .add(OptionType.CALL, LocalDate.of(2026, 6, 18), 600, 1, 0.2)   // Thursday before Juneteenth
                .add(OptionType.CALL, LocalDate.of(2026, 6, 19), 600, 1, 0.2)   // the holiday Friday itself
                .add(OptionType.CALL, LocalDate.of(2026, 7, 17), 600, 1, 0.2)   // ordinary third Friday
                .add(OptionType.CALL, LocalDate.of(2026, 9, 18), 600, 1, 0.2)   // September third Friday
                .add(OptionType.CALL, LocalDate.of(2026, 9, 25), 600, 1, 0.2)   // weekly
                .build();
        TermStructure ts = BUILDER.build(c);
        assertThat(ts.byExpiry()).extracting(ExpiryExposure::isOpex).containsExactly(true, false, true, true, false);
        assertThat(ts.byExpiry()).extracting(ExpiryExposure::isTripleWitching)
                .containsExactly(true, false, false, true, false);
    }

    @Test
    void build_goodFriday2022_movesAprilOpexToThursday() {
        Instant asOf = Instant.parse("2022-04-01T14:00:00Z");
        OptionChain c = OptionChain.builder("SPY", 450, asOf)
                .add(OptionType.PUT, LocalDate.of(2022, 4, 14), 440, 10, 0.2)
                .add(OptionType.PUT, LocalDate.of(2022, 4, 15), 440, 10, 0.2).build();
        TermStructure ts = BUILDER.build(c);
        assertThat(ts.byExpiry()).extracting(ExpiryExposure::isOpex).containsExactly(true, false);
    }

    @Test
    void build_customCalendar_decidesOpex() {
        TradingCalendar noFridays = d -> d.getDayOfWeek() != DayOfWeek.FRIDAY
                && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
        OptionChain c = chain().add(OptionType.CALL, LocalDate.of(2026, 7, 16), 600, 1, 0.2)
                .add(OptionType.CALL, LocalDate.of(2026, 7, 17), 600, 1, 0.2).build();
        TermStructure ts = new TermStructureBuilder(noFridays).build(c);
        assertThat(ts.byExpiry()).extracting(ExpiryExposure::isOpex).containsExactly(true, false);
        assertThatThrownBy(() -> new TermStructureBuilder((TradingCalendar) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("calendar");
    }

    @Test
    void build_resultLists_areUnmodifiable() {
        TermStructure ts = BUILDER.build(sampleChain());
        assertThatThrownBy(() -> ts.byExpiry().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ts.byDteBucket().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    /** A few hundred contracts over 0DTE to LEAPS with a skew, deterministic. */
    static OptionChain sampleChain() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        OptionChain.Builder b = OptionChain.builder("SPY", 597.5, AS_OF).riskFreeRate(0.043).dividendYield(0.012);
        int[] dtes = {0, 1, 4, 7, 14, 20, 27, 48, 83, 111, 202, 384, 601};
        for (int dte : dtes) {
            for (int k = 480; k <= 720; k += 10) {
                double sigma = 0.14 + 0.25 * Math.max(0, (597.5 - k) / 597.5) + random.nextDouble(0, 0.02);
                double oi = Math.floor(Math.exp(random.nextDouble(2, 9)));
                b.add(OptionType.CALL, TODAY.plusDays(dte), k, oi, sigma);
                b.add(OptionType.PUT, TODAY.plusDays(dte), k, oi * 1.3, sigma + 0.01);
            }
        }
        return b.build();
    }
}
