package dev.exposure.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exposure.ExpiryExposure;
import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import dev.exposure.TermStructure;
import dev.exposure.TermStructureBuilder;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The column mapping: presets, optional columns, text and typed input, expressions, values it cannot use. */
class ContractColumnsTest {

    private static final Instant AS_OF = Instant.parse("2026-05-29T15:30:00Z"); // 11:30 in New York
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 18);
    private static final LocalDate JULY = LocalDate.of(2026, 7, 17);

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.get();
    }

    private static Dataset<Row> frame(String[] names, DataType[] types, Object[]... rows) {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            fields.add(DataTypes.createStructField(names[i], types[i], true));
        }
        StructType schema = DataTypes.createStructType(fields);
        List<Row> list = new ArrayList<>();
        for (Object[] r : rows) {
            list.add(RowFactory.create(r));
        }
        return spark.createDataFrame(list, schema);
    }

    private static DataType[] strings(int n) {
        DataType[] t = new DataType[n];
        java.util.Arrays.fill(t, DataTypes.StringType);
        return t;
    }

    /** The in-process chain of the small frames below, contracts in the group order. */
    private static OptionChain chain(String symbol, double rate, double yield, int multiplier) {
        return OptionChain.builder(symbol, 597.5, AS_OF).riskFreeRate(rate).dividendYield(yield)
                .contractMultiplier(multiplier)
                .add(OptionType.PUT, JUNE, 590, 22_500, 0.1518)
                .add(OptionType.CALL, JUNE, 600, 15_000, 0.1432)
                .add(OptionType.CALL, JULY, 610, 8_000, 0.1390)
                .build();
    }

    private static List<List<Object>> expected(OptionChain chain) {
        TermStructure ts = new TermStructureBuilder().build(chain);
        List<List<Object>> rows = new ArrayList<>();
        for (ExpiryExposure e : ts.byExpiry()) {
            rows.add(List.of(ts.symbol(), ts.asOf(), ts.underlyingPrice(), e.expiration(), e.dte(), e.isOpex(),
                    e.isTripleWitching(), e.exposure().netGex(), e.exposure().netDex(), e.exposure().netVex(),
                    e.exposure().netChex(), e.pctOfChainGex(), ts.skippedContracts()));
        }
        return rows;
    }

    private static List<List<Object>> actual(Dataset<Row> out) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row r : out.collectAsList()) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < r.length(); i++) {
                values.add(Reference.plain(r.get(i)));
            }
            rows.add(values);
        }
        return rows;
    }

    @Test
    void projectCsv_typedColumnsWithoutOptionalOnes_takeTheDefaults() {
        Dataset<Row> in = frame(
                new String[] {"symbol", "as_of", "underlying_price", "type", "expiration", "strike", "open_interest",
                    "implied_volatility"},
                new DataType[] {DataTypes.StringType, DataTypes.TimestampType, DataTypes.DoubleType,
                    DataTypes.StringType, DataTypes.DateType, DataTypes.DoubleType, DataTypes.LongType,
                    DataTypes.DoubleType},
                new Object[] {"SPY", Timestamp.from(AS_OF), 597.5, "call", Date.valueOf(JULY), 610.0, 8_000L, 0.1390},
                new Object[] {"SPY", Timestamp.from(AS_OF), 597.5, "call", Date.valueOf(JUNE), 600.0, 15_000L, 0.1432},
                new Object[] {"SPY", Timestamp.from(AS_OF), 597.5, "put", Date.valueOf(JUNE), 590.0, 22_500L, 0.1518});
        Dataset<Row> out = SparkExposure.of(ContractColumns.projectCsv()).termStructureByExpiry(in);
        assertThat(actual(out)).isEqualTo(expected(chain("SPY", 0, 0, 100)));
    }

    @Test
    void projectCsv_textAsInTheCsvFile_readsEveryColumn() {
        String[] names = {"symbol", "underlying_price", "as_of", "risk_free_rate", "dividend_yield",
            "contract_multiplier", "type", "expiration", "strike", "open_interest", "implied_volatility"};
        Dataset<Row> in = frame(names, strings(names.length),
                new Object[] {" SPY", "597.5", "2026-05-29T15:30:00Z", "0.043", null, "10", " Call ", "2026-06-18",
                    "600", "15000", "0.1432"},
                new Object[] {"SPY", "597.5", "2026-05-29T15:30:00Z", "0.043", null, "10", "PUT", "2026-06-18",
                    "590", "22500", "0.1518"},
                new Object[] {"SPY", "597.5", "2026-05-29T15:30:00Z", "0.043", null, "10", "c", "2026-07-17",
                    "610", "8000", "0.1390"});
        Dataset<Row> out = SparkExposure.of(ContractColumns.projectCsv()).termStructureByExpiry(in);
        assertThat(actual(out)).isEqualTo(expected(chain("SPY", 0.043, 0, 10)));
    }

    @Test
    void cboeDataShop_caretAndNewYorkTime_giveSymbolAndInstant() {
        List<String> header = DataShopSample.HEADER;
        Object[] put = new Object[header.size()];
        Object[] call = new Object[header.size()];
        Object[] later = new Object[header.size()];
        for (Object[] r : List.of(put, call, later)) {
            r[header.indexOf("underlying_symbol")] = "^SPY";
            r[header.indexOf("quote_datetime")] = "2026-05-29 11:30:00";
            r[header.indexOf("active_underlying_price")] = "597.5";
            r[header.indexOf("root")] = "SPY";
            r[header.indexOf("delta")] = "0.5";
        }
        fill(put, "2026-06-18", "590", "P", "22500", "0.1518");
        fill(call, "2026-06-18", "600", "C", "15000", "0.1432");
        fill(later, "2026-07-17", "610", "C", "8000", "0.1390");
        Dataset<Row> in = frame(header.toArray(new String[0]), strings(header.size()), later, put, call);
        Dataset<Row> out = SparkExposure.of(ContractColumns.cboeDataShop()).termStructureByExpiry(in);
        assertThat(actual(out)).isEqualTo(expected(chain("SPY", 0, 0, 100)));
    }

    private static void fill(Object[] r, String expiration, String strike, String type, String oi, String iv) {
        List<String> header = DataShopSample.HEADER;
        r[header.indexOf("expiration")] = expiration;
        r[header.indexOf("strike")] = strike;
        r[header.indexOf("option_type")] = type;
        r[header.indexOf("open_interest")] = oi;
        r[header.indexOf("implied_volatility")] = iv;
    }

    @Test
    void cboeDataShopEndOfDay_quoteDate_isTheSnapshotAt1545NewYork() {
        String[] names = {"underlying_symbol", "quote_date", "expiration", "strike", "option_type",
            "active_underlying_price_1545", "implied_volatility_1545", "open_interest"};
        Dataset<Row> in = frame(names, strings(names.length),
                new Object[] {"^SPX", "2026-05-29", "2026-06-18", "5400", "C", "5390.5", "0.15", "1000"});
        List<Row> rows = SparkExposure.of(ContractColumns.cboeDataShopEndOfDay()).levels(in).collectAsList();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.getString(0)).isEqualTo("SPX");
            assertThat(r.getTimestamp(1).toInstant()).isEqualTo(Instant.parse("2026-05-29T19:45:00Z"));
            assertThat(r.getDouble(2)).isEqualTo(5390.5);
        });
    }

    @Test
    void withExpressions_constantRateAndPercentVolatility_areUsed() {
        String[] names = {"sym", "ts", "px", "cp", "exp", "k", "oi", "iv_pct"};
        Dataset<Row> in = frame(names, strings(names.length),
                new Object[] {"QQQ", "2026-05-29 11:30", "597.5", "P", "2026-06-18", "590", "22500", "15.18"},
                new Object[] {"QQQ", "2026-05-29 11:30", "597.5", "C", "2026-06-18", "600", "15000", "14.32"},
                new Object[] {"QQQ", "2026-05-29 11:30", "597.5", "C", "2026-07-17", "610", "8000", "13.90"});
        ContractColumns columns = ContractColumns.projectCsv().withSymbol("sym").withAsOf(col("ts"))
                .withUnderlyingPrice("px").withType("cp").withExpiration("exp").withStrike("k")
                .withOpenInterest("oi").withImpliedVolatility(col("iv_pct").cast("double").divide(100))
                .withRiskFreeRate(lit(0.05)).withDividendYield(lit(0.01)).withContractMultiplier(lit(50));
        Dataset<Row> out = SparkExposure.of(columns).termStructureByExpiry(in);
        List<List<Object>> expected = expected(OptionChain.builder("QQQ", 597.5, AS_OF).riskFreeRate(0.05)
                .dividendYield(0.01).contractMultiplier(50)
                .add(OptionType.PUT, JUNE, 590, 22_500, 15.18 / 100)
                .add(OptionType.CALL, JUNE, 600, 15_000, 14.32 / 100)
                .add(OptionType.CALL, JULY, 610, 8_000, 13.90 / 100)
                .build());
        assertThat(actual(out)).isEqualTo(expected);
    }

    @Test
    void snapshotStatus_unusableSnapshotValues_areInvalidWithTheReason() {
        String[] names = {"symbol", "underlying_price", "as_of", "risk_free_rate", "contract_multiplier", "type",
            "expiration", "strike", "open_interest", "implied_volatility"};
        Dataset<Row> in = frame(names, strings(names.length),
                new Object[] {"AAA", "100", "2026-05-29T15:30:00Z", "abc", "100", "C", "2026-06-18", "100", "1",
                    "0.2"},
                new Object[] {"BBB", "100", "2026-05-29T15:30:00Z", "0", "2.5", "C", "2026-06-18", "100", "1",
                    "0.2"},
                new Object[] {null, "100", "2026-05-29T15:30:00Z", "0", "100", "C", "2026-06-18", "100", "1",
                    "0.2"},
                new Object[] {"DDD", "100", null, "0", "100", "C", "2026-06-18", "100", "1", "0.2"},
                new Object[] {"EEE", "100", "2026-05-29T15:30:00Z", null, null, "C", "2026-06-18", "100", "1",
                    "0.2"});
        SparkExposure exposure = SparkExposure.of(ContractColumns.projectCsv());
        Map<String, String> messages = new java.util.HashMap<>();
        for (Row r : exposure.snapshotStatus(in).collectAsList()) {
            messages.put(String.valueOf(r.getString(0)), r.getString(3) + ": " + r.getString(4));
        }
        assertThat(messages).containsExactlyInAnyOrderEntriesOf(Map.of(
                "AAA", "invalid: risk-free rate NaN is not finite",
                "BBB", "invalid: contract multiplier 2.5 is not an integer >= 1",
                "null", "invalid: symbol is missing",
                "DDD", "invalid: as-of is missing",
                "EEE", "ok: null"));
        assertThat(exposure.termStructureByExpiry(in).collectAsList()).singleElement()
                .satisfies(r -> assertThat(r.getString(0)).isEqualTo("EEE"));
    }

    @Test
    void frame_requiredColumnAbsent_isRejectedNamingIt() {
        String[] names = {"symbol", "as_of", "underlying_price", "type", "expiration", "open_interest",
            "implied_volatility"};
        Dataset<Row> in = frame(names, strings(names.length));
        assertThatThrownBy(() -> SparkExposure.of(ContractColumns.projectCsv()).strikeSheet(in))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the strike column 'strike' is not in the input [symbol, as_of");
    }

    @Test
    void frame_asOfOfAnotherType_isRejectedNamingIt() {
        String[] names = {"symbol", "as_of", "underlying_price", "type", "expiration", "strike", "open_interest",
            "implied_volatility"};
        DataType[] types = strings(names.length);
        types[1] = DataTypes.IntegerType;
        Dataset<Row> in = frame(names, types);
        assertThatThrownBy(() -> SparkExposure.of(ContractColumns.projectCsv()).levels(in))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("as-of column has type int; expected timestamp, timestamp_ntz, date or string");
    }

    @Test
    void withAsOfZoneAndTime_changeHowWallClockValuesRead() {
        ContractColumns c = ContractColumns.cboeDataShop().withAsOfZone(java.time.ZoneOffset.UTC)
                .withAsOfTime(LocalTime.NOON).withSymbolCaretDropped(false);
        assertThat(c.asOfZone()).isEqualTo(java.time.ZoneOffset.UTC);
        assertThat(c.asOfTime()).isEqualTo(LocalTime.NOON);
        assertThat(c.symbolCaretDropped()).isFalse();
        String[] names = {"underlying_symbol", "quote_datetime", "expiration", "strike", "option_type",
            "active_underlying_price", "implied_volatility", "open_interest"};
        Dataset<Row> in = frame(names, strings(names.length),
                new Object[] {"^SPX", "2026-05-29", "2026-06-18", "5400", "C", "5390.5", "0.15", "1000"});
        Row r = SparkExposure.of(c).levels(in).collectAsList().get(0);
        assertThat(r.getString(0)).isEqualTo("^SPX");
        assertThat(r.getTimestamp(1).toInstant()).isEqualTo(Instant.parse("2026-05-29T12:00:00Z"));
    }
}
