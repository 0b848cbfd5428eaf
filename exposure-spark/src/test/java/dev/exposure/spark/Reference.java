package dev.exposure.spark;

import dev.exposure.ExposureException;
import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.spark.sql.Row;

/**
 * The in-process side of the comparisons: each generated snapshot read by plain Java (as the mapping documents),
 * its contracts put in the documented group order, built into a chain with the library's own builder, and the
 * library called directly. Spark's output must equal what this gives, double for double.
 */
final class Reference {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** One contract as read: sign +1/−1, or 0 when the type cannot be read; day MIN_VALUE when unreadable. */
    record Contract(int sign, int day, double strike, double openInterest, double volatility) {
        boolean readable() {
            return sign != 0 && day != Integer.MIN_VALUE;
        }
    }

    /** One snapshot as read; chain null when the snapshot's own values are unusable. */
    record Snapshot(String symbol, Instant asOf, double spot, List<Contract> contracts, int unreadable,
            OptionChain chain) {
    }

    /** The group order: expiration, strike, type (puts first), open interest, volatility; NaN last. */
    static final Comparator<Contract> ORDER = Comparator.comparingInt(Contract::day)
            .thenComparing(Contract::strike, Double::compare)
            .thenComparingInt(Contract::sign)
            .thenComparing(Contract::openInterest, Double::compare)
            .thenComparing(Contract::volatility, Double::compare);

    private Reference() {
    }

    /**
     * Reads every snapshot of a sample.
     *
     * @param sample the sample
     * @return the snapshots, keyed by (symbol without caret, as-of text)
     */
    static Map<List<String>, Snapshot> of(DataShopSample sample) {
        Map<List<String>, Snapshot> out = new LinkedHashMap<>();
        for (Map.Entry<List<String>, List<DataShopSample.Quote>> e : sample.bySnapshot().entrySet()) {
            String symbol = e.getKey().get(0).replaceFirst("^\\^", "");
            Instant asOf = asOf(e.getKey().get(1));
            List<Contract> contracts = new ArrayList<>();
            for (DataShopSample.Quote q : e.getValue()) {
                contracts.add(new Contract(sign(q.optionType()), day(q.expiration()), number(q.strike()),
                        number(q.openInterest()), number(q.impliedVolatility())));
            }
            contracts.sort(ORDER);
            double spot = number(e.getValue().get(0).activeUnderlyingPrice());
            int unreadable = (int) contracts.stream().filter(c -> !c.readable()).count();
            OptionChain chain = null;
            if (asOf != null) {
                OptionChain.Builder b = OptionChain.builder(symbol, spot, asOf);
                for (Contract c : contracts) {
                    if (c.readable()) {
                        b.add(c.sign() > 0 ? OptionType.CALL : OptionType.PUT, LocalDate.ofEpochDay(c.day()),
                                c.strike(), c.openInterest(), c.volatility());
                    }
                }
                chain = b.build();
            }
            out.put(List.of(symbol, e.getKey().get(1)), new Snapshot(symbol, asOf, spot, contracts, unreadable,
                    chain));
        }
        return out;
    }

    /**
     * Computes a library view of every snapshot that has data.
     *
     * @param snapshots the snapshots
     * @param view the library call and its rows, given a chain and the unreadable count
     * @return per (symbol, as-of instant): the expected rows; snapshots without data are absent
     */
    static Map<List<Object>, List<List<Object>>> expected(Map<List<String>, Snapshot> snapshots,
            BiFunction<OptionChain, Integer, List<List<Object>>> view) {
        Map<List<Object>, List<List<Object>>> out = new LinkedHashMap<>();
        for (Snapshot s : snapshots.values()) {
            if (s.chain() == null) {
                continue;
            }
            try {
                out.put(List.of(s.symbol(), s.asOf()), view.apply(s.chain(), s.unreadable()));
            } catch (ExposureException noData) {
                // a snapshot with no data gives no rows
            }
        }
        return out;
    }

    /**
     * Groups collected Spark rows by snapshot, keeping their order, as plain Java values.
     *
     * @param rows the collected rows; the first two columns are symbol and as_of
     * @return per (symbol, as-of instant): the rows without those two columns
     */
    static Map<List<Object>, List<List<Object>>> actual(List<Row> rows) {
        Map<List<Object>, List<List<Object>>> out = new LinkedHashMap<>();
        for (Row r : rows) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < r.length(); i++) {
                values.add(plain(r.get(i)));
            }
            List<Object> key = List.of(values.get(0), values.get(1));
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(new ArrayList<>(values.subList(2, values.size())));
        }
        return out;
    }

    /** Spark's external values as plain Java: instants, local dates, lists. */
    static Object plain(Object v) {
        if (v instanceof Timestamp t) {
            return t.toInstant();
        }
        if (v instanceof Date d) {
            return d.toLocalDate();
        }
        if (v instanceof scala.collection.Seq<?> seq) {
            List<Object> list = new ArrayList<>();
            for (Object x : scala.jdk.javaapi.CollectionConverters.asJava(seq)) {
                list.add(plain(x));
            }
            return list;
        }
        return v;
    }

    static Instant asOf(String text) {
        try {
            return LocalDateTime.parse(text.replace(' ', 'T')).atZone(NEW_YORK).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static int sign(String type) {
        return switch (type.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "C", "CALL" -> 1;
            case "P", "PUT" -> -1;
            default -> 0;
        };
    }

    static int day(String text) {
        try {
            return (int) LocalDate.parse(text).toEpochDay();
        } catch (DateTimeParseException e) {
            return Integer.MIN_VALUE;
        }
    }

    static double number(String text) {
        try {
            return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
