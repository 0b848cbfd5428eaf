package dev.exposure.spark;

import static org.apache.spark.sql.functions.rand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exposure.BucketExposure;
import dev.exposure.Conventions;
import dev.exposure.ExpiryExposure;
import dev.exposure.ExposureLevels;
import dev.exposure.GexUnit;
import dev.exposure.LevelsBuilder;
import dev.exposure.StrikeExposure;
import dev.exposure.StrikeSheet;
import dev.exposure.StrikeSheetBuilder;
import dev.exposure.TermStructure;
import dev.exposure.TermStructureBuilder;
import dev.exposure.TimeBasis;
import dev.exposure.calendar.TradingCalendar;
import java.io.Serializable;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spark outputs against the library called in-process on the same snapshots: 216 generated DataShop snapshots
 * of three symbols (with 0DTE expirations, bad contracts, two snapshots without data and one with an unreadable
 * as-of), compared row for row and double for double.
 */
class SparkExposureTest {

    private static final long SEED = 20_260_302L;
    private static final int TRADE_DATES = 24;

    private static SparkSession spark;
    private static DataShopSample sample;
    private static Map<List<String>, Reference.Snapshot> snapshots;
    private static Dataset<Row> quotes;
    private static SparkExposure exposure;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.get();
        sample = DataShopSample.generate(SEED, TRADE_DATES);
        snapshots = Reference.of(sample);
        Path csv = Path.of("target", "spark-test", "datashop-csv");
        sample.writeCsv(csv);
        quotes = spark.read().option("header", "true").csv(csv.toString()).repartition(3).cache();
        exposure = SparkExposure.of(ContractColumns.cboeDataShop());
    }

    private static List<List<Object>> byExpiry(TermStructure ts, int unreadable) {
        List<List<Object>> rows = new ArrayList<>();
        for (ExpiryExposure e : ts.byExpiry()) {
            rows.add(List.of(ts.underlyingPrice(), e.expiration(), e.dte(), e.isOpex(), e.isTripleWitching(),
                    e.exposure().netGex(), e.exposure().netDex(), e.exposure().netVex(), e.exposure().netChex(),
                    e.pctOfChainGex(), ts.skippedContracts() + unreadable));
        }
        return rows;
    }

    private static List<List<Object>> byBucket(TermStructure ts, int unreadable) {
        List<List<Object>> rows = new ArrayList<>();
        for (BucketExposure b : ts.byDteBucket()) {
            rows.add(List.of(ts.underlyingPrice(), b.bucket(), List.of(b.dteMin(), b.dteMax()),
                    b.exposure().netGex(), b.exposure().netDex(), b.exposure().netVex(), b.exposure().netChex(),
                    b.contractCount(), ts.skippedContracts() + unreadable));
        }
        return rows;
    }

    private static List<List<Object>> strikeSheet(StrikeSheet sheet, int unreadable) {
        List<List<Object>> rows = new ArrayList<>();
        for (StrikeExposure x : sheet.strikes()) {
            rows.add(List.of(sheet.underlyingPrice(), x.strike(),
                    x.calls().netGex(), x.puts().netGex(), x.net().netGex(),
                    x.calls().netDex(), x.puts().netDex(), x.net().netDex(),
                    x.calls().netVex(), x.puts().netVex(), x.net().netVex(),
                    x.calls().netChex(), x.puts().netChex(), x.net().netChex(),
                    x.callOpenInterest(), x.putOpenInterest(), sheet.skippedContracts() + unreadable));
        }
        return rows;
    }

    private static Object level(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    private static List<List<Object>> levels(ExposureLevels l) {
        List<Object> row = Arrays.asList(l.underlyingPrice(), level(l.gammaFlip()), level(l.maxPositiveGamma()),
                level(l.maxNegativeGamma()), level(l.callWall()), level(l.putWall()), level(l.highestOiStrike()),
                l.zeroDte().isPresent() ? l.zeroDte().get().magnet() : null);
        return List.of(row);
    }

    private static Map<List<Object>, List<List<Object>>> expectedByExpiry() {
        TermStructureBuilder builder = new TermStructureBuilder();
        return Reference.expected(snapshots, (chain, unreadable) -> byExpiry(builder.build(chain), unreadable));
    }

    @Test
    void sample_generated_coversTheCasesTheTestsNeed() {
        assertThat(sample.snapshots()).isGreaterThanOrEqualTo(200);
        assertThat(snapshots).hasSize(sample.snapshots());
        assertThat(snapshots.values().stream().map(Reference.Snapshot::symbol).distinct())
                .containsExactlyInAnyOrder("SPX", "SPY", "QQQ");
        assertThat(snapshots.values().stream().mapToInt(Reference.Snapshot::unreadable).sum()).isPositive();
    }

    @Test
    void termStructureByExpiry_dataShopSnapshots_equalLibraryResultsExactly() {
        Dataset<Row> out = exposure.termStructureByExpiry(quotes);
        assertThat(out.columns()).containsExactly("symbol", "as_of", "underlying_price", "expiration", "dte",
                "is_opex", "is_triple_witching", "net_gex", "net_dex", "net_vex", "net_chex", "pct_of_chain_gex",
                "skipped_contracts");
        Map<List<Object>, List<List<Object>>> actual = Reference.actual(out.collectAsList());
        Map<List<Object>, List<List<Object>>> expected = expectedByExpiry();
        assertThat(expected.size()).isEqualTo(sample.snapshots() - 3);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void termStructureByBucket_dataShopSnapshots_equalLibraryResultsExactly() {
        Dataset<Row> out = exposure.termStructureByBucket(quotes);
        assertThat(out.columns()).containsExactly("symbol", "as_of", "underlying_price", "bucket", "dte_range",
                "net_gex", "net_dex", "net_vex", "net_chex", "contract_count", "skipped_contracts");
        TermStructureBuilder builder = new TermStructureBuilder();
        Map<List<Object>, List<List<Object>>> expected = Reference.expected(snapshots,
                (chain, unreadable) -> byBucket(builder.build(chain), unreadable));
        assertThat(Reference.actual(out.collectAsList())).isEqualTo(expected);
    }

    @Test
    void strikeSheet_dataShopSnapshots_equalLibraryResultsExactly() {
        Dataset<Row> out = exposure.strikeSheet(quotes);
        assertThat(out.columns()).containsExactly("symbol", "as_of", "underlying_price", "strike", "call_gex",
                "put_gex", "net_gex", "call_dex", "put_dex", "net_dex", "call_vex", "put_vex", "net_vex",
                "call_chex", "put_chex", "net_chex", "call_oi", "put_oi", "skipped_contracts");
        StrikeSheetBuilder builder = new StrikeSheetBuilder();
        Map<List<Object>, List<List<Object>>> expected = Reference.expected(snapshots,
                (chain, unreadable) -> strikeSheet(builder.build(chain), unreadable));
        assertThat(expected).hasSize(sample.snapshots() - 3);
        assertThat(Reference.actual(out.collectAsList())).isEqualTo(expected);
    }

    @Test
    void levels_dataShopSnapshots_equalLibraryResultsExactly() {
        Dataset<Row> out = exposure.levels(quotes);
        assertThat(out.columns()).containsExactly("symbol", "as_of", "underlying_price", "gamma_flip",
                "max_positive_gamma", "max_negative_gamma", "call_wall", "put_wall", "highest_oi_strike",
                "zero_dte_magnet");
        LevelsBuilder builder = new LevelsBuilder();
        Map<List<Object>, List<List<Object>>> expected = Reference.expected(snapshots,
                (chain, unreadable) -> levels(builder.build(chain)));
        Map<List<Object>, List<List<Object>>> actual = Reference.actual(out.collectAsList());
        assertThat(actual).isEqualTo(expected);
        // every snapshot with data has a live 0DTE expiration, hence a magnet
        assertThat(actual.values()).allSatisfy(rows -> assertThat(rows.get(0).get(7)).isNotNull());
    }

    @Test
    void termStructureByExpiry_otherConventions_equalLibraryResultsWithThem() {
        TradingCalendar everyWeekday = (TradingCalendar & Serializable) d -> d.getDayOfWeek().getValue() <= 5;
        Conventions conventions = Conventions.defaults().withCalendar(everyWeekday)
                .withTimeBasis(TimeBasis.weekdays(252, true)).withGexUnit(GexUnit.PER_POINT);
        SparkExposure withThem = exposure.withConventions(conventions);
        assertThat(withThem.conventions()).isEqualTo(Conventions.defaults().withCalendar(everyWeekday)
                .withTimeBasis(TimeBasis.weekdays(252, true)).withGexUnit(GexUnit.PER_POINT));
        TermStructureBuilder builder = new TermStructureBuilder(conventions);
        Map<List<Object>, List<List<Object>>> expected = Reference.expected(snapshots,
                (chain, unreadable) -> byExpiry(builder.build(chain), unreadable));
        Map<List<Object>, List<List<Object>>> actual =
                Reference.actual(withThem.termStructureByExpiry(quotes).collectAsList());
        assertThat(actual).isEqualTo(expected);
        assertThat(actual).isNotEqualTo(expectedByExpiry());
    }

    @Test
    void withConventions_calendarNotSerializable_isRejectedNamingIt() {
        TradingCalendar notSerializable = d -> true;
        assertThatThrownBy(() -> exposure.withConventions(Conventions.defaults().withCalendar(notSerializable)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be Serializable");
    }

    @Test
    void termStructureByExpiry_zeroDteAndBadContracts_appearAsGenerated() {
        Map<List<Object>, List<List<Object>>> actual =
                Reference.actual(exposure.termStructureByExpiry(quotes).collectAsList());
        int index = 0;
        int checked = 0;
        for (Reference.Snapshot s : snapshots.values()) {
            int i = index++;
            if (i == 7 || i == 11) { // no data: no rows
                assertThat(actual).doesNotContainKey(List.of(s.symbol(), s.asOf()));
                continue;
            }
            if (i == 13) { // unreadable as-of: no rows (no row of the output lacks an as-of)
                assertThat(s.asOf()).isNull();
                continue;
            }
            List<List<Object>> rows = actual.get(List.of(s.symbol(), s.asOf()));
            // the first row is the same-day expiration, live because every snapshot is taken before 16:00
            LocalDate today = s.asOf().atZone(java.time.ZoneId.of("America/New_York")).toLocalDate();
            assertThat(rows.get(0).subList(1, 3)).containsExactly(today, 0);
            // one bad contract in every snapshot but those with a valid duplicate instead (index % 9 == 6)
            int skipped = i % 9 == 6 ? 0 : 1;
            assertThat(rows).allSatisfy(r -> assertThat(r.get(10)).isEqualTo(skipped));
            checked++;
        }
        assertThat(checked).isEqualTo(sample.snapshots() - 3);
        assertThat(actual).hasSize(checked);
    }

    @Test
    void termStructureByExpiry_reshuffledInput_sameRowsBitForBit() {
        List<Row> reference = exposure.termStructureByExpiry(quotes).collectAsList();
        Dataset<Row> shuffled = quotes.orderBy(rand(7)).repartition(5);
        List<Row> again = exposure.termStructureByExpiry(shuffled).collectAsList();
        assertThat(Reference.actual(again)).isEqualTo(Reference.actual(reference));
    }

    @Test
    void snapshotStatus_everySnapshot_oneRowWithItsOutcome() {
        Dataset<Row> out = exposure.snapshotStatus(quotes);
        assertThat(out.columns()).containsExactly("symbol", "as_of", "underlying_price", "status", "message",
                "contract_rows", "skipped_contracts");
        List<Row> rows = out.collectAsList();
        assertThat(rows).hasSize(sample.snapshots());
        assertThat(rows.stream().filter(r -> r.getString(3).equals("ok")).count())
                .isEqualTo(sample.snapshots() - 3L);
        List<Row> noData = rows.stream().filter(r -> r.getString(3).equals("no_data")).toList();
        assertThat(noData).hasSize(2);
        assertThat(noData).allSatisfy(r -> {
            assertThat(r.isNullAt(6)).isTrue();
            assertThat(r.getString(4)).contains("no data");
        });
        // one has expired contracts only, one is priced at 0
        assertThat(noData.stream().filter(r -> r.getDouble(2) == 0.0).count()).isEqualTo(1);
        List<Row> invalid = rows.stream().filter(r -> r.getString(3).equals("invalid")).toList();
        assertThat(invalid).singleElement().satisfies(r -> {
            assertThat(r.isNullAt(1)).isTrue();
            assertThat(r.getString(4)).isEqualTo("as-of '2026-03-02 25:61:00' cannot be read");
        });
        int rowsIn = sample.quotes().size();
        assertThat(rows.stream().mapToInt(r -> r.getInt(5)).sum()).isEqualTo(rowsIn);
        for (Row r : rows) {
            if (r.getString(3).equals("ok")) {
                Reference.Snapshot s = snapshots.values().stream()
                        .filter(x -> x.symbol().equals(r.getString(0)) && r.getTimestamp(1).toInstant()
                                .equals(x.asOf())).findFirst().orElseThrow();
                assertThat(r.getInt(5)).isEqualTo(s.contracts().size());
                assertThat(r.getInt(6)).isEqualTo(new TermStructureBuilder().build(s.chain()).skippedContracts()
                        + s.unreadable());
            }
        }
    }

    @Test
    void termStructureByExpiry_java8DatetimeApi_sameValues() {
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        try {
            List<Row> rows = exposure.termStructureByExpiry(quotes).collectAsList();
            assertThat(rows.get(0).get(1)).isInstanceOf(Instant.class);
            assertThat(rows.get(0).get(3)).isInstanceOf(LocalDate.class);
            assertThat(Reference.actual(rows)).isEqualTo(expectedByExpiry());
        } finally {
            spark.conf().unset("spark.sql.datetime.java8API.enabled");
        }
    }

    @Test
    void termStructureByExpiry_parquetRoundTrip_readsBackTheSameRows() {
        Path dir = Path.of("target", "spark-test", "by-expiry.parquet");
        Dataset<Row> out = exposure.termStructureByExpiry(quotes);
        out.write().mode(SaveMode.Overwrite).parquet(dir.toString());
        Dataset<Row> back = spark.read().parquet(dir.toString());
        assertThat(back.schema().fieldNames()).containsExactly(out.schema().fieldNames());
        assertThat(back.schema().apply("as_of").dataType()).isEqualTo(out.schema().apply("as_of").dataType());
        assertThat(back.schema().apply("expiration").dataType())
                .isEqualTo(out.schema().apply("expiration").dataType());
        List<Row> sorted = back.orderBy("symbol", "as_of", "expiration").collectAsList();
        assertThat(Reference.actual(sorted)).isEqualTo(expectedByExpiry());
    }
}
