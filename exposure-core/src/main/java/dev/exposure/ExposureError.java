package dev.exposure;

/**
 * The request and data outcomes that a service maps to an HTTP status.
 *
 * <p>Each constant has a wire {@link #code() code} (snake case, as in the JSON error body) and an
 * {@link #httpStatus() HTTP status}: 400 for the four request errors, 404 for {@link #NO_DATA}.
 */
public enum ExposureError {
    /** The request named no symbol. HTTP 400. */
    MISSING_SYMBOLS("missing_symbols", 400),
    /** The request named more than 50 distinct symbols. HTTP 400. */
    TOO_MANY_SYMBOLS("too_many_symbols", 400),
    /** A weight is not a finite non-negative decimal number, or all weights are zero. HTTP 400. */
    INVALID_WEIGHTS("invalid_weights", 400),
    /** The number of weights differs from the number of symbols. HTTP 400. */
    WEIGHT_COUNT_MISMATCH("weight_count_mismatch", 400),
    /** None of the requested symbols (or the one requested chain) has usable data. HTTP 404. */
    NO_DATA("no_data", 404);

    private final String code;
    private final int httpStatus;

    ExposureError(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /**
     * Returns the wire code of this error.
     *
     * @return the snake-case code, e.g. {@code "too_many_symbols"}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the HTTP status a service answers with for this error.
     *
     * @return 400 for request errors, 404 for {@link #NO_DATA}
     */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * Returns the constant whose {@link #code()} is the given code.
     *
     * @param code a wire code such as {@code "no_data"}
     * @return the matching constant
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no constant has that code
     */
    public static ExposureError fromCode(String code) {
        java.util.Objects.requireNonNull(code, "code");
        for (ExposureError e : values()) {
            if (e.code.equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown exposure error code '" + code + "'");
    }
}
