package dev.exposure;

import java.util.List;
import java.util.Objects;

/**
 * A request or data outcome that a service maps to an HTTP status: invalid basket parameters, or no
 * usable data.
 *
 * <p>{@link #error()} gives the machine-readable reason; {@link #missingSymbols()} lists the symbols
 * without data when the error is {@link ExposureError#NO_DATA} (empty otherwise).
 */
public final class ExposureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The reason. */
    private final ExposureError error;
    /** Symbols without data, in request order; empty unless {@code error} is NO_DATA. */
    private final List<String> missingSymbols;

    /**
     * Creates an exception without missing symbols.
     *
     * @param error the reason
     * @param message a human-readable message naming what is wrong
     * @throws NullPointerException if {@code error} or {@code message} is null
     */
    public ExposureException(ExposureError error, String message) {
        this(error, message, List.of());
    }

    /**
     * Creates an exception.
     *
     * @param error the reason
     * @param message a human-readable message naming what is wrong
     * @param missingSymbols the symbols that had no data, in request order (copied)
     * @throws NullPointerException if any argument or element is null
     */
    public ExposureException(ExposureError error, String message, List<String> missingSymbols) {
        super(Objects.requireNonNull(message, "message"));
        this.error = Objects.requireNonNull(error, "error");
        this.missingSymbols = List.copyOf(Objects.requireNonNull(missingSymbols, "missingSymbols"));
    }

    /**
     * Returns the reason for this exception.
     *
     * @return the error code, never null
     */
    public ExposureError error() {
        return error;
    }

    /**
     * Returns the symbols that had no data, in request order.
     *
     * @return an unmodifiable list, empty unless the error is {@link ExposureError#NO_DATA}
     */
    public List<String> missingSymbols() {
        return missingSymbols;
    }
}
