package dev.exposure.cli.chart;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Runs chart code and turns the Java runtime's failures of font loading into a {@link ChartRenderingException}
 * that says what to install (and an attempt to open an unreachable display into one that says to run headless).
 *
 * <p>Without fontconfig or without any font, the JDK fails on the first text it measures, in ways that differ by
 * version and platform: an {@link InternalError} or a {@link NullPointerException} thrown from
 * {@code sun.awt.FontConfiguration} or {@code sun.font.*}, an {@link Error} "Probable fatal error: No fonts
 * found", an {@link UnsatisfiedLinkError} when {@code libfontmanager} cannot load {@code libfreetype}, and on later
 * attempts a {@link NoClassDefFoundError} "Could not initialize class sun.awt.X11FontManager" (or
 * {@code sun.font.…}). A throwable is taken for a font failure when it or one of its causes is such an
 * {@link UnsatisfiedLinkError}, names a font class or fontconfig in its message, or was thrown from a font class
 * of the runtime ({@code sun.font.*}, {@code sun.awt.*Font*}, {@code java.awt.Font}). Anything else passes
 * through unchanged.
 */
final class Rendering {

    /** What to install, in the message of every font failure. */
    static final String INSTALL_HINT = "install fontconfig and a font: on Debian or Ubuntu "
            + "'apt-get install -y fontconfig fonts-dejavu-core', on Alpine 'apk add fontconfig ttf-dejavu', "
            + "on Fedora or RHEL 'dnf install -y fontconfig dejavu-sans-fonts'";

    /** How deep the cause chain is searched. */
    private static final int MAX_CAUSES = 8;

    private Rendering() {
    }

    /**
     * Runs chart code, rethrowing a font failure as a {@link ChartRenderingException}.
     *
     * @param work the code
     * @param <T> its result type
     * @return its result
     * @throws ChartRenderingException if the code fails because fonts cannot be loaded
     */
    static <T> T guard(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            if (e instanceof ChartRenderingException) {
                throw e;
            }
            if (isDisplayFailure(e)) {
                throw new ChartRenderingException("cannot draw the chart: Java AWT tries to open a display ("
                        + oneLine(e) + "); run Java with -Djava.awt.headless=true", e);
            }
            if (isFontFailure(e)) {
                throw new ChartRenderingException("cannot draw the chart: the Java runtime cannot load fonts ("
                        + oneLine(e) + "); " + INSTALL_HINT, e);
            }
            throw e;
        }
    }

    /**
     * Tells whether a throwable says that AWT runs with a display it cannot open ({@code java.awt.headless} false
     * and {@code DISPLAY} set to an unreachable X server): an {@link java.awt.AWTError} or
     * {@link java.awt.HeadlessException} in the cause chain.
     *
     * @param t the throwable
     * @return true for a display failure
     */
    static boolean isDisplayFailure(Throwable t) {
        Throwable c = t;
        for (int depth = 0; c != null && depth < MAX_CAUSES; depth++, c = c.getCause()) {
            if (c instanceof java.awt.AWTError || c instanceof java.awt.HeadlessException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether a throwable comes from the runtime's font loading (see the class description).
     *
     * @param t the throwable
     * @return true for a font failure
     */
    static boolean isFontFailure(Throwable t) {
        Throwable c = t;
        for (int depth = 0; c != null && depth < MAX_CAUSES; depth++, c = c.getCause()) {
            if (c instanceof UnsatisfiedLinkError) {
                return true; // libfontmanager/libawt cannot load: libfreetype6 or fontconfig missing
            }
            String m = c.getMessage() == null ? "" : c.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("fontconfig") || m.contains("no fonts found") || m.contains("fontmanager")
                    || m.contains("sun.font.") || m.contains("sun.awt.fontconfiguration")) {
                return true;
            }
            if (c instanceof VirtualMachineError && !(c instanceof InternalError)) {
                return false; // out of memory or stack: not a font problem
            }
            for (StackTraceElement frame : c.getStackTrace()) {
                if (isFontClass(frame.getClassName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isFontClass(String name) {
        return name.startsWith("sun.font.")
                || name.startsWith("sun.awt.") && name.contains("Font")
                || name.equals("java.awt.Font");
    }

    /** The throwable's class and message on one line. */
    private static String oneLine(Throwable t) {
        String text = t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return text.replaceAll("\\s+", " ").trim();
    }
}
