package dev.exposure.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Generated option quotes in the layout of Cboe DataShop's Option Quotes files (intervals, with Calcs and Open
 * Interest): several symbols, several trade dates, several snapshot times a day, with the oddities a replay meets.
 *
 * <p>Every snapshot has a same-day (0DTE) expiration and six later ones, eight strikes a side around the spot.
 * Scattered bad contracts: zero, missing or unreadable volatility, negative, missing or NaN open interest, zero
 * strike, an unknown option type, an unreadable expiration; also a duplicated contract and an expired expiration.
 * Three special snapshots:
 * one whose contracts have all expired (no data), one with an underlying price of 0 (no data) and one whose
 * {@code quote_datetime} cannot be read (invalid). Deterministic for a seed.
 */
public final class DataShopSample {

    /** The DataShop header, in file order. */
    public static final List<String> HEADER = List.of("underlying_symbol", "quote_datetime", "root", "expiration",
            "strike", "option_type", "open", "high", "low", "close", "trade_volume", "bid_size", "bid", "ask_size",
            "ask", "underlying_bid", "underlying_ask", "implied_underlying_price", "active_underlying_price",
            "implied_volatility", "delta", "gamma", "theta", "vega", "rho", "open_interest");

    private static final String[] SYMBOLS = {"^SPX", "SPY", "QQQ"};
    private static final double[] SPOTS = {5400, 540, 470};
    private static final double[] STEPS = {25, 2.5, 2.5};
    private static final LocalTime[] TIMES = {LocalTime.of(9, 45), LocalTime.of(12, 30), LocalTime.of(15, 30)};
    private static final int[] LATER_EXPIRIES = {2, 9, 23, 45, 100, 250};

    /**
     * One row of the file, as text.
     *
     * @param underlyingSymbol {@code underlying_symbol}
     * @param quoteDatetime {@code quote_datetime}
     * @param expiration {@code expiration}
     * @param strike {@code strike}
     * @param optionType {@code option_type}
     * @param activeUnderlyingPrice {@code active_underlying_price}
     * @param impliedVolatility {@code implied_volatility}
     * @param openInterest {@code open_interest}
     */
    public record Quote(String underlyingSymbol, String quoteDatetime, String expiration, String strike,
            String optionType, String activeUnderlyingPrice, String impliedVolatility, String openInterest) {
    }

    private final List<Quote> quotes;
    private final int snapshots;

    private DataShopSample(List<Quote> quotes, int snapshots) {
        this.quotes = List.copyOf(quotes);
        this.snapshots = snapshots;
    }

    /**
     * Generates a sample.
     *
     * @param seed the random seed
     * @param tradeDates the number of trade dates (weekdays from 2026-03-02); three snapshots a date per symbol
     * @return the sample
     */
    public static DataShopSample generate(long seed, int tradeDates) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Quote> quotes = new ArrayList<>();
        LocalDate date = LocalDate.of(2026, 3, 2);
        int snapshot = 0;
        for (int d = 0; d < tradeDates; d++) {
            while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                date = date.plusDays(1);
            }
            for (LocalTime time : TIMES) {
                for (int s = 0; s < SYMBOLS.length; s++) {
                    addSnapshot(quotes, random, snapshot++, SYMBOLS[s], SPOTS[s], STEPS[s], date, time);
                }
            }
            date = date.plusDays(1);
        }
        return new DataShopSample(quotes, snapshot);
    }

    private static void addSnapshot(List<Quote> out, SplittableRandom random, int index, String symbol, double base,
            double step, LocalDate date, LocalTime time) {
        String quoteDatetime = date + " " + time + ":00";
        double spot = Math.round(base * (1 + 0.04 * (random.nextDouble() - 0.5)) * 100) / 100.0;
        String spotText = Double.toString(spot);
        boolean allExpired = index == 7;
        if (index == 11) {
            spotText = "0";
        }
        if (index == 13) {
            quoteDatetime = "2026-03-02 25:61:00";
        }
        List<LocalDate> expirations = new ArrayList<>();
        expirations.add(allExpired ? date.minusDays(1) : date); // 0DTE, or expired
        for (int days : LATER_EXPIRIES) {
            expirations.add(allExpired ? date.minusDays(days) : date.plusDays(days));
        }
        if (index % 5 == 2) {
            expirations.add(date.minusDays(3)); // an expired expiration among live ones
        }
        double atm = Math.round(spot / step) * step;
        for (LocalDate expiration : expirations) {
            for (int k = -4; k < 4; k++) {
                double strike = atm + k * step;
                for (String type : new String[] {"C", "P"}) {
                    double iv = 0.10 + 0.5 * random.nextDouble();
                    long oi = random.nextInt(20) == 0 ? 0 : random.nextLong(1, 50_000);
                    out.add(new Quote(symbol, quoteDatetime, expiration.toString(), plain(strike), type, spotText,
                            String.format(Locale.ROOT, "%.4f", iv), Long.toString(oi)));
                }
            }
        }
        // bad contracts, one kind per snapshot in turn, on the nearest live expiration
        String e = expirations.get(allExpired ? 0 : 1).toString();
        String k = plain(atm);
        switch (index % 9) {
            case 0 -> out.add(new Quote(symbol, quoteDatetime, e, k, "C", spotText, "0", "100"));
            case 1 -> out.add(new Quote(symbol, quoteDatetime, e, k, "P", spotText, "", "100"));
            case 2 -> out.add(new Quote(symbol, quoteDatetime, e, k, "C", spotText, "0.2", "-3"));
            case 3 -> out.add(new Quote(symbol, quoteDatetime, e, "0", "P", spotText, "0.2", "100"));
            case 4 -> out.add(new Quote(symbol, quoteDatetime, e, k, "X", spotText, "0.2", "100"));
            case 5 -> out.add(new Quote(symbol, quoteDatetime, "2026-13-45", k, "C", spotText, "0.2", "100"));
            case 6 -> out.add(new Quote(symbol, quoteDatetime, e, k, "P", spotText, "0.25", "500")); // a duplicate
            case 7 -> out.add(new Quote(symbol, quoteDatetime, e, k, "C", spotText, "0.25", ""));
            default -> out.add(new Quote(symbol, quoteDatetime, e, k, "C", spotText, "abc", "NaN"));
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * Returns the rows.
     *
     * @return every quote, in generation order
     */
    public List<Quote> quotes() {
        return quotes;
    }

    /**
     * Returns the number of snapshots.
     *
     * @return distinct (symbol, quote_datetime) pairs
     */
    public int snapshots() {
        return snapshots;
    }

    /**
     * Returns the quotes grouped by snapshot, in generation order.
     *
     * @return (symbol, quote_datetime) to its quotes
     */
    public Map<List<String>, List<Quote>> bySnapshot() {
        return quotes.stream().collect(Collectors.groupingBy(q -> List.of(q.underlyingSymbol(), q.quoteDatetime()),
                LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * Returns the quotes as a string-typed data frame with the eight DataShop columns the library reads.
     *
     * @param spark the session
     * @param partitions the number of partitions
     * @return the data frame
     */
    public Dataset<Row> toDataFrame(SparkSession spark, int partitions) {
        String[] names = {"underlying_symbol", "quote_datetime", "expiration", "strike", "option_type",
            "active_underlying_price", "implied_volatility", "open_interest"};
        List<StructField> fields = new ArrayList<>();
        for (String name : names) {
            fields.add(DataTypes.createStructField(name, DataTypes.StringType, true));
        }
        StructType schema = DataTypes.createStructType(fields);
        List<Row> rows = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            rows.add(RowFactory.create(q.underlyingSymbol(), q.quoteDatetime(), q.expiration(), q.strike(),
                    q.optionType(), q.activeUnderlyingPrice(), nullIfEmpty(q.impliedVolatility()),
                    nullIfEmpty(q.openInterest())));
        }
        return spark.createDataFrame(rows, schema).repartition(partitions);
    }

    private static String nullIfEmpty(String s) {
        return s.isEmpty() ? null : s;
    }

    /**
     * Writes the quotes as DataShop CSV files, one per trade date, with every column of the layout. CSV files
     * already in the directory are deleted first.
     *
     * @param directory the directory, created if absent
     * @return the files written
     */
    public List<Path> writeCsv(Path directory) {
        try {
            Files.createDirectories(directory);
            try (var old = Files.newDirectoryStream(directory, "*.csv")) {
                for (Path p : old) {
                    Files.delete(p);
                }
            }
            Map<String, List<Quote>> byDate = quotes.stream().collect(Collectors.groupingBy(
                    q -> q.quoteDatetime().substring(0, 10), LinkedHashMap::new, Collectors.toList()));
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, List<Quote>> day : byDate.entrySet()) {
                Path file = directory.resolve("UnderlyingOptionsIntervals_calcs_oi_" + day.getKey() + ".csv");
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    w.write(String.join(",", HEADER));
                    w.write('\n');
                    for (Quote q : day.getValue()) {
                        String root = q.underlyingSymbol().replace("^", "") + (q.underlyingSymbol().equals("^SPX")
                                ? "W" : "");
                        w.write(String.join(",", q.underlyingSymbol(), q.quoteDatetime(), root, q.expiration(),
                                q.strike(), q.optionType(), "0", "0", "0", "0", "0", "10", "1.05", "12", "1.10",
                                q.activeUnderlyingPrice(), q.activeUnderlyingPrice(), q.activeUnderlyingPrice(),
                                q.activeUnderlyingPrice(), q.impliedVolatility(), "0.5", "0.01", "-0.1", "0.2",
                                "0.05", q.openInterest()));
                        w.write('\n');
                    }
                }
                files.add(file);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
