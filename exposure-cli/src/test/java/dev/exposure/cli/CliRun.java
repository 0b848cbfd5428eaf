package dev.exposure.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The outcome of one run of the command line, in process, with its output and error text captured. */
public final class CliRun {

    /** The exit code. */
    public final int code;

    /** What the run printed to standard output (UTF-8). */
    public final String out;

    /** What the run printed to standard error (UTF-8). */
    public final String err;

    private CliRun(int code, String out, String err) {
        this.code = code;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command line with {@link ExposureCli#run}, capturing both streams.
     *
     * @param args the arguments
     * @return the exit code and the captured text
     */
    public static CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ExposureCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
