package dev.exposure.jackson;

/**
 * Malformed option-chain input: a CSV or JSON chain file that cannot be read as documented. The message names the
 * source, the line, the column and the field, e.g.
 * {@code chains.csv: line 7, column 9 (strike): 'abc' is not a number}.
 */
public final class ChainFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The file or stream name, or null. */
    private final String source;
    /** The 1-based line, or 0. */
    private final int line;
    /** The 1-based column, or 0. */
    private final int column;
    /** The column name or field path, or null. */
    private final String field;

    /**
     * Creates an exception.
     *
     * @param source the file or stream name, or null when unknown
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column (the field position in CSV, the character position in JSON), or 0 when
     *     unknown
     * @param field the column name or field path, or null when the message names it or none applies
     * @param detail what is wrong
     */
    public ChainFormatException(String source, int line, int column, String field, String detail) {
        super(format(source, line, column, field, detail));
        this.source = source;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.field = field;
    }

    /**
     * Creates an exception with a cause.
     *
     * @param source the file or stream name, or null when unknown
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @param field the column name or field path, or null
     * @param detail what is wrong
     * @param cause the underlying error
     */
    public ChainFormatException(String source, int line, int column, String field, String detail,
            Throwable cause) {
        this(source, line, column, field, detail);
        initCause(cause);
    }

    private static String format(String source, int line, int column, String field, String detail) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source).append(": ");
        }
        if (line > 0) {
            sb.append("line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        if (field != null) {
            sb.append(line > 0 ? " (" : "(").append(field).append(')');
        }
        if (line > 0 || field != null) {
            sb.append(": ");
        }
        return sb.append(detail).toString();
    }

    /**
     * Returns the column name (CSV) or field path (JSON) the error is about.
     *
     * @return the name, or null when the message names it or none applies
     */
    public String field() {
        return field;
    }

    /**
     * Returns the name of the input.
     *
     * @return the file or stream name, or null when unknown
     */
    public String source() {
        return source;
    }

    /**
     * Returns the line of the error.
     *
     * @return the 1-based line, or 0 when unknown
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the error: the 1-based field position in a CSV row, the 1-based character position in
     * a JSON line.
     *
     * @return the column, or 0 when unknown
     */
    public int column() {
        return column;
    }
}
