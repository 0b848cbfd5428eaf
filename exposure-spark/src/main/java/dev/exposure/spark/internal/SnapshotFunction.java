package dev.exposure.spark.internal;

import dev.exposure.ExposureError;
import dev.exposure.ExposureException;
import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;

/**
 * The group function: one call per snapshot. It reads the group's contract rows into reused primitive arrays,
 * builds the snapshot's {@link OptionChain} from them and calls the library once through its {@link SnapshotView}.
 *
 * <p>The snapshot values (underlying price, rate, dividend yield, multiplier) are those of the group's first row;
 * with sorted groups that row is the same on every run. A snapshot whose symbol is missing, whose as-of cannot be
 * read, whose rate or yield is not finite or whose multiplier is not an integer ≥ 1 is {@code invalid}; a chain
 * the library finds without data is {@code no_data}; either gives no rows (the status view reports them). Nothing
 * here throws on bad data.
 *
 * <p>An instance is used by one task thread at a time; its arrays are reused across the groups of a task.
 */
public final class SnapshotFunction implements FlatMapGroupsFunction<Row, ContractValues, Row> {

    private static final long serialVersionUID = 1L;

    private final SnapshotView view;
    private final AsOfReader asOfReader;

    private transient int[] sign;
    private transient int[] expirationDay;
    private transient double[] strike;
    private transient double[] openInterest;
    private transient double[] volatility;

    /**
     * Creates the function.
     *
     * @param view what rows a snapshot gives
     * @param asOfReader how to read the as-of key
     */
    public SnapshotFunction(SnapshotView view, AsOfReader asOfReader) {
        this.view = Objects.requireNonNull(view, "view");
        this.asOfReader = Objects.requireNonNull(asOfReader, "asOfReader");
    }

    @Override
    public Iterator<Row> call(Row key, Iterator<ContractValues> contracts) {
        if (sign == null) {
            grow(256);
        }
        int n = 0;
        int unreadable = 0;
        double spot = Double.NaN;
        double rate = 0;
        double yield = 0;
        double multiplier = 0;
        while (contracts.hasNext()) {
            ContractValues r = contracts.next();
            if (n == 0) {
                spot = r.getUnderlyingPrice();
                rate = r.getRiskFreeRate();
                yield = r.getDividendYield();
                multiplier = r.getContractMultiplier();
            }
            if (n == sign.length) {
                grow(2 * n);
            }
            int s = r.getSign();
            int day = r.getExpirationDay();
            if (s == 0 || day == ContractFrame.UNREADABLE_DAY) {
                unreadable++; // still counted as a contract row
            }
            sign[n] = s;
            expirationDay[n] = day;
            strike[n] = r.getStrike();
            openInterest[n] = r.getOpenInterest();
            volatility[n] = r.getImpliedVolatility();
            n++;
        }
        String symbol = key.isNullAt(1) ? null : key.getString(1); // key: hash, symbol, as-of
        Instant asOf = asOfReader.read(key.get(2));
        if (asOf != null) {
            asOf = asOf.truncatedTo(java.time.temporal.ChronoUnit.MICROS); // the precision of a Spark timestamp
        }
        Long asOfMicros = asOf == null ? null : micros(asOf);
        Snapshot snapshot = new Snapshot(symbol, asOfMicros, spot, n, unreadable);
        List<Row> out = new ArrayList<>();
        String invalid = invalidReason(symbol, key.isNullAt(2) ? null : key.get(2), asOf, asOfMicros, rate, yield,
                multiplier);
        if (invalid != null) {
            view.noRows(snapshot, SnapshotStatusView.INVALID, invalid, out);
            return out.iterator();
        }
        OptionChain.Builder b = OptionChain.builder(symbol, spot, asOf).riskFreeRate(rate).dividendYield(yield)
                .contractMultiplier((int) multiplier);
        int lastDay = ContractFrame.UNREADABLE_DAY;
        LocalDate lastDate = null;
        for (int i = 0; i < n; i++) {
            int day = expirationDay[i];
            if (sign[i] == 0 || day == ContractFrame.UNREADABLE_DAY) {
                continue;
            }
            if (day != lastDay) { // rows come sorted by expiration: one LocalDate per expiration
                lastDay = day;
                lastDate = LocalDate.ofEpochDay(day);
            }
            b.add(sign[i] > 0 ? OptionType.CALL : OptionType.PUT, lastDate, strike[i], openInterest[i],
                    volatility[i]);
        }
        OptionChain chain = b.build();
        try {
            view.rows(chain, snapshot, out);
        } catch (ExposureException e) {
            if (e.error() != ExposureError.NO_DATA) {
                throw e;
            }
            out.clear();
            view.noRows(snapshot, SnapshotStatusView.NO_DATA, e.getMessage(), out);
        } catch (IllegalArgumentException e) {
            out.clear();
            view.noRows(snapshot, SnapshotStatusView.INVALID, e.getMessage(), out);
        }
        return out.isEmpty() ? Collections.emptyIterator() : out.iterator();
    }

    private static String invalidReason(String symbol, Object asOfValue, Instant asOf, Long asOfMicros, double rate,
            double yield, double multiplier) {
        if (symbol == null || symbol.isBlank()) {
            return "symbol is missing";
        }
        if (asOf == null || asOfMicros == null) {
            return asOfValue == null ? "as-of is missing" : "as-of '" + asOfValue + "' cannot be read";
        }
        if (!Double.isFinite(rate)) {
            return "risk-free rate " + rate + " is not finite";
        }
        if (!Double.isFinite(yield)) {
            return "dividend yield " + yield + " is not finite";
        }
        if (!(multiplier >= 1 && multiplier <= Integer.MAX_VALUE && multiplier == Math.rint(multiplier))) {
            return "contract multiplier " + multiplier + " is not an integer >= 1";
        }
        return null;
    }

    private static Long micros(Instant t) {
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000L);
        } catch (ArithmeticException e) {
            return null; // beyond the range of a Spark timestamp
        }
    }

    private void grow(int capacity) {
        sign = sign == null ? new int[capacity] : Arrays.copyOf(sign, capacity);
        expirationDay = expirationDay == null ? new int[capacity] : Arrays.copyOf(expirationDay, capacity);
        strike = strike == null ? new double[capacity] : Arrays.copyOf(strike, capacity);
        openInterest = openInterest == null ? new double[capacity] : Arrays.copyOf(openInterest, capacity);
        volatility = volatility == null ? new double[capacity] : Arrays.copyOf(volatility, capacity);
    }
}
