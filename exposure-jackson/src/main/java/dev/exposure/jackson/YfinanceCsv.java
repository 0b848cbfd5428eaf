package dev.exposure.jackson;

import static dev.exposure.jackson.VendorTables.abbreviate;

import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a yfinance dump: the option table of the {@code yfinance} Python package ({@code Ticker.option_chain()}),
 * written to CSV by pandas, one row per contract, one underlying per file.
 *
 * <pre>
 * contractSymbol,lastTradeDate,strike,lastPrice,bid,ask,change,percentChange,volume,openInterest,impliedVolatility,…
 * SPY260211C00500000,2026-01-29 15:22:33+00:00,500.0,192.08,191.32,193.87,0.0,0.0,,2,2.691409521484375,…
 * </pre>
 *
 * <ul>
 *   <li>The first non-blank line is the header; columns are found by name (exact, as yfinance writes them), in any
 *       order, each at most once; others (prices, volume, a pandas index column with an empty name, the dumper's own
 *       columns) are not read. Required: {@code contractSymbol}, {@code strike}, {@code openInterest},
 *       {@code impliedVolatility}; {@code lastTradeDate} unless the as-of instant is given in the options;
 *       {@code underlyingPrice} (not a yfinance column, but added by most dumpers) unless the underlying price is
 *       given in the options.</li>
 *   <li>Type and expiration come from the {@linkplain OccSymbol OCC contract symbol}; its strike must agree with the
 *       {@code strike} column to within half a cent (which is read).</li>
 *   <li>Symbol: the underlying of the first row's root ({@code SPXW} → {@code SPX} …), unless given in the
 *       options.</li>
 *   <li>Underlying price: the {@code underlyingPrice} column, which must hold the same value on every row, unless
 *       given in the options.</li>
 *   <li>As-of instant: the latest {@code lastTradeDate} (ISO date and time with a UTC offset, as pandas writes it:
 *       {@code 2026-01-29 15:22:33+00:00}; empty cells, for contracts that never traded, are passed over), unless
 *       given in the options, in which case the column is not read.</li>
 *   <li>{@code impliedVolatility} is an annual fraction, as yfinance gives it; an empty {@code openInterest} or
 *       {@code impliedVolatility} cell (pandas writes NaN as empty) is read as NaN, so the core skips and counts
 *       the contract; nothing is dropped at read time. Rate, dividend yield and multiplier are 0, 0 and 100 unless
 *       the options say otherwise.</li>
 * </ul>
 * The file is read by Jackson's {@code CsvParser}: quoting, line ends, the byte-order mark and the trimming of
 * spaces around fields are as described in {@link CsvRecords}. Every error is a
 * {@link ChainFormatException} naming the source, line, column and column name. The file is streamed.
 */
public final class YfinanceCsv {

    private static final DateTimeFormatter TRADE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendOffset("+HH:MM", "Z")
            .toFormatter(Locale.ROOT);

    private static final String SYMBOL = "contractSymbol";
    private static final String STRIKE = "strike";
    private static final String OPEN_INTEREST = "openInterest";
    private static final String VOLATILITY = "impliedVolatility";
    private static final String LAST_TRADE = "lastTradeDate";
    private static final String PRICE = "underlyingPrice";

    /** Reads the records of one input. */
    private static final VendorTables.Pass PASS = (r, source, options) -> new Reading(r, source, options).run();

    /** The input in an I/O error message when it has no source name. */
    private static final String UNNAMED = "the yfinance table";

    private YfinanceCsv() {
    }

    /**
     * Reads a yfinance dump file (UTF-8) with default options.
     *
     * @param file the file
     * @return its chain
     * @throws ChainFormatException if the file is malformed, naming line, column and field
     * @throws UncheckedIOException if it cannot be read
     * @throws NullPointerException if {@code file} is null
     */
    public static OptionChain read(Path file) {
        return read(file, ReadOptions.defaults());
    }

    /**
     * Reads a yfinance dump file (UTF-8).
     *
     * @param file the file
     * @param options values that override the file's
     * @return its chain
     * @throws ChainFormatException if the file is malformed, naming line, column and field
     * @throws UncheckedIOException if it cannot be read
     * @throws NullPointerException if an argument is null
     */
    public static OptionChain read(Path file, ReadOptions options) {
        return VendorTables.read(file, options, PASS, UNNAMED);
    }

    /**
     * Reads a yfinance dump from text.
     *
     * @param in the text; closed when done
     * @param source the name used in error messages, e.g. a file name, or null
     * @param options values that override the file's
     * @return its chain
     * @throws ChainFormatException if the text is malformed, naming line, column and field
     * @throws UncheckedIOException if reading fails
     * @throws NullPointerException if {@code in} or {@code options} is null
     */
    public static OptionChain read(Reader in, String source, ReadOptions options) {
        return VendorTables.read(in, source, options, PASS, UNNAMED);
    }

    /** One pass over a dump. */
    private static final class Reading {
        private final CsvRecords r;
        private final String source;
        private final ReadOptions options;
        private String[] header;
        private int width;
        private int headerLine;

        // the contracts, buffered until the as-of instant (the latest trade) is known
        private int count;
        private boolean[] call = new boolean[1024];
        private LocalDate[] expiration = new LocalDate[1024];
        private double[] strike = new double[1024];
        private double[] openInterest = new double[1024];
        private double[] volatility = new double[1024];

        Reading(CsvRecords r, String source, ReadOptions options) {
            this.r = r;
            this.source = source;
            this.options = options;
        }

        OptionChain run() throws IOException {
            do {
                if (!r.next()) {
                    throw new ChainFormatException(source, 1, 1, null, "empty input: expected a yfinance table "
                            + "with a header line");
                }
            } while (r.isBlank());
            headerLine = r.line();
            width = r.sizeWithoutTrailingEmpty();
            header = new String[width];
            for (int i = 0; i < width; i++) {
                header[i] = r.field(i);
            }
            r.names(header);
            int symbolCol = column(SYMBOL, true);
            int strikeCol = column(STRIKE, true);
            int oiCol = column(OPEN_INTEREST, true);
            int ivCol = column(VOLATILITY, true);
            boolean needAsOf = options.asOf().isEmpty();
            boolean needPrice = options.underlyingPrice().isEmpty();
            int tradeCol = column(LAST_TRADE, needAsOf);
            int priceCol = column(PRICE, needPrice);

            String symbol = null;
            double price = Double.NaN;
            int priceLine = 0;
            Instant latest = null;
            while (r.next()) {
                if (r.isBlank()) {
                    continue;
                }
                int line = r.line();
                r.requireWidth(width);
                String contract = r.field(symbolCol);
                if (!OccSymbol.isValid(contract)) {
                    throw error(line, symbolCol, contract.isEmpty() ? "required value is empty"
                            : "'" + abbreviate(contract) + "' is not an option symbol "
                                    + "ROOT+YYMMDD+C/P+STRIKE×1000 (8 digits)");
                }
                LocalDate exp;
                try {
                    exp = OccSymbol.expiration(contract);
                } catch (DateTimeException e) {
                    throw error(line, symbolCol, "'" + contract + "' holds no valid expiration date: "
                            + e.getMessage());
                }
                double k = required(line, strikeCol);
                double fromSymbol = OccSymbol.strike(contract);
                if (!OccSymbol.agrees(fromSymbol, k)) {
                    throw error(line, strikeCol, "strike " + r.field(strikeCol) + " differs from "
                            + PlainDecimal.format(fromSymbol) + " in the contract symbol '" + contract
                            + "' (column " + (symbolCol + 1) + ")");
                }
                if (symbol == null) {
                    symbol = OccSymbol.underlying(OccSymbol.root(contract));
                }
                if (needPrice) {
                    double p = required(line, priceCol);
                    if (priceLine == 0) {
                        price = p;
                        priceLine = line;
                    } else if (Double.doubleToLongBits(p) != Double.doubleToLongBits(price)) {
                        throw error(line, priceCol, r.field(priceCol) + " differs from "
                                + PlainDecimal.format(price) + " on line " + priceLine + " (the underlying price "
                                + "must be the same on every row; or give it in the read options)");
                    }
                }
                if (needAsOf && !r.isEmpty(tradeCol)) {
                    Instant t = tradeTime(line, tradeCol);
                    if (latest == null || t.isAfter(latest)) {
                        latest = t;
                    }
                }
                add(OccSymbol.type(contract) == 'C', exp, k, optional(line, oiCol), optional(line, ivCol));
            }
            if (symbol == null && options.symbol().isEmpty()) {
                throw new ChainFormatException(source, headerLine + 1, 0, null, "the table has no data rows, from "
                        + "whose contract symbols the underlying symbol is read; give the symbol in the read "
                        + "options");
            }
            if (needAsOf && latest == null) {
                throw new ChainFormatException(source, headerLine, tradeCol + 1, LAST_TRADE, "no row has a "
                        + "last trade time, from which the as-of instant is taken; give the as-of instant in the "
                        + "read options");
            }
            if (needPrice && priceLine == 0) {
                throw new ChainFormatException(source, headerLine, priceCol + 1, PRICE, "no row gives the "
                        + "underlying price; give it in the read options");
            }
            OptionChain.Builder b = options.builder(symbol, price, latest);
            for (int i = 0; i < count; i++) {
                b.add(call[i] ? OptionType.CALL : OptionType.PUT, expiration[i], strike[i], openInterest[i],
                        volatility[i]);
            }
            return b.build();
        }

        private void add(boolean isCall, LocalDate exp, double k, double oi, double iv) {
            if (count == strike.length) {
                int n = 2 * count;
                call = Arrays.copyOf(call, n);
                expiration = Arrays.copyOf(expiration, n);
                strike = Arrays.copyOf(strike, n);
                openInterest = Arrays.copyOf(openInterest, n);
                volatility = Arrays.copyOf(volatility, n);
            }
            call[count] = isCall;
            expiration[count] = exp;
            strike[count] = k;
            openInterest[count] = oi;
            volatility[count] = iv;
            count++;
        }

        private int column(String name, boolean required) {
            int at = -1;
            for (int i = 0; i < width; i++) {
                if (header[i].equals(name)) {
                    if (at >= 0) {
                        throw new ChainFormatException(source, headerLine, i + 1, name, "column '" + name
                                + "' appears twice in the header (also column " + (at + 1) + ")");
                    }
                    at = i;
                }
            }
            if (at < 0 && required) {
                throw new ChainFormatException(source, headerLine, 0, name, "the header has no '" + name
                        + "' column" + (name.equals(LAST_TRADE) ? "; give the as-of instant in the read options"
                                : name.equals(PRICE) ? "; give the underlying price in the read options" : ""));
            }
            return at;
        }

        private double required(int line, int col) {
            if (r.isEmpty(col)) {
                throw error(line, col, "required value is empty");
            }
            return optional(line, col);
        }

        private double optional(int line, int col) {
            if (r.isEmpty(col)) {
                return Double.NaN;
            }
            double x = r.number(col);
            if (!(Math.abs(x) <= Double.MAX_VALUE)) {
                throw error(line, col, "'" + abbreviate(r.field(col)) + "' is "
                        + (x != x ? "not a number" : "out of the double range"));
            }
            return x;
        }

        private Instant tradeTime(int line, int col) {
            String s = r.field(col);
            Instant t;
            try {
                t = OffsetDateTime.parse(s, TRADE_TIME).toInstant();
            } catch (DateTimeException e) {
                throw error(line, col, "'" + abbreviate(s) + "' is not a date and time with a UTC offset such as "
                        + "2026-01-29 15:22:33+00:00");
            }
            try {
                return IsoTime.supported(t, s);
            } catch (IllegalArgumentException e) {
                throw error(line, col, e.getMessage());
            }
        }

        private ChainFormatException error(int line, int col, String detail) {
            return new ChainFormatException(source, line, col + 1, col < width ? header[col] : null, detail);
        }
    }
}
