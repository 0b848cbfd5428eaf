package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.Arrays;

/**
 * The records of a vendor CSV file ({@link CboeQuoteTable}, {@link YfinanceCsv}) one at a time, read by Jackson's
 * streaming {@link CsvParser} without a schema (each record an array of string fields, rows of any length). Only
 * the current record is held, so a file of any size is read in constant memory.
 *
 * <p>Rules, those of {@link CsvParser}: RFC 4180 quoting (a field starting with {@code "} runs to the next lone
 * {@code "}; {@code ""} inside it is one quote; it may span lines; a quote inside an unquoted field is an ordinary
 * character); line ends LF, CRLF or CR; and, while {@linkplain #trimSpaces spaces are trimmed} (the default),
 * spaces, tabs and other characters up to U+0020 around an unquoted field are removed, and a quoted field may
 * follow them. A UTF-8 byte-order mark (U+FEFF) at the very start is skipped, as spreadsheets write one for
 * "CSV UTF-8" (Jackson skips it only when it decodes bytes itself).
 *
 * <p>Limits, so that a file without line ends cannot exhaust memory: a field at most {@value #MAX_RECORD_LENGTH}
 * characters (Jackson's {@link StreamReadConstraints#getMaxStringLength()}, enforced while the field is read), and a
 * record at most {@value #MAX_RECORD_LENGTH} characters of field content and {@value #MAX_FIELDS} fields (spaces
 * before a field, while trimmed, are skipped by Jackson without being held, so they cost time, not memory). A record
 * beyond them, text after a closing quote other than spaces, and end of input inside quotes are
 * {@link ChainFormatException}s naming the line on which the field starts, its column (1-based field position) and,
 * once {@linkplain #names the header is known}, the column's name; Jackson's own errors keep its wording after
 * {@code malformed CSV:}.
 *
 * <p>Not thread-safe.
 */
final class CsvRecords implements Closeable {

    /** The longest field, and the longest record (its fields' characters), accepted. */
    static final int MAX_RECORD_LENGTH = 1 << 20;

    /** The most fields a record may have. */
    static final int MAX_FIELDS = 1 << 16;

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_RECORD_LENGTH).build())
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();

    private final CsvParser parser;
    private final String source;
    private boolean started;
    private boolean trim = true;
    private String[] names;

    /** The line on which the current record starts. */
    private int line;
    private String[] fields = new String[32];
    private int size;

    /**
     * Creates a reader.
     *
     * @param in the text; closed by {@link #close()}, or here if reading its first character fails
     * @param source the name used in error messages, or null
     * @throws IOException if reading the first character fails
     */
    CsvRecords(Reader in, String source) throws IOException {
        try {
            this.parser = FACTORY.createParser(withoutByteOrderMark(in));
        } catch (IOException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        this.parser.setSchema(CsvSchema.emptySchema());
        this.source = source;
    }

    /**
     * Skips a UTF-8 byte-order mark (U+FEFF) at the start of a text, which Jackson's CSV parser reads as part of the
     * first field when given characters.
     *
     * @param in the text
     * @return the text after the mark, if any
     * @throws IOException if reading the first character fails
     */
    static Reader withoutByteOrderMark(Reader in) throws IOException {
        PushbackReader r = new PushbackReader(in, 1);
        int c = r.read();
        if (c >= 0 && c != '\uFEFF') {
            r.unread(c);
        }
        return r;
    }

    /**
     * Turns the trimming of spaces around unquoted fields on or off, from the next record on. Off, a field is
     * exactly as written (except for the quotes of a quoted field), and a quote opens a quoted field only as its
     * first character.
     *
     * @param on whether to trim
     */
    void trimSpaces(boolean on) {
        trim = on;
        // overrideFormatFeatures, unlike enable/disable, reaches the decoder that is already reading
        int mask = CsvParser.Feature.TRIM_SPACES.getMask();
        parser.overrideFormatFeatures(on ? mask : 0, mask);
    }

    /**
     * Sets the column names used in error messages about the records that follow.
     *
     * @param header the names, by field position
     */
    void names(String[] header) {
        names = header;
    }

    /**
     * Reads the next record.
     *
     * @return false at the end of the input
     * @throws IOException if reading fails
     * @throws ChainFormatException if the record is malformed or beyond the limits
     */
    boolean next() throws IOException {
        size = 0;
        try {
            if (!started) {
                started = true;
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    return false;
                }
            }
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return false;
            }
            int length = 0;
            JsonToken t = parser.nextToken();
            line = t == JsonToken.VALUE_STRING ? parser.currentTokenLocation().getLineNr()
                    : parser.currentLocation().getLineNr();
            for (; t == JsonToken.VALUE_STRING; t = parser.nextToken()) {
                String f = parser.getText();
                length += f.length();
                if (length > MAX_RECORD_LENGTH) {
                    throw error(line, "the record is longer than " + MAX_RECORD_LENGTH + " characters");
                }
                if (size == fields.length) {
                    if (size == MAX_FIELDS) {
                        throw error(line, "the record has more than " + MAX_FIELDS + " fields");
                    }
                    fields = Arrays.copyOf(fields, 2 * size);
                }
                fields[size++] = f;
            }
            return true;
        } catch (JsonProcessingException e) {
            throw error(parser.currentTokenLocation().getLineNr(), "malformed CSV: " + e.getOriginalMessage(), e);
        }
    }

    /** An error about the field being read, the one after the {@link #size} read so far. */
    private ChainFormatException error(int at, String detail) {
        return error(at, detail, null);
    }

    private ChainFormatException error(int at, String detail, Throwable cause) {
        String field = names != null && size < names.length ? names[size] : null;
        return cause == null ? new ChainFormatException(source, at, size + 1, field, detail)
                : new ChainFormatException(source, at, size + 1, field, detail, cause);
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
     * Tells whether every field of the current record is empty (an empty line, or a line of commas); while spaces
     * are not trimmed, a field of spaces counts as empty too.
     *
     * @return true for a blank record
     */
    boolean isBlank() {
        for (int i = 0; i < size; i++) {
            if (!isEmpty(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks that the current record, a data row, has a field for each of the {@code width} columns of the header
     * and nothing but empty fields after them (empty cells after the last header column, as spreadsheets write
     * them, are ignored).
     *
     * @param width the number of columns of the header
     * @throws ChainFormatException if the row has fewer fields, naming the first missing column, or a value after
     *     the last column
     */
    void requireWidth(int width) {
        if (size < width) {
            throw new ChainFormatException(source, line, size + 1, names != null && size < names.length ? names[size]
                    : null, "the row has " + size + " fields but the header has " + width + " (a truncated row?)");
        }
        for (int k = width; k < size; k++) {
            if (!isEmpty(k)) {
                throw new ChainFormatException(source, line, k + 1, null, "unexpected value '"
                        + VendorTables.abbreviate(fields[k]) + "' after the " + width + " columns of the header");
            }
        }
    }

    /**
     * Returns the number of fields up to the last non-empty one (trailing empty cells, as spreadsheets write them,
     * left out).
     *
     * @return the count
     */
    int sizeWithoutTrailingEmpty() {
        int n = size;
        while (n > 0 && isEmpty(n - 1)) {
            n--;
        }
        return n;
    }

    /**
     * Tells whether a field is empty; while spaces are not trimmed, also when it holds only spaces.
     *
     * @param i the 0-based field index
     * @return true if empty or beyond the record
     */
    boolean isEmpty(int i) {
        return i >= size || (trim ? fields[i].isEmpty() : fields[i].trim().isEmpty());
    }

    /**
     * Returns a field.
     *
     * @param i the 0-based field index
     * @return the field, or "" beyond the record
     */
    String field(int i) {
        return i >= size ? "" : fields[i];
    }

    /**
     * Returns the record written back as one line of CSV: its fields joined by commas, a field quoted (its quotes
     * doubled) when it holds a comma or a line end. Read with spaces not trimmed, this is the line as written
     * whenever its quotes were needed.
     *
     * @return the text
     */
    String encoded() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < size; i++) {
            String f = fields[i];
            if (i > 0) {
                sb.append(',');
            }
            if (f.indexOf(',') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    /**
     * Parses a field as a decimal number ({@link DecimalText}).
     *
     * @param i the 0-based field index
     * @return the value (infinite when beyond the double range), or NaN when the field is empty, longer than
     *     {@value ExposureJson#MAX_NUMBER_LENGTH} characters, not a decimal, or beyond the record
     */
    double number(int i) {
        return i >= size ? Double.NaN : DecimalText.parse(fields[i]);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
