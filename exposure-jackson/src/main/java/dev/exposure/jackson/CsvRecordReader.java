package dev.exposure.jackson;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A streaming reader of comma-separated records, for the vendor formats ({@link CboeQuoteTable},
 * {@link YfinanceCsv}). It holds one record at a time in reused
 * arrays, so a file of any size is read in constant memory, and hands out fields as character ranges, so that the
 * readers create strings only for the few fields they keep.
 *
 * <p>Rules: RFC 4180 quoting (a field starting with {@code "}, possibly after spaces, runs to the next lone
 * {@code "}; {@code ""} inside it is one quote; it may span lines; a quote inside an unquoted field is an ordinary
 * character); line ends LF, CRLF or CR; spaces and tabs around an unquoted field are removed; a UTF-8 byte-order
 * mark (U+FEFF) at the very start is skipped, as spreadsheets write one for "CSV UTF-8". A record longer than
 * {@value #MAX_RECORD_LENGTH} characters or {@value #MAX_FIELDS} fields, text after a closing quote other than
 * spaces, and end of input inside quotes are {@link ChainFormatException}s naming the line and column.
 *
 * <p>Not thread-safe.
 */
final class CsvRecordReader implements Closeable {

    /** The longest record accepted, in characters, so that a file without line ends cannot exhaust memory. */
    static final int MAX_RECORD_LENGTH = 1 << 20;

    /** The most fields a record may have. */
    static final int MAX_FIELDS = 1 << 16;

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22,
    };

    /** 2^53: every integer up to it is a double exactly. */
    private static final long EXACT_LIMIT = 1L << 53;

    private final Reader in;
    private final String source;
    private final char[] buf = new char[1 << 15];
    private int pos;
    private int limit;
    private boolean started;
    private boolean eof;

    /** The line on which the next record starts. */
    private int nextLine = 1;
    /** The line on which the current record starts. */
    private int line;

    /** The current record's field contents, back to back, quotes removed. */
    private char[] chars = new char[1024];
    private int[] start = new int[32];
    private int[] end = new int[32];
    private int size;

    private boolean keepRaw;
    private final StringBuilder raw = new StringBuilder();

    /**
     * Creates a reader.
     *
     * @param in the text; closed by {@link #close()}
     * @param source the name used in error messages, or null
     */
    CsvRecordReader(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /**
     * Keeps (or stops keeping) the raw text of each record, for {@link #raw()}; off by default.
     *
     * @param keep whether to keep it
     */
    void keepRaw(boolean keep) {
        keepRaw = keep;
    }

    /**
     * Reads the next record.
     *
     * @return false at the end of the input
     * @throws IOException if reading fails
     * @throws ChainFormatException if the record is malformed or too long
     */
    boolean next() throws IOException {
        size = 0;
        raw.setLength(0);
        if (!started) {
            started = true;
            if (fill() && buf[pos] == '\uFEFF') {
                pos++;
            }
        }
        if (pos == limit && !fill()) {
            return false;
        }
        line = nextLine;
        int n = 0;
        int fieldStart = 0;
        boolean quoted = false;
        boolean closed = false;
        boolean inQuotes = false;
        int quoteLine = 0;
        while (true) {
            if (pos == limit && !fill()) {
                if (inQuotes) {
                    throw new ChainFormatException(source, quoteLine, size + 1, null,
                            "a quoted field is not closed before the end of the input");
                }
                endField(fieldStart, n, quoted);
                return true;
            }
            char c = buf[pos++];
            if (inQuotes) {
                if (c == '"') {
                    if (pos == limit) {
                        fill();
                    }
                    if (pos < limit && buf[pos] == '"') {
                        pos++;
                        rawAppend('"');
                    } else {
                        inQuotes = false;
                        closed = true;
                        rawAppend(c);
                        continue;
                    }
                } else if (c == '\n' || c == '\r' && !followedByLf()) {
                    nextLine++;
                }
                rawAppend(c);
                n = put(n, c);
                continue;
            }
            if (c == ',') {
                endField(fieldStart, n, quoted);
                rawAppend(c);
                fieldStart = n;
                quoted = false;
                closed = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && followedByLf()) {
                    pos++;
                }
                nextLine++;
                endField(fieldStart, n, quoted);
                return true;
            } else if (closed) {
                if (c != ' ' && c != '\t') {
                    throw new ChainFormatException(source, nextLine, size + 1, null,
                            "unexpected character '" + c + "' after the closing quote of a field");
                }
                rawAppend(c);
            } else if (c == '"' && blank(fieldStart, n)) {
                n = fieldStart;
                inQuotes = true;
                quoted = true;
                quoteLine = nextLine;
                rawAppend(c);
            } else {
                rawAppend(c);
                n = put(n, c);
            }
        }
    }

    /** Tells whether the character at {@code pos} is a line feed, reading more input if needed. */
    private boolean followedByLf() throws IOException {
        if (pos == limit) {
            fill();
        }
        return pos < limit && buf[pos] == '\n';
    }

    private boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        if (eof) {
            return false;
        }
        int r;
        do {
            r = in.read(buf, 0, buf.length);
        } while (r == 0);
        if (r < 0) {
            eof = true;
            pos = 0;
            limit = 0;
            return false;
        }
        pos = 0;
        limit = r;
        return true;
    }

    private int put(int n, char c) {
        if (n == chars.length) {
            if (n >= MAX_RECORD_LENGTH) {
                throw new ChainFormatException(source, line, size + 1, null, "the record is longer than "
                        + MAX_RECORD_LENGTH + " characters");
            }
            chars = Arrays.copyOf(chars, Math.min(MAX_RECORD_LENGTH, 2 * n));
        }
        chars[n] = c;
        return n + 1;
    }

    private void rawAppend(char c) {
        if (keepRaw) {
            raw.append(c);
        }
    }

    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] != ' ' && chars[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private void endField(int from, int to, boolean quoted) {
        if (!quoted) {
            while (from < to && (chars[from] == ' ' || chars[from] == '\t')) {
                from++;
            }
            while (to > from && (chars[to - 1] == ' ' || chars[to - 1] == '\t')) {
                to--;
            }
        }
        if (size == start.length) {
            if (size >= MAX_FIELDS) {
                throw new ChainFormatException(source, line, size + 1, null, "the record has more than "
                        + MAX_FIELDS + " fields");
            }
            start = Arrays.copyOf(start, 2 * size);
            end = Arrays.copyOf(end, 2 * size);
        }
        start[size] = from;
        end[size] = to;
        size++;
    }

    /**
     * Returns the line on which the current record starts.
     *
     * @return the 1-based line
     */
    int line() {
        return line;
    }

    /**
     * Returns the number of fields of the current record (an empty line has one empty field).
     *
     * @return the count
     */
    int size() {
        return size;
    }

    /**
     * Tells whether every field of the current record is empty (an empty line, or a line of commas).
     *
     * @return true for a blank record
     */
    boolean isBlank() {
        for (int i = 0; i < size; i++) {
            if (end[i] > start[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the number of fields up to the last non-empty one (trailing empty cells, as spreadsheets write them,
     * left out).
     *
     * @return the count
     */
    int sizeWithoutTrailingEmpty() {
        int n = size;
        while (n > 0 && end[n - 1] == start[n - 1]) {
            n--;
        }
        return n;
    }

    /**
     * Tells whether a field is empty.
     *
     * @param i the 0-based field index
     * @return true if empty or beyond the record
     */
    boolean isEmpty(int i) {
        return i >= size || end[i] == start[i];
    }

    /**
     * Returns a field as a string.
     *
     * @param i the 0-based field index
     * @return the field, or "" beyond the record
     */
    String field(int i) {
        return i >= size ? "" : new String(chars, start[i], end[i] - start[i]);
    }

    /**
     * Returns the length of a field.
     *
     * @param i the 0-based field index, within the record
     * @return its number of characters
     */
    int length(int i) {
        return end[i] - start[i];
    }

    /**
     * Returns a character of a field.
     *
     * @param i the 0-based field index, within the record
     * @param k the 0-based character index, within the field
     * @return the character
     */
    char charAt(int i, int k) {
        return chars[start[i] + k];
    }

    /**
     * Tells whether a field equals a string.
     *
     * @param i the 0-based field index
     * @param s the string
     * @return true if equal
     */
    boolean fieldEquals(int i, String s) {
        if (i >= size || end[i] - start[i] != s.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (chars[start[i] + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether a field equals the first {@code len} characters of an array.
     *
     * @param i the 0-based field index
     * @param other the characters
     * @param len how many
     * @return true if equal
     */
    boolean fieldEquals(int i, char[] other, int len) {
        return i < size && end[i] - start[i] == len
                && Arrays.equals(chars, start[i], end[i], other, 0, len);
    }

    /**
     * Copies a field into an array.
     *
     * @param i the 0-based field index
     * @param dest where to copy, at least {@link #length} long
     * @return the field length
     */
    int copy(int i, char[] dest) {
        int len = end[i] - start[i];
        System.arraycopy(chars, start[i], dest, 0, len);
        return len;
    }

    /**
     * Returns the raw text of the current record without its line end, as written (quotes included), when
     * {@link #keepRaw} is on.
     *
     * @return the text, or "" when not kept
     */
    String raw() {
        return raw.toString();
    }

    /**
     * Parses a field as a decimal number {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}, rounded to the nearest
     * double exactly as {@link Double#parseDouble} does.
     *
     * @param i the 0-based field index
     * @return the value (infinite when beyond the double range), or NaN when the field is empty, longer than
     *     {@value ExposureJson#MAX_NUMBER_LENGTH} characters, or not of that form
     */
    double number(int i) {
        if (i >= size) {
            return Double.NaN;
        }
        return parseDecimal(chars, start[i], end[i]);
    }

    /**
     * Parses {@code c[from, to)} as a decimal number; see {@link #number}. Numbers of at most 18 significant
     * digits whose value is m·10^e with m &lt;= 2^53 and |e| &lt;= 22 take the fast path: m and 10^|e| are
     * doubles exactly, so one multiplication or division rounds correctly (Clinger, "How to read floating point
     * numbers accurately", 1990). Others go to {@link Double#parseDouble}.
     */
    static double parseDecimal(char[] c, int from, int to) {
        if (to - from > ExposureJson.MAX_NUMBER_LENGTH || from == to) {
            return Double.NaN;
        }
        int i = from;
        boolean negative = false;
        if (c[i] == '+' || c[i] == '-') {
            negative = c[i] == '-';
            i++;
        }
        long m = 0;
        int significant = 0;
        int scale = 0;
        boolean exact = true;
        int digits = 0;
        for (; i < to && c[i] >= '0' && c[i] <= '9'; i++, digits++) {
            int d = c[i] - '0';
            if (significant < 18) {
                if (m != 0 || d != 0) {
                    m = 10 * m + d;
                    significant++;
                }
            } else {
                scale++;
                exact &= d == 0;
            }
        }
        if (i < to && c[i] == '.') {
            for (i++; i < to && c[i] >= '0' && c[i] <= '9'; i++, digits++) {
                int d = c[i] - '0';
                if (significant < 18) {
                    m = 10 * m + d;
                    scale--;
                    if (m != 0) {
                        significant++;
                    }
                } else {
                    exact &= d == 0;
                }
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < to && (c[i] == 'e' || c[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < to && (c[i] == '+' || c[i] == '-')) {
                negativeExponent = c[i] == '-';
                i++;
            }
            int expDigits = 0;
            for (; i < to && c[i] >= '0' && c[i] <= '9'; i++, expDigits++) {
                if (exponent < 100_000) {
                    exponent = 10 * exponent + (c[i] - '0');
                }
            }
            if (expDigits == 0) {
                return Double.NaN;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != to) {
            return Double.NaN;
        }
        if (m == 0 && exact) {
            return negative ? -0.0 : 0.0;
        }
        int e10 = scale + exponent;
        if (exact && m <= EXACT_LIMIT && e10 >= -22 && e10 <= 22) {
            double x = e10 >= 0 ? m * POWERS_OF_TEN[e10] : m / POWERS_OF_TEN[-e10];
            return negative ? -x : x;
        }
        return Double.parseDouble(new String(c, from, to - from));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
