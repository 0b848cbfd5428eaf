package dev.exposure.cli.chart;

import dev.exposure.Conventions;
import dev.exposure.ExposureError;
import dev.exposure.ExposureException;
import dev.exposure.GammaProfileBuilder;
import dev.exposure.Greek;
import dev.exposure.LevelsBuilder;
import dev.exposure.MarketDataStore;
import dev.exposure.OptionChain;
import dev.exposure.StrikeSheet;
import dev.exposure.StrikeSheetBuilder;
import dev.exposure.TermStructureBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code exposure chart} command: draws one chart of a symbol's chain into a PNG or SVG file.
 *
 * <pre>
 * exposure chart gex|dex|vex|chex|profile|term-structure SYMBOL --out FILE.png|FILE.svg
 *         [--expiration YYYY-MM-DD] [--greek gex|dex|vex|chex] [--strike-range LOW:HIGH]
 *         [--width W] [--height H]
 * </pre>
 *
 * <ul>
 *   <li>{@code gex}: {@link Charts#gexByStrike} with the chain's {@link LevelsBuilder levels};
 *       {@code dex}, {@code vex}, {@code chex}: {@link Charts#byStrike} of that greek;</li>
 *   <li>{@code profile}: {@link Charts#gammaProfile} of the default profile (0.8·S to 1.2·S, 81 points);</li>
 *   <li>{@code term-structure}: {@link Charts#termStructure} of GEX, or of {@code --greek}.</li>
 * </ul>
 * {@code --out} names the file written (replaced if it exists; its directory must exist); its extension,
 * {@code .png} or {@code .svg} in any letter case, chooses the format. {@code --expiration} restricts the by-strike
 * charts and the profile to the contracts of one expiration: the views, the levels and the flip are then those of
 * a chain holding only that expiration, and the subtitle says so. {@code --strike-range LOW:HIGH} fixes the strikes
 * of a by-strike chart (default: automatic, see {@link Charts#gexByStrike}). {@code --width} and {@code --height}
 * are pixels, {@value ChartOptions#MIN_SIZE} to {@value ChartOptions#MAX_SIZE} (default
 * {@value ChartOptions#DEFAULT_WIDTH} × {@value ChartOptions#DEFAULT_HEIGHT}, area at most
 * {@value ChartOptions#MAX_PIXELS} pixels). The chart is drawn in memory first, so a failure leaves no partial
 * file. Nothing is printed on success.
 *
 * <p>The command sets {@code java.awt.headless=true} unless the property is already set, so it runs on servers
 * without a display. The command line's common options (chain files, conventions) are handled by the caller,
 * which passes the chart options, a supplier of the chain store and the conventions.
 */
public final class ChartCommand {

    /** The options this command reads (the caller handles the command line's common options). */
    public static final List<String> OPTIONS = List.of("--out", "--width", "--height", "--expiration", "--greek",
            "--strike-range");

    /** The kinds of chart, the command's first argument. */
    public static final List<String> KINDS = List.of("gex", "dex", "vex", "chex", "profile", "term-structure");

    private ChartCommand() {
    }

    /**
     * Runs the command: checks the arguments, reads the chain, builds the views, draws the chart and writes the
     * file.
     *
     * @param arguments the positional arguments, {@code KIND SYMBOL}
     * @param options the command line's options by name ({@code "--out"} …); names not in {@link #OPTIONS} are
     *     ignored here
     * @param store supplies the chains; called once, after the arguments are checked
     * @param conventions the conventions of every view (their GEX unit names the charts' unit)
     * @return the file written
     * @throws NullPointerException if an argument is null
     * @throws UsageException if the arguments do not follow the usage (the message says what is wrong)
     * @throws ExposureException with {@link ExposureError#NO_DATA} if the symbol has no chain, no usable data, or
     *     no contract of the expiration asked for
     * @throws UncheckedIOException if the file cannot be written
     * @throws ChartRenderingException if the Java runtime cannot load fonts
     */
    public static Path run(List<String> arguments, Map<String, String> options, Supplier<MarketDataStore> store,
            Conventions conventions) {
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(conventions, "conventions");
        Request r = Request.parse(arguments, options);
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // before the first AWT class is initialised
        }
        ChartOptions chartOptions = r.options.withGexUnit(conventions.gexUnit());
        OptionChain chain = store.get().chain(r.symbol).orElseThrow(() -> new ExposureException(
                ExposureError.NO_DATA, "no chain for symbol " + r.symbol, List.of(r.symbol)));
        if (r.expiration != null) {
            chain = onlyExpiration(chain, r.expiration);
            chartOptions = chartOptions.withNote("expiration " + r.expiration);
        } else if (!"term-structure".equals(r.kind)) {
            chartOptions = chartOptions.withNote("all expirations");
        }
        ExposureChart chart;
        switch (r.kind) {
            case "gex":
                chart = Charts.gexByStrike(new StrikeSheetBuilder(conventions).build(chain),
                        new LevelsBuilder(conventions).build(chain), chartOptions);
                break;
            case "profile":
                chart = Charts.gammaProfile(new GammaProfileBuilder(conventions).build(chain), chartOptions);
                break;
            case "term-structure":
                chart = Charts.termStructure(new TermStructureBuilder(conventions).build(chain), r.greek,
                        chartOptions);
                break;
            default:
                StrikeSheet sheet = new StrikeSheetBuilder(conventions).build(chain);
                chart = Charts.byStrike(sheet, Greek.ofCode(r.kind), chartOptions);
                break;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        chart.write(bytes, r.format);
        try {
            Files.write(r.out, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chart to " + r.out + " (" + reason(e) + ")", e);
        }
        return r.out;
    }

    /** Says in a few words why a file could not be written. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException) {
            String why = ((java.nio.file.FileSystemException) e).getReason();
            return why == null ? e.getClass().getSimpleName() : why;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Returns a copy of a chain holding only the contracts of one expiration.
     *
     * @throws ExposureException with {@link ExposureError#NO_DATA} if the chain has no contract of that expiration
     */
    static OptionChain onlyExpiration(OptionChain chain, LocalDate expiration) {
        OptionChain.Builder b = OptionChain.builder(chain.symbol(), chain.underlyingPrice(), chain.asOf())
                .riskFreeRate(chain.riskFreeRate())
                .dividendYield(chain.dividendYield())
                .contractMultiplier(chain.contractMultiplier());
        int n = 0;
        for (int i = 0; i < chain.size(); i++) {
            if (chain.expiration(i).equals(expiration)) {
                b.add(chain.type(i), expiration, chain.strike(i), chain.openInterest(i), chain.impliedVolatility(i));
                n++;
            }
        }
        if (n == 0) {
            throw new ExposureException(ExposureError.NO_DATA, "no contract of " + chain.symbol() + " expires on "
                    + expiration, List.of(chain.symbol()));
        }
        return b.build();
    }

    /** A command line that does not follow the usage of {@code exposure chart}. */
    public static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /**
         * Creates the exception.
         *
         * @param message what is wrong, naming the argument or option
         */
        public UsageException(String message) {
            super(message);
        }
    }

    /** The checked arguments of one command. */
    private static final class Request {
        String kind;
        String symbol;
        Path out;
        ChartFormat format;
        LocalDate expiration;
        Greek greek = Greek.GEX;
        ChartOptions options = ChartOptions.defaults();

        static Request parse(List<String> arguments, Map<String, String> options) {
            Request r = new Request();
            if (arguments.size() != 2) {
                throw new UsageException(arguments.size() < 2
                        ? "chart needs a KIND (" + String.join(", ", KINDS) + ") and a SYMBOL"
                        : "unexpected argument '" + arguments.get(2) + "' for chart");
            }
            r.kind = arguments.get(0);
            if (!KINDS.contains(r.kind)) {
                throw new UsageException("unknown chart '" + r.kind + "' (one of " + String.join(", ", KINDS) + ")");
            }
            r.symbol = arguments.get(1).trim().toUpperCase(Locale.ROOT);
            if (r.symbol.isEmpty()) {
                throw new UsageException("chart needs a non-blank SYMBOL");
            }
            String out = options.get("--out");
            if (out == null || out.isBlank()) {
                throw new UsageException("chart needs --out FILE.png or --out FILE.svg");
            }
            Optional<ChartFormat> format = ChartFormat.ofFileName(out);
            if (format.isEmpty()) {
                throw new UsageException("--out must end in .png or .svg (any letter case), not '" + out + "'");
            }
            r.format = format.get();
            try {
                r.out = Path.of(out);
            } catch (InvalidPathException e) {
                throw new UsageException("--out is not a valid path: '" + out + "'");
            }
            int width = size(options, "--width", ChartOptions.DEFAULT_WIDTH);
            int height = size(options, "--height", ChartOptions.DEFAULT_HEIGHT);
            try {
                r.options = r.options.withSize(width, height);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--width × --height must be at most " + ChartOptions.MAX_PIXELS
                        + " pixels, not " + width + " × " + height);
            }
            boolean byStrike = !"profile".equals(r.kind) && !"term-structure".equals(r.kind);
            String expiration = options.get("--expiration");
            if (expiration != null) {
                notFor(!"term-structure".equals(r.kind), "--expiration", r.kind);
                try {
                    r.expiration = LocalDate.parse(expiration.trim());
                } catch (DateTimeParseException e) {
                    throw new UsageException("--expiration must be a date YYYY-MM-DD, not '" + expiration + "'");
                }
            }
            String greek = options.get("--greek");
            if (greek != null) {
                notFor("term-structure".equals(r.kind), "--greek", r.kind);
                try {
                    r.greek = Greek.ofCode(greek.trim());
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--greek must be gex, dex, vex or chex, not '" + greek + "'");
                }
            }
            String range = options.get("--strike-range");
            if (range != null) {
                notFor(byStrike, "--strike-range", r.kind);
                r.options = strikeRange(r.options, range);
            }
            return r;
        }

        private static void notFor(boolean applies, String option, String kind) {
            if (!applies) {
                throw new UsageException("option " + option + " does not apply to chart " + kind);
            }
        }

        private static int size(Map<String, String> options, String name, int otherwise) {
            String text = options.get(name);
            if (text == null) {
                return otherwise;
            }
            String message = name + " must be a whole number of pixels from " + ChartOptions.MIN_SIZE + " to "
                    + ChartOptions.MAX_SIZE + ", not '" + text + "'";
            if (!text.trim().matches("[0-9]{1,6}")) {
                throw new UsageException(message);
            }
            int size = Integer.parseInt(text.trim());
            if (size < ChartOptions.MIN_SIZE || size > ChartOptions.MAX_SIZE) {
                throw new UsageException(message);
            }
            return size;
        }

        private static ChartOptions strikeRange(ChartOptions options, String text) {
            String message = "--strike-range must be LOW:HIGH, two prices with 0 < LOW < HIGH, not '" + text + "'";
            String[] parts = text.split(":", -1);
            if (parts.length != 2) {
                throw new UsageException(message);
            }
            try {
                return options.withStrikeRange(price(parts[0], message), price(parts[1], message));
            } catch (IllegalArgumentException e) {
                throw new UsageException(message);
            }
        }

        private static double price(String text, String message) {
            String t = text.trim();
            if (!t.matches("[0-9]+(\\.[0-9]*)?|\\.[0-9]+")) {
                throw new UsageException(message);
            }
            return Double.parseDouble(t);
        }
    }
}
