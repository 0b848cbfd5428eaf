package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.exposure.BucketExposure;
import dev.exposure.ExpiryExposure;
import dev.exposure.Exposure;
import dev.exposure.OptionChain;
import dev.exposure.TermStructure;
import dev.exposure.TermStructureBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The term structure of every real chain: finite, with bucket sums equal to expiry sums, contract counts and
 * skipped counts equal to a count made here from the rules of SPEC §3 (live: expiry at 16:00 New York after the
 * as-of instant; valid: strike and IV finite and positive, open interest finite and not negative).
 */
class RealChainTermStructureTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Agreement of two sums of the same expiry rows, relative to Σ|row| (≤ Σ|terms|: stricter than SPEC §3). */
    private static final double SUM_TOLERANCE = 1e-12;

    static Stream<String> files() {
        return Stream.of("cboe/ndx-2022-02-05.csv", "cboe/nvda-2025.csv", "cboe/qqq-2023-06-12-eu.csv",
                "cboe/spx-2019-05-13.dat", "cboe/spx-2020-03-22.dat", "cboe/spx-2022-02-05.csv",
                "cboe/spx-2022-06-11.csv", "cboe/spx-2022-07-12-excel.csv", "cboe/spx-2023-02-07.csv",
                "cboe/spx-2023-12-09-ru.csv", "cboe/spx-2024-01-07.csv", "cboe/spx-2024-11-11-es.csv",
                "cboe/spx-2025-01-06.csv", "cboe/spy-2020-06-22.dat", "cboe/spy-2023-06-broken-date.csv",
                "cboe/spy-2023-09-14.csv", "cboe/spy-2025-09-25.csv", "cboe/xsp-2023-09-14.csv",
                "yfinance/spy-options.csv");
    }

    private static OptionChain read(String name) {
        ReadOptions o = name.contains("broken") ? ReadOptions.defaults().withAsOf(Instant.parse("2023-06-04T19:15:00Z"))
                : ReadOptions.defaults();
        return ChainFiles.read(SharedData.data(name), o).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void termStructure_realChain_isFiniteConsistentAndCountsByTheRules(String name) {
        OptionChain c = read(name);
        int live = 0;
        int liveValid = 0;
        SortedSet<LocalDate> expiries = new TreeSet<>();
        for (int i = 0; i < c.size(); i++) {
            Instant expiry = c.expiration(i).atTime(LocalTime.of(16, 0)).atZone(NEW_YORK).toInstant();
            if (!expiry.isAfter(c.asOf())) {
                continue;
            }
            live++;
            double k = c.strike(i);
            double iv = c.impliedVolatility(i);
            double oi = c.openInterest(i);
            if (k > 0 && k < Double.POSITIVE_INFINITY && iv > 0 && iv < Double.POSITIVE_INFINITY && oi >= 0
                    && oi < Double.POSITIVE_INFINITY) {
                liveValid++;
                expiries.add(c.expiration(i));
            }
        }
        TermStructure ts = new TermStructureBuilder().build(c);
        assertThat(ts.symbol()).isEqualTo(c.symbol());
        assertThat(ts.skippedContracts()).isEqualTo(live - liveValid);
        assertThat(ts.byDteBucket().stream().mapToInt(BucketExposure::contractCount).sum()).isEqualTo(liveValid);
        assertThat(ts.byExpiry()).extracting(ExpiryExposure::expiration).containsExactlyElementsOf(expiries);

        for (BucketExposure b : ts.byDteBucket()) {
            assertFinite(b.exposure(), name + " " + b.bucket());
        }
        double pct = 0;
        for (ExpiryExposure e : ts.byExpiry()) {
            assertFinite(e.exposure(), name + " " + e.expiration());
            assertThat(e.pctOfChainGex()).isFinite();
            pct += e.pctOfChainGex();
        }
        assertThat(pct).isCloseTo(100, within(1e-9));
        agree(ts, Exposure::netGex, name + " GEX");
        agree(ts, Exposure::netDex, name + " DEX");
        agree(ts, Exposure::netVex, name + " VEX");
        agree(ts, Exposure::netChex, name + " CHEX");
    }

    private static void assertFinite(Exposure x, String what) {
        assertThat(List.of(x.netGex(), x.netDex(), x.netVex(), x.netChex())).as(what).allMatch(Double::isFinite);
    }

    private static void agree(TermStructure ts, ToDoubleFunction<Exposure> greek, String what) {
        double buckets = 0;
        for (BucketExposure b : ts.byDteBucket()) {
            buckets += greek.applyAsDouble(b.exposure());
        }
        double expiries = 0;
        double scale = 0;
        for (ExpiryExposure e : ts.byExpiry()) {
            expiries += greek.applyAsDouble(e.exposure());
            scale += Math.abs(greek.applyAsDouble(e.exposure()));
        }
        assertThat(buckets).as(what).isCloseTo(expiries, within(SUM_TOLERANCE * scale));
    }

    @Test
    void termStructure_sundayDownload_leavesTheExpiredFridayOutAndSkipsTheZeroIvs() {
        OptionChain c = read("cboe/spx-2024-01-07.csv");
        TermStructure ts = new TermStructureBuilder().build(c);
        // awk -F, 'NR>4 && $1 != "Fri Jan 05 2024" { if ($8+0 <= 0) s++; if ($19+0 <= 0) s++; n+=2 }' gives
        // 20592 live contracts (10519 rows less the 223 of Friday 2024-01-05, two each), 600 with IV 0
        assertThat(ts.skippedContracts()).isEqualTo(600);
        assertThat(ts.byDteBucket().stream().mapToInt(BucketExposure::contractCount).sum()).isEqualTo(20592 - 600);
        List<ExpiryExposure> rows = ts.byExpiry();
        assertThat(rows.get(0).expiration()).isEqualTo(LocalDate.of(2024, 1, 8));
        assertThat(rows.get(0).dte()).isEqualTo(1);
        assertThat(rows).extracting(ExpiryExposure::expiration).doesNotContain(LocalDate.of(2024, 1, 5));
        // SPX (AM) and SPXW (PM) contracts of the monthly expiry form one row, the January OPEX
        assertThat(rows).filteredOn(e -> e.expiration().equals(LocalDate.of(2024, 1, 19))).singleElement()
                .satisfies(e -> assertThat(e.isOpex()).isTrue());
    }
}
