package dev.exposure.cli.chart;

/**
 * Thrown when a chart cannot be drawn because the Java runtime cannot load fonts or its AWT native libraries: the
 * typical failure of a server installed without fontconfig or without any font. The message says which packages to
 * install ({@code fontconfig} and {@code fonts-dejavu-core} on Debian or Ubuntu); the cause is the runtime's own
 * error ({@link InternalError}, {@link UnsatisfiedLinkError}, {@link NullPointerException} … from font loading).
 * Also thrown, with a message saying to run with {@code -Djava.awt.headless=true}, when AWT is not headless and
 * cannot open the display it is pointed at ({@link java.awt.AWTError}).
 */
public final class ChartRenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed and what to install, one line
     * @param cause the runtime's error
     */
    public ChartRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
