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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Cboe quote table: the delayed-quotes download of cboe.com ({@code quotedata.csv}, and {@code
 * quotedata.dat} in 2019-2020), one underlying at one instant, two contracts per row.
 *
 * <h2>Layout</h2>
 * <pre>
 *                                                              (optional blank line)
 * Standard &amp; Poors 500 Index,Last: 4500.5298,Change:  23.0898         title: the underlying price
 * "Date: February 5 2022, 8:09 PM EST",Bid: 4420.5,Ask: 4615.4302,…    date line: the as-of instant
 * Expiration Date,Calls,Last Sale,Net,Bid,Ask,Volume,IV,Delta,Gamma,Open Interest,Strike,Puts,Last Sale,…,IV,…
 * Mon Feb 07 2022,SPXW220207C02400000,0,0,2087.8,2102.6,0,4.285,0.9999,0,0,2400.00,SPXW220207P02400000,…
 * </pre>
 * and in the 2019-2020 {@code .dat} layout
 * <pre>
 * ^SPX (Standard &amp; Poors 500 Index),2881.4,0.0001
 * May 13 2019 @ 04:47 ET,Bid,2856.41,Ask,2901.86,Size,1x1,Vol,
 * Expiration Date,Calls,Last Sale,Net,Bid,Ask,Vol,IV,Delta,Gamma,Open Int,Strike,Puts,…,Vol,IV,Delta,Gamma,Open Int
 * 05/10/2019,SPXW190510C00800000,0,0,2070,2094,0,0.02,0.9999,0,0,800.000,SPXW190510P00800000,…
 * </pre>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Lines: blank lines (empty, or only commas) are skipped anywhere. The header is the first line with an
 *       {@code Expiration Date} field; before it come the title and the date line, in that order (a file without
 *       them needs the underlying price and the as-of instant in the options), and after it the data rows.
 *       The file is read by Jackson's {@code CsvParser} (see {@link CsvRecords}): quoting is RFC 4180
 *       ({@code "Volume: 89,468,957"}, a name with a comma), line ends LF, CRLF or CR, and a UTF-8 byte-order mark
 *       is skipped. From the header on, spaces around a field are trimmed; the lines before it are read as
 *       written (a quote opens a quoted field only as its first character), and the date line is given to
 *       {@link CboeDateLine} as its fields joined by commas, a field quoted when it holds a comma, which is the
 *       line as written whenever its quotes were needed. Empty cells after the last header column, as
 *       spreadsheets write them, are ignored.</li>
 *   <li>Underlying price: the number after {@code Last:} in a title field, or else the title's second field
 *       ({@code .dat}).</li>
 *   <li>As-of instant: the date line, read as described in {@link CboeDateLine} (every form seen in real files:
 *       English month-first with or without a comma after the day, with {@code at}, day-first, {@code May 13 2019
 *       @ 04:47 ET}, Russian and Spanish; {@code ET}/{@code EST}/{@code EDT} = America/New_York, {@code GMT-5} = a
 *       fixed offset).</li>
 *   <li>Columns are found by header name (letter case ignored): {@code Expiration Date}, {@code Calls} (the call's
 *       option symbol), {@code Strike}, {@code Puts}; the call side lies between {@code Calls} and {@code Strike},
 *       the put side after {@code Puts}, and each side must have an {@code IV} and an {@code Open Interest} (or
 *       {@code Open Int}) column. A layout without {@code IV} is rejected, as the library computes its greeks from
 *       implied volatility. Other columns (prices, volume, Cboe's own greeks) are not read.</li>
 *   <li>Each row gives a call and a put, in that order, at the row's {@code Strike} and {@code Expiration Date}
 *       ({@code Mon Feb 07 2022}, whose weekday must match, or {@code 05/10/2019}), each with its side's {@code IV}
 *       (an annual fraction, as Cboe writes it) and {@code Open Interest}. The option symbols must have the
 *       {@linkplain OccSymbol OCC form} with {@code C} in {@code Calls} and {@code P} in {@code Puts} and a strike
 *       within half a cent of the {@code Strike} column; this catches shifted or shuffled columns.</li>
 *   <li>Symbol: the underlying of the root of the first row's call symbol ({@code SPXW} → {@code SPX}, {@code NDXP}
 *       → {@code NDX}, {@code RUTW} → {@code RUT}, {@code VIXW} → {@code VIX}, others as written). Every row is
 *       read whatever its root, so SPX and SPXW rows form one chain.</li>
 *   <li>Market data is kept as given: zero or placeholder IVs, expired rows (a weekend download lists Friday's
 *       expiry) and zero open interest are read, and the core skips, counts or leaves them out by its rules. An
 *       empty IV or open-interest cell is read as NaN, so the core skips and counts that contract; nothing is
 *       dropped at read time.</li>
 *   <li>Rate and dividend yield are 0 and the multiplier 100 unless the {@link ReadOptions} say otherwise; the
 *       options also override the symbol, the underlying price and the as-of instant.</li>
 * </ul>
 * Every error is a {@link ChainFormatException} naming the source, the line, the column (1-based field position)
 * where there is one, and the column's header name. A date line that cannot be read is such an error unless the
 * as-of instant is given in the options. The file is streamed: memory does not grow with its size beyond the chain
 * itself.
 */
public final class CboeQuoteTable {

    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern WORD_DATE = Pattern.compile("([A-Za-z]{3}) ([A-Za-z]{3}) (\\d{1,2}) (\\d{4})");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");
    private static final List<String> WEEKDAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    /** Reads the records of one input. */
    private static final VendorTables.Pass PASS = (r, source, options) -> new Reading(r, source, options).run();

    /** The input in an I/O error message when it has no source name. */
    private static final String UNNAMED = "the quote table";

    private CboeQuoteTable() {
    }

    /**
     * Reads a quote table file (UTF-8) with default options.
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
     * Reads a quote table file (UTF-8).
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
     * Reads a quote table from text.
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

    /** One pass over a quote table. */
    private static final class Reading {
        private final CsvRecords r;
        private final String source;
        private final ReadOptions options;

        private String[] header;
        private int headerLine;
        private int width;
        private int expirationCol = -1;
        private int callsCol = -1;
        private int strikeCol = -1;
        private int putsCol = -1;
        private int callIvCol = -1;
        private int callOiCol = -1;
        private int putIvCol = -1;
        private int putOiCol = -1;

        /** The last expiration read, as text and as a date. */
        private String lastExpiration;
        private LocalDate expiration;

        Reading(CsvRecords r, String source, ReadOptions options) {
            this.r = r;
            this.source = source;
            this.options = options;
        }

        OptionChain run() throws IOException {
            // the lines before the header are read as written, so that the date line can be given back exactly
            r.trimSpaces(false);
            List<String> title = null;
            int titleLine = 0;
            String dateLine = null;
            int dateLineNumber = 0;
            boolean any = false;
            while (true) {
                if (!r.next()) {
                    throw any
                            ? new ChainFormatException(source, r.line() + 1, 0, "Expiration Date", "no header line "
                                    + "with an 'Expiration Date' column before the end of the input")
                            : new ChainFormatException(source, 1, 1, null, "empty input: expected a Cboe quote table");
                }
                any = true;
                if (r.isBlank()) {
                    continue;
                }
                if (isHeader()) {
                    break;
                }
                if (title == null) {
                    title = fields();
                    titleLine = r.line();
                } else if (dateLine == null) {
                    dateLine = r.encoded();
                    dateLineNumber = r.line();
                } else {
                    throw new ChainFormatException(source, r.line(), 1, "Expiration Date", "expected the header "
                            + "line 'Expiration Date,Calls,…' after the title and date lines");
                }
            }
            header();
            r.trimSpaces(true);
            r.names(header);
            double spot = options.underlyingPrice().isPresent() ? Double.NaN : spot(title, titleLine);
            Instant asOf = options.asOf().isPresent() ? null : asOf(dateLine, dateLineNumber);
            return rows(spot, asOf);
        }

        /** The header is the first line with an {@code Expiration Date} field (the first field in real files). */
        private boolean isHeader() {
            for (int i = 0; i < r.size(); i++) {
                if (r.field(i).strip().equalsIgnoreCase("Expiration Date")) {
                    return true;
                }
            }
            return false;
        }

        private List<String> fields() {
            List<String> f = new ArrayList<>(r.size());
            for (int i = 0; i < r.size(); i++) {
                f.add(r.field(i).strip());
            }
            return f;
        }

        private double spot(List<String> title, int line) {
            if (title == null) {
                throw new ChainFormatException(source, headerLine, 0, "Last", "no title line with the underlying "
                        + "price ('NAME,Last: PRICE,…') before the header; give the underlying price in the read "
                        + "options");
            }
            for (int i = 0; i < title.size(); i++) {
                String f = title.get(i);
                if (f.regionMatches(true, 0, "Last:", 0, 5)) {
                    String number = f.substring(5).strip();
                    double x = DecimalText.parse(number);
                    if (x != x) {
                        throw new ChainFormatException(source, line, i + 1, "Last", "'" + abbreviate(number)
                                + "' is not a number");
                    }
                    return x;
                }
            }
            double x = title.size() >= 2 ? DecimalText.parse(title.get(1)) : Double.NaN;
            if (x == x) {
                return x;
            }
            throw new ChainFormatException(source, line, 0, "Last", "the title line gives no underlying price "
                    + "(expected a field 'Last: PRICE', or the price as the second field); give the underlying "
                    + "price in the read options");
        }

        private Instant asOf(String raw, int line) {
            if (raw == null) {
                throw new ChainFormatException(source, headerLine, 1, "date", "no date line before the header; "
                        + "give the as-of instant in the read options");
            }
            try {
                Instant asOf = CboeDateLine.parse(raw);
                return IsoTime.supported(asOf, asOf.toString());
            } catch (IllegalArgumentException e) {
                throw new ChainFormatException(source, line, 1, "date", "cannot read the date line '"
                        + CboeDateLine.text(raw) + "': " + e.getMessage() + "; give the as-of instant in the read "
                        + "options");
            }
        }

        private void header() {
            headerLine = r.line();
            width = r.sizeWithoutTrailingEmpty();
            header = new String[width];
            for (int i = 0; i < width; i++) {
                header[i] = r.field(i).strip();
            }
            expirationCol = unique("Expiration Date", 0, width);
            callsCol = unique("Calls", 0, width);
            strikeCol = unique("Strike", 0, width);
            putsCol = unique("Puts", 0, width);
            if (callsCol > strikeCol) {
                throw headerError(callsCol, "Calls", "the 'Calls' column must come before 'Strike' (column "
                        + (strikeCol + 1) + ")");
            }
            if (putsCol < strikeCol) {
                throw headerError(putsCol, "Puts", "the 'Puts' column must come after 'Strike' (column "
                        + (strikeCol + 1) + ")");
            }
            if (expirationCol > callsCol && expirationCol < strikeCol || expirationCol > putsCol) {
                throw headerError(expirationCol, "Expiration Date", "the 'Expiration Date' column lies inside a "
                        + "side of the table");
            }
            callIvCol = side("call", callsCol, strikeCol, "IV", null);
            callOiCol = side("call", callsCol, strikeCol, "Open Interest", "Open Int");
            putIvCol = side("put", putsCol, width, "IV", null);
            putOiCol = side("put", putsCol, width, "Open Interest", "Open Int");
        }

        private int unique(String name, int from, int to) {
            int at = -1;
            for (int i = from; i < to; i++) {
                if (header[i].equalsIgnoreCase(name)) {
                    if (at >= 0) {
                        throw headerError(i, name, "column '" + name + "' appears twice in the header (also column "
                                + (at + 1) + ")");
                    }
                    at = i;
                }
            }
            if (at < 0) {
                throw new ChainFormatException(source, headerLine, 0, name, "the header has no '" + name
                        + "' column (expected 'Expiration Date,Calls,…,Strike,Puts,…')");
            }
            return at;
        }

        /** Finds a column of one side, between {@code marker} and {@code to} exclusive. */
        private int side(String side, int marker, int to, String name, String otherName) {
            int at = -1;
            for (int i = marker + 1; i < to; i++) {
                if (header[i].equalsIgnoreCase(name) || otherName != null && header[i].equalsIgnoreCase(otherName)) {
                    if (at >= 0) {
                        throw headerError(i, header[i], "two '" + name + "' columns on the " + side + " side (also "
                                + "column " + (at + 1) + ")");
                    }
                    at = i;
                }
            }
            if (at < 0) {
                String where = "the " + side + " side (columns " + (marker + 2) + " to " + to + ", "
                        + (side.equals("call") ? "between 'Calls' and 'Strike'" : "after 'Puts'") + ")";
                throw headerError(marker, name, name.equals("IV")
                        ? where + " has no 'IV' column: this layout has no implied volatility, from which the "
                                + "exposures are computed, so it cannot be read; download the quote table with its "
                                + "IV columns"
                        : where + " has no '" + name + "' column");
            }
            return at;
        }

        private ChainFormatException headerError(int col, String field, String detail) {
            return new ChainFormatException(source, headerLine, col + 1, field, detail);
        }

        private OptionChain rows(double fileSpot, Instant fileAsOf) throws IOException {
            OptionChain.Builder builder = null;
            while (r.next()) {
                if (r.isBlank()) {
                    continue;
                }
                int line = r.line();
                r.requireWidth(width);
                LocalDate exp = expiration(line);
                double strike = r.number(strikeCol);
                if (!(Math.abs(strike) <= Double.MAX_VALUE)) {
                    throw notANumber(line, strikeCol, true);
                }
                symbol(line, callsCol, 'C', strike);
                symbol(line, putsCol, 'P', strike);
                double callIv = value(line, callIvCol);
                double callOi = value(line, callOiCol);
                double putIv = value(line, putIvCol);
                double putOi = value(line, putOiCol);
                if (builder == null) {
                    builder = options.builder(OccSymbol.underlying(OccSymbol.root(r.field(callsCol))), fileSpot,
                            fileAsOf);
                }
                builder.add(OptionType.CALL, exp, strike, callOi, callIv);
                builder.add(OptionType.PUT, exp, strike, putOi, putIv);
            }
            if (builder == null) {
                if (options.symbol().isEmpty()) {
                    throw new ChainFormatException(source, headerLine + 1, 0, null, "the table has no data rows, "
                            + "from whose option symbols the underlying symbol is read; give the symbol in the read "
                            + "options");
                }
                builder = options.builder(null, fileSpot, fileAsOf);
            }
            return builder.build();
        }

        /** A market-data cell: a number, or NaN when empty (the core then skips and counts the contract). */
        private double value(int line, int col) {
            if (r.isEmpty(col)) {
                return Double.NaN;
            }
            double x = r.number(col);
            if (!(Math.abs(x) <= Double.MAX_VALUE)) {
                throw notANumber(line, col, false);
            }
            return x;
        }

        private ChainFormatException notANumber(int line, int col, boolean required) {
            if (r.isEmpty(col)) {
                return error(line, col, required ? "required value is empty" : "empty");
            }
            String s = r.field(col);
            double x = r.number(col);
            return error(line, col, "'" + abbreviate(s) + "' is " + (x != x ? "not a number"
                    : "out of the double range"));
        }

        private void symbol(int line, int col, char type, double strike) {
            String s = r.field(col);
            if (!OccSymbol.isValid(s)) {
                throw error(line, col, s.isEmpty() ? "no option symbol" : "'" + abbreviate(s)
                        + "' is not an option symbol ROOT+YYMMDD+" + type + "+STRIKE×1000 (8 digits)");
            }
            if (OccSymbol.type(s) != type) {
                throw error(line, col, "'" + s + "' is " + (type == 'C' ? "a put" : "a call")
                        + " symbol in the " + header[col] + " column");
            }
            double fromSymbol = OccSymbol.strike(s);
            if (!OccSymbol.agrees(fromSymbol, strike)) {
                throw error(line, strikeCol, "strike " + r.field(strikeCol) + " differs from "
                        + PlainDecimal.format(fromSymbol) + " in the option symbol '" + s + "' (column "
                        + (col + 1) + ")");
            }
        }

        private LocalDate expiration(int line) {
            String s = r.field(expirationCol);
            if (s.equals(lastExpiration)) {
                return expiration;
            }
            expiration = parseExpiration(s, line);
            lastExpiration = s;
            return expiration;
        }

        private LocalDate parseExpiration(String s, int line) {
            try {
                Matcher m = SLASH_DATE.matcher(s);
                if (m.matches()) {
                    return supported(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2))), s, line);
                }
                m = WORD_DATE.matcher(s);
                if (m.matches()) {
                    int month = month(m.group(2));
                    if (month > 0) {
                        LocalDate d = LocalDate.of(Integer.parseInt(m.group(4)), month, Integer.parseInt(m.group(3)));
                        String weekday = WEEKDAYS.get(d.getDayOfWeek().getValue() - 1);
                        if (!weekday.equalsIgnoreCase(m.group(1))) {
                            throw error(line, expirationCol, "'" + s + "' names the wrong weekday: " + d + " is a "
                                    + weekday);
                        }
                        return supported(d, s, line);
                    }
                }
            } catch (DateTimeException e) {
                throw error(line, expirationCol, "'" + s + "' is not a date: " + e.getMessage());
            }
            throw error(line, expirationCol, r.isEmpty(expirationCol) ? "required value is empty"
                    : "'" + abbreviate(s) + "' is not a date such as 'Mon Feb 07 2022' or '05/10/2019'");
        }

        /** Checks that an expiration lies in the supported range of the core (years 1900 to 9999). */
        private LocalDate supported(LocalDate d, String s, int line) {
            try {
                return IsoTime.supported(d, s);
            } catch (IllegalArgumentException e) {
                throw error(line, expirationCol, e.getMessage());
            }
        }

        private static int month(String abbreviation) {
            for (int m = 0; m < MONTHS.size(); m++) {
                if (MONTHS.get(m).equalsIgnoreCase(abbreviation)) {
                    return m + 1;
                }
            }
            return 0;
        }

        private ChainFormatException error(int line, int col, String detail) {
            return new ChainFormatException(source, line, col + 1, col < width ? header[col] : null, detail);
        }
    }
}
