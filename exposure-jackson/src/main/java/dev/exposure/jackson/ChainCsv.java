package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.exposure.MarketDataStore;
import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes option chains as CSV, one row per contract; several symbols may share one file.
 *
 * <h2>Columns</h2>
 * The first record is a header naming the columns, in any order, each at most once:
 * <table>
 *   <caption>CSV columns</caption>
 *   <tr><th>column</th><th>content</th><th>level</th></tr>
 *   <tr><td>{@code symbol}</td><td>underlying symbol, not blank</td><td>chain</td></tr>
 *   <tr><td>{@code underlying_price}</td><td>underlying price S, USD</td><td>chain</td></tr>
 *   <tr><td>{@code as_of}</td><td>ISO-8601 UTC instant, e.g. {@code 2026-05-29T15:30:00Z}</td><td>chain</td></tr>
 *   <tr><td>{@code risk_free_rate}</td><td>optional; continuous annual rate, e.g. {@code 0.043}; default 0</td>
 *       <td>chain</td></tr>
 *   <tr><td>{@code dividend_yield}</td><td>optional; continuous annual yield; default 0</td><td>chain</td></tr>
 *   <tr><td>{@code contract_multiplier}</td><td>optional; integer, at least 1; default 100</td><td>chain</td></tr>
 *   <tr><td>{@code type}</td><td>{@code call} or {@code put}</td><td>contract</td></tr>
 *   <tr><td>{@code expiration}</td><td>{@code YYYY-MM-DD}</td><td>contract</td></tr>
 *   <tr><td>{@code strike}</td><td>strike K, USD</td><td>contract</td></tr>
 *   <tr><td>{@code open_interest}</td><td>number of open contracts</td><td>contract</td></tr>
 *   <tr><td>{@code implied_volatility}</td><td>annual fraction, e.g. {@code 0.18}</td><td>contract</td></tr>
 * </table>
 * The three optional columns may be left out of the header, or left empty in a row, for their default. Every other
 * column is required in the header and in every row. Unknown or repeated header names are rejected.
 *
 * <h2>Rows</h2>
 * Every row has exactly as many fields as the header (RFC 4180 quoting; spaces around a field are trimmed; empty
 * lines are skipped; a UTF-8 byte-order mark at the start, as spreadsheets write for "CSV UTF-8", is skipped). The
 * chain-level columns repeat on every row of a symbol and must agree (same value) with the symbol's first row;
 * rows of different symbols may interleave. Chains come out in order of first appearance, contracts in row order.
 * Symbols that differ only in letter case are rejected, as the {@link MarketDataStore} would not tell them apart.
 *
 * <p>Numbers are decimal ({@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}, at most
 * {@value ExposureJson#MAX_NUMBER_LENGTH} characters) and finite; {@code NaN}, {@code Infinity}, hexadecimal and
 * {@code 1e400} are rejected. Market data is otherwise kept as given (a zero or negative strike is read, and the
 * core skips and counts it): no row is ever dropped. Every error is a {@link ChainFormatException} naming the line,
 * the column (1-based field position) and its name.
 */
public final class ChainCsv {

    /** The column names in the order {@link #write} writes them. */
    public static final List<String> COLUMNS = List.of("symbol", "underlying_price", "as_of", "risk_free_rate",
            "dividend_yield", "contract_multiplier", "type", "expiration", "strike", "open_interest",
            "implied_volatility");

    private static final int SYMBOL = 0;
    private static final int PRICE = 1;
    private static final int AS_OF = 2;
    private static final int RATE = 3;
    private static final int YIELD = 4;
    private static final int MULTIPLIER = 5;
    private static final int TYPE = 6;
    private static final int EXPIRATION = 7;
    private static final int STRIKE = 8;
    private static final int OPEN_INTEREST = 9;
    private static final int VOLATILITY = 10;

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .streamReadConstraints(ExposureJson.readConstraints())
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // read(Reader): the caller's reader stays open
            .build();

    private ChainCsv() {
    }

    /**
     * Reads the chains of a CSV file (UTF-8).
     *
     * @param file the file
     * @return the chains, in order of first appearance of their symbol
     * @throws ChainFormatException if the content is malformed, naming line and column
     * @throws UncheckedIOException if the file cannot be read
     * @throws NullPointerException if {@code file} is null
     */
    public static List<OptionChain> read(Path file) {
        Objects.requireNonNull(file, "file");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads the chains of CSV text.
     *
     * @param in the text; not closed
     * @param source the name used in error messages, e.g. a file name, or null
     * @return the chains, in order of first appearance of their symbol
     * @throws ChainFormatException if the content is malformed, naming line and column
     * @throws UncheckedIOException if reading fails
     * @throws NullPointerException if {@code in} is null
     */
    public static List<OptionChain> read(Reader in, String source) {
        Objects.requireNonNull(in, "in");
        try (CsvParser p = FACTORY.createParser(CsvRecords.withoutByteOrderMark(in))) {
            p.setSchema(CsvSchema.emptySchema());
            Reading reading = new Reading(p, source);
            try {
                return reading.run();
            } catch (JsonProcessingException e) {
                throw reading.malformed(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + (source == null ? "CSV input" : source), e);
        }
    }

    /**
     * Reads a CSV file into a market data store.
     *
     * @param file the file
     * @return a store holding every chain of the file
     * @throws ChainFormatException if the content is malformed, naming line and column
     * @throws UncheckedIOException if the file cannot be read
     * @throws NullPointerException if {@code file} is null
     */
    public static MarketDataStore readStore(Path file) {
        return MarketDataStore.of(read(file));
    }

    /**
     * Writes chains as CSV: the header of {@link #COLUMNS}, then one row per contract, numbers in plain decimal
     * form (see {@link ExposureModule}), LF line ends.
     *
     * @param chains the chains, written in iteration order
     * @param out where to write; not closed
     * @throws IllegalArgumentException if a chain holds a NaN or infinite number
     * @throws UncheckedIOException if writing fails
     * @throws NullPointerException if an argument or chain is null
     */
    public static void write(Collection<? extends OptionChain> chains, Writer out) {
        Objects.requireNonNull(chains, "chains");
        Objects.requireNonNull(out, "out");
        try {
            out.write(String.join(",", COLUMNS));
            out.write('\n');
            StringBuilder row = new StringBuilder(128);
            for (OptionChain c : chains) {
                Objects.requireNonNull(c, "chain");
                String head = quote(c.symbol()) + ',' + number(c, "underlying_price", c.underlyingPrice()) + ','
                        + c.asOf() + ',' + number(c, "risk_free_rate", c.riskFreeRate()) + ','
                        + number(c, "dividend_yield", c.dividendYield()) + ',' + c.contractMultiplier() + ',';
                for (int i = 0; i < c.size(); i++) {
                    row.setLength(0);
                    row.append(head).append(OptionChainCodes.type(c.type(i))).append(',')
                            .append(c.expiration(i)).append(',')
                            .append(number(c, "strike", c.strike(i))).append(',')
                            .append(number(c, "open_interest", c.openInterest(i))).append(',')
                            .append(number(c, "implied_volatility", c.impliedVolatility(i))).append('\n');
                    out.append(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns chains as CSV text; see {@link #write}.
     *
     * @param chains the chains
     * @return the CSV text
     * @throws IllegalArgumentException if a chain holds a NaN or infinite number
     */
    public static String toCsv(Collection<? extends OptionChain> chains) {
        StringWriter w = new StringWriter();
        write(chains, w);
        return w.toString();
    }

    private static String number(OptionChain c, String column, double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("chain " + c.symbol() + ": " + column + " is " + x
                    + ", which has no CSV number form");
        }
        return PlainDecimal.format(x);
    }

    private static String quote(String s) {
        boolean plain = !s.isEmpty() && s.equals(s.trim());
        for (int i = 0; plain && i < s.length(); i++) {
            char ch = s.charAt(i);
            plain = ch != ',' && ch != '"' && ch != '\n' && ch != '\r';
        }
        return plain ? s : '"' + s.replace("\"", "\"\"") + '"';
    }

    /** One pass over a CSV document. */
    private static final class Reading {
        private final CsvParser p;
        private final String source;
        /** Column position of each field, or -1 when absent from the header. */
        private final int[] positionOf = new int[COLUMNS.size()];
        private int width;
        private final Map<String, Group> groups = new LinkedHashMap<>();
        private final Map<String, String> spellings = new HashMap<>();
        private final Map<String, LocalDate> dates = new HashMap<>();
        private final Map<String, Instant> instants = new HashMap<>();

        /** The header, once read. */
        private List<String> headerNames;
        /** The 0-based position of the field being read, for errors of the parser itself. */
        private int fieldIndex;

        Reading(CsvParser p, String source) {
            this.p = p;
            this.source = source;
        }

        /**
         * Turns an error of the CSV parser (malformed quoting, a read limit of
         * {@link ExposureJson#readConstraints()} exceeded) into one naming the line, the column being read and its
         * header name.
         */
        ChainFormatException malformed(JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at != null && at.getLineNr() > 0 ? at.getLineNr() : p.currentLocation().getLineNr();
            String field = headerNames != null && fieldIndex < headerNames.size() ? headerNames.get(fieldIndex)
                    : null;
            return new ChainFormatException(source, line, fieldIndex + 1, field,
                    "malformed CSV: " + e.getOriginalMessage(), e);
        }

        List<OptionChain> run() throws IOException {
            if (p.nextToken() != JsonToken.START_ARRAY || p.nextToken() != JsonToken.START_ARRAY) {
                throw new ChainFormatException(source, 1, 0, null, "empty input: a header row naming the columns "
                        + String.join(",", COLUMNS) + " is required");
            }
            List<String> header = new ArrayList<>();
            int headerLine = readRow(header);
            header(header, headerLine);
            String[] cells = new String[width];
            List<String> row = new ArrayList<>(width);
            for (JsonToken t = p.nextToken(); t == JsonToken.START_ARRAY; t = p.nextToken()) {
                row.clear();
                int line = readRow(row);
                if (row.size() != width) {
                    // the column of the first missing field, or of the first one too many
                    int at = Math.min(row.size(), width);
                    throw new ChainFormatException(source, line, at + 1, at < width ? headerNames.get(at) : null,
                            "expected " + width + " fields as in the header but found " + row.size());
                }
                row.toArray(cells);
                contract(cells, line);
            }
            List<OptionChain> out = new ArrayList<>(groups.size());
            for (Group g : groups.values()) {
                out.add(g.builder.build());
            }
            return out;
        }

        /** Reads the cells of one record; returns its line. */
        private int readRow(List<String> cells) throws IOException {
            int line = 0;
            fieldIndex = 0;
            for (JsonToken t = p.nextToken(); t == JsonToken.VALUE_STRING; t = p.nextToken()) {
                if (line == 0) {
                    line = p.currentTokenLocation().getLineNr();
                }
                cells.add(p.getText());
                fieldIndex = cells.size();
            }
            fieldIndex = 0;
            return line;
        }

        private void header(List<String> names, int line) {
            java.util.Arrays.fill(positionOf, -1);
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                int f = COLUMNS.indexOf(name);
                if (f < 0) {
                    throw new ChainFormatException(source, line, i + 1, name, "unknown column '" + name
                            + "' in the header (expected columns: " + String.join(",", COLUMNS) + ")");
                }
                if (positionOf[f] >= 0) {
                    throw new ChainFormatException(source, line, i + 1, name, "column '" + name
                            + "' appears twice in the header");
                }
                positionOf[f] = i;
            }
            for (int f = 0; f < COLUMNS.size(); f++) {
                if (positionOf[f] < 0 && f != RATE && f != YIELD && f != MULTIPLIER) {
                    throw new ChainFormatException(source, line, 0, null, "the header lacks required column '"
                            + COLUMNS.get(f) + "'");
                }
            }
            width = names.size();
            headerNames = List.copyOf(names);
        }

        private void contract(String[] cells, int line) {
            String symbol = cell(cells, SYMBOL, line);
            Group g = groups.get(symbol);
            if (g == null) {
                g = newGroup(cells, symbol, line);
            } else {
                agree(cells, line, g, PRICE, cells[positionOf[PRICE]], g.price, number(cells, PRICE, line));
                Instant asOf = instant(cells, line);
                if (!asOf.equals(g.asOf)) {
                    throw disagree(line, AS_OF, asOf.toString(), g.asOf.toString(), g);
                }
                agree(cells, line, g, RATE, text(cells, RATE), g.rate, optionalNumber(cells, RATE, line, 0));
                agree(cells, line, g, YIELD, text(cells, YIELD), g.yield, optionalNumber(cells, YIELD, line, 0));
                int m = multiplier(cells, line);
                if (m != g.multiplier) {
                    throw disagree(line, MULTIPLIER, Integer.toString(m), Integer.toString(g.multiplier), g);
                }
            }
            OptionType type = OptionChainCodes.typeOf(cell(cells, TYPE, line));
            if (type == null) {
                throw error(line, TYPE, "unknown option type '" + cells[positionOf[TYPE]]
                        + "' (expected call or put)");
            }
            LocalDate expiration = date(cells, line);
            g.builder.add(type, expiration, number(cells, STRIKE, line), number(cells, OPEN_INTEREST, line),
                    number(cells, VOLATILITY, line));
        }

        private Group newGroup(String[] cells, String symbol, int line) {
            String key = symbol.toUpperCase(Locale.ROOT);
            String other = spellings.putIfAbsent(key, symbol);
            if (other != null) {
                throw error(line, SYMBOL, "symbol '" + symbol + "' differs only in letter case from '" + other
                        + "'");
            }
            Group g = new Group();
            g.firstLine = line;
            g.symbol = symbol;
            g.price = number(cells, PRICE, line);
            g.asOf = instant(cells, line);
            g.rate = optionalNumber(cells, RATE, line, 0);
            g.yield = optionalNumber(cells, YIELD, line, 0);
            g.multiplier = multiplier(cells, line);
            g.builder = OptionChain.builder(symbol, g.price, g.asOf).riskFreeRate(g.rate).dividendYield(g.yield)
                    .contractMultiplier(g.multiplier);
            groups.put(symbol, g);
            return g;
        }

        private void agree(String[] cells, int line, Group g, int f, String text, double first, double x) {
            if (Double.doubleToLongBits(x) != Double.doubleToLongBits(first)) {
                throw disagree(line, f, text.isEmpty() ? "empty (default " + PlainDecimal.format(x) + ")" : text,
                        PlainDecimal.format(first), g);
            }
        }

        private ChainFormatException disagree(int line, int f, String value, String first, Group g) {
            return error(line, f, value + " differs from " + first + " on line " + g.firstLine + " for symbol "
                    + g.symbol + " (chain-level columns must agree on every row of a symbol)");
        }

        private String text(String[] cells, int f) {
            return positionOf[f] < 0 ? "" : cells[positionOf[f]];
        }

        /** A required cell: present and not empty. */
        private String cell(String[] cells, int f, int line) {
            String s = cells[positionOf[f]];
            if (s.isEmpty()) {
                throw error(line, f, "required value is empty");
            }
            return s;
        }

        private double number(String[] cells, int f, int line) {
            return parseNumber(cell(cells, f, line), f, line);
        }

        private double optionalNumber(String[] cells, int f, int line, double dflt) {
            String s = text(cells, f);
            return s.isEmpty() ? dflt : parseNumber(s, f, line);
        }

        private double parseNumber(String s, int f, int line) {
            if (s.length() > ExposureJson.MAX_NUMBER_LENGTH) {
                throw error(line, f, "number of " + s.length() + " characters exceeds the limit of "
                        + ExposureJson.MAX_NUMBER_LENGTH);
            }
            double x = DecimalText.parse(s);
            if (x != x) {
                throw error(line, f, "'" + abbreviate(s) + "' is not a number");
            }
            if (!Double.isFinite(x)) {
                throw error(line, f, "'" + abbreviate(s) + "' is out of the double range");
            }
            return x;
        }

        private int multiplier(String[] cells, int line) {
            String s = text(cells, MULTIPLIER);
            if (s.isEmpty()) {
                return 100;
            }
            if (!DecimalText.isSmallInteger(s)) {
                throw error(line, MULTIPLIER, "'" + abbreviate(s) + "' is not an integer");
            }
            long m = Long.parseLong(s);
            if (m < 1 || m > Integer.MAX_VALUE) {
                throw error(line, MULTIPLIER, "must be an integer from 1 to " + Integer.MAX_VALUE + " but was " + s);
            }
            return (int) m;
        }

        private Instant instant(String[] cells, int line) {
            String s = cell(cells, AS_OF, line);
            Instant i = instants.get(s);
            if (i == null) {
                try {
                    i = Instant.parse(s);
                } catch (DateTimeParseException e) {
                    throw error(line, AS_OF, "'" + abbreviate(s)
                            + "' is not an ISO-8601 UTC instant such as 2026-05-29T15:30:00Z");
                }
                if (instants.size() < 4096) {
                    instants.put(s, i);
                }
            }
            return i;
        }

        private LocalDate date(String[] cells, int line) {
            String s = cell(cells, EXPIRATION, line);
            LocalDate d = dates.get(s);
            if (d == null) {
                try {
                    d = LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    throw error(line, EXPIRATION, "'" + abbreviate(s) + "' is not a date of the form YYYY-MM-DD");
                }
                if (dates.size() < 4096) {
                    dates.put(s, d);
                }
            }
            return d;
        }

        private ChainFormatException error(int line, int f, String detail) {
            return new ChainFormatException(source, line, positionOf[f] + 1, COLUMNS.get(f), detail);
        }

        private static String abbreviate(String s) {
            return s.length() <= 40 ? s : s.substring(0, 37) + "...";
        }
    }

    /** The chain of one symbol being read. */
    private static final class Group {
        int firstLine;
        String symbol;
        double price;
        Instant asOf;
        double rate;
        double yield;
        int multiplier;
        OptionChain.Builder builder;
    }
}
