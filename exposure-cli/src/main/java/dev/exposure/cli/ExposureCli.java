package dev.exposure.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.exposure.BasketAggregator;
import dev.exposure.Conventions;
import dev.exposure.ExposureError;
import dev.exposure.ExposureException;
import dev.exposure.GammaProfileBuilder;
import dev.exposure.GexUnit;
import dev.exposure.Greek;
import dev.exposure.LevelsBuilder;
import dev.exposure.MarketDataStore;
import dev.exposure.OptionChain;
import dev.exposure.TermStructureBuilder;
import dev.exposure.TimeBasis;
import dev.exposure.cli.chart.ChartCommand;
import dev.exposure.cli.chart.ChartRenderingException;
import dev.exposure.jackson.ChainCsv;
import dev.exposure.jackson.ChainFiles;
import dev.exposure.jackson.ChainFormatException;
import dev.exposure.jackson.ExposureJson;
import dev.exposure.jackson.ExposureSheet;
import dev.exposure.jackson.ReadOptions;
import dev.exposure.jackson.samples.SampleChains;
import dev.exposure.server.ExposureServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Command-line entry point: term structures, baskets, strike sheets, levels and gamma profiles as pretty JSON, from
 * chain files or the bundled samples; and the HTTP server.
 *
 * <pre>
 * exposure                                     same as "exposure demo"
 * exposure demo [--chains PATH [READ OPTIONS]]
 * exposure term-structure SYMBOL [--chains PATH [READ OPTIONS]]
 * exposure basket --symbols A,B,C [--weights W1,W2,W3] [--chains PATH [READ OPTIONS]]
 * exposure gex|dex|vex|chex SYMBOL [--expiration YYYY-MM-DD] [--min-oi N] [--chains PATH [READ OPTIONS]]
 * exposure levels SYMBOL [--chains PATH [READ OPTIONS]]
 * exposure profile SYMBOL [--from X] [--to Y] [--points N] [--chains PATH [READ OPTIONS]]
 * exposure write-samples DIR [--format json|csv]
 * exposure chart gex|dex|vex|chex|profile|term-structure SYMBOL --out FILE.png|FILE.svg [--chains PATH] …
 * exposure serve [--chains PATH [READ OPTIONS]] [--host 127.0.0.1] [--port 8080] [--api-keys FILE]
 * exposure --help | --version
 * </pre>
 * Every command but {@code write-samples} also takes {@code --time-basis calendar|weekdays:N|weekdays:N:floor}
 * (default {@code calendar}; see {@link dev.exposure.TimeBasis}) and {@code --gex-unit percent|point} (default
 * {@code percent}: GEX in USD per 1% move; {@code point}: per 1.00 move of the underlying).
 *
 * <p>{@code --chains PATH} names a chain file or a directory of them, read by {@link ChainFiles#readStore(Path,
 * ReadOptions)}: the project's JSON and CSV, Cboe quote tables and yfinance dumps, recognised from their content;
 * in a directory its {@code .json}, {@code .csv} and {@code .dat} files, and per symbol the chain with the latest
 * as-of instant. Without it the eight {@link SampleChains} are used (SPY, QQQ, IWM, AAPL, MSFT, NVDA, TSLA, AMZN at
 * 2026-05-29T15:30:00Z). The read options {@code --symbol}, {@code --underlying-price}, {@code --as-of} (an
 * ISO-8601 instant, {@code Z} or an offset), {@code --rate}, {@code --dividend-yield} (continuous annual fractions)
 * and {@code --multiplier} (an integer) override what the files give ({@link ReadOptions}); they need
 * {@code --chains}, and a value that is not of its documented form is a usage error naming the option.
 * {@code demo} prints one JSON object,
 * <pre>
 * {"term_structure": &lt;term structure of SPY&gt;,
 *  "basket": &lt;basket of AAPL,MSFT,NVDA with weights 0.4,0.3,0.3&gt;}
 * </pre>
 * {@code term-structure} and {@code basket} print the term structure or basket result in the shapes documented in
 * {@link dev.exposure.jackson.ExposureModule}; {@code basket} parses {@code --symbols} and {@code --weights} exactly
 * as the API's query parameters ({@link dev.exposure.BasketRequest#parse}). {@code gex}, {@code dex}, {@code vex}
 * and {@code chex} print that greek's strike sheet ({@link ExposureSheet}; GEX with its gamma flip), of every
 * expiration or of {@code --expiration} alone; {@code --min-oi N} (GEX only) leaves out the strikes whose call plus
 * put open interest is below N, keeping the total and the flip. {@code levels} prints the levels, {@code profile}
 * the gamma profile (0.8·S to 1.2·S in 81 points unless {@code --from}, {@code --to} or {@code --points} say
 * otherwise). {@code write-samples} writes the sample chains into DIR, as {@code SYMBOL.json} files or as one
 * {@code samples.csv}. {@code chart} draws a chart into a PNG or SVG file and prints nothing
 * ({@link ChartCommand}).
 *
 * <p>{@code serve} runs the HTTP API ({@link ExposureServer}) until the process is stopped (Ctrl-C or SIGTERM stop
 * it gracefully: requests in flight complete). With {@code --chains} a directory (or file) is served and re-read
 * when its files change; without it, the sample chains. {@code --api-keys FILE} requires one of the keys of FILE
 * in every request's {@code X-Api-Key} header (or {@code apiKey} query parameter): UTF-8 text, one key per line,
 * surrounding spaces trimmed, blank lines and lines starting with {@code #} ignored, at least one key, each key
 * printable ASCII without spaces. The server's log (and Jetty's warnings) go to standard error.
 *
 * <p>Results go to standard output as indented JSON followed by a line feed. Request errors go to standard error
 * as the JSON error body ({@code {"status":400,"error":"…","message":"…"}}); other errors, usage errors included,
 * as one line of text.
 * Exit codes: {@value #EXIT_OK} success; {@value #EXIT_BAD_REQUEST} invalid request (HTTP 400 class:
 * {@code missing_symbols}, {@code too_many_symbols}, {@code invalid_weights}, {@code weight_count_mismatch});
 * {@value #EXIT_NO_DATA} {@code no_data} (HTTP 404); {@value #EXIT_USAGE} usage error (unknown command or option,
 * missing argument); {@value #EXIT_DATA} malformed chain file or API keys file; {@value #EXIT_FAILURE} I/O or
 * unexpected error (a port that cannot be bound included).
 */
public final class ExposureCli {

    /** Exit code of success. */
    public static final int EXIT_OK = 0;

    /** Exit code of an I/O error (missing or unreadable file) or an unexpected failure. */
    public static final int EXIT_FAILURE = 1;

    /** Exit code of a request error of the HTTP 400 class. */
    public static final int EXIT_BAD_REQUEST = 2;

    /** Exit code of {@code no_data} (HTTP 404): the symbol, or every basket symbol, has no usable chain. */
    public static final int EXIT_NO_DATA = 3;

    /** Exit code of a usage error (as {@code EX_USAGE} of sysexits.h). */
    public static final int EXIT_USAGE = 64;

    /** Exit code of a malformed chain file or API keys file (as {@code EX_DATAERR} of sysexits.h). */
    public static final int EXIT_DATA = 65;

    /** The symbol of the demo term structure. */
    static final String DEMO_SYMBOL = "SPY";

    /** The symbols of the demo basket. */
    static final String DEMO_SYMBOLS = "AAPL,MSFT,NVDA";

    /** The weights of the demo basket. */
    static final String DEMO_WEIGHTS = "0.4,0.3,0.3";

    private static final String USAGE = String.join("\n",
            "Usage:",
            "  exposure [demo] [--chains PATH [READ OPTIONS]]",
            "      SPY term structure and the AAPL,MSFT,NVDA basket (weights 0.4,0.3,0.3) as one JSON object",
            "  exposure term-structure SYMBOL [--chains PATH [READ OPTIONS]]",
            "      GEX/DEX/VEX/CHEX of SYMBOL by DTE bucket and by expiry",
            "  exposure basket --symbols A,B,C [--weights W1,W2,W3] [--chains PATH [READ OPTIONS]]",
            "      weighted basket aggregate (at most 50 symbols; equal weights by default)",
            "  exposure gex|dex|vex|chex SYMBOL [--expiration YYYY-MM-DD] [--min-oi N]",
            "                 [--chains PATH [READ OPTIONS]]",
            "      one greek by strike (GEX with the gamma flip); --min-oi (gex only) hides thin strikes",
            "  exposure levels SYMBOL [--chains PATH [READ OPTIONS]]",
            "      gamma flip, call and put walls, max +/- gamma, highest-OI strike, 0DTE magnet",
            "  exposure profile SYMBOL [--from X] [--to Y] [--points N] [--chains PATH [READ OPTIONS]]",
            "      net GEX repriced from X to Y (default 0.8*S to 1.2*S, 81 points) and the gamma flip",
            "  exposure write-samples DIR [--format json|csv]",
            "      write the bundled sample chains into DIR",
            "  exposure chart gex|dex|vex|chex|profile|term-structure SYMBOL --out FILE.png|FILE.svg",
            "        [--expiration YYYY-MM-DD] [--greek G] [--strike-range LOW:HIGH] [--width 1200] [--height 700]",
            "        [--chains PATH [READ OPTIONS]]",
            "      chart by strike, gamma profile or term structure as PNG or SVG (format from the extension)",
            "  exposure serve [--chains PATH [READ OPTIONS]] [--host 127.0.0.1] [--port 8080]",
            "                 [--api-keys FILE]",
            "      serve the HTTP API until stopped (Ctrl-C); chain directories are re-read when they change",
            "  exposure --help | --version",
            "",
            "Options:",
            "  --chains PATH   a chain file or a directory of them (default: bundled samples SPY QQQ IWM AAPL",
            "                  MSFT NVDA TSLA AMZN at 2026-05-29T15:30:00Z). Formats, recognised from the",
            "                  content: the project's JSON and CSV, Cboe quote tables (.csv and .dat), yfinance",
            "                  dumps. A directory: its .json, .csv and .dat files; per symbol the chain with",
            "                  the latest as-of instant is used (serve: see the README).",
            "  --host HOST     address to listen on (default 127.0.0.1: this machine only)",
            "  --port N        TCP port, 0 to 65535 (default 8080; 0 picks a free one)",
            "  --api-keys FILE accepted API keys, one per line ('#' comments); requests must send one",
            "                  in the X-Api-Key header",
            "  --time-basis B  calendar (default: seconds to expiry over 365 days), weekdays:N (weekdays",
            "                  to expiry over N, e.g. weekdays:262), weekdays:N:floor (same-day expiries",
            "                  count 1/N instead of expiring); every command but write-samples",
            "  --gex-unit U    percent (default: USD per 1% move) or point (USD per 1.00 move)",
            "",
            "Read options (override what the files give; rate, yield and multiplier default to 0, 0, 100):",
            "  --symbol SYMBOL            underlying symbol",
            "  --underlying-price PRICE   underlying price",
            "  --as-of INSTANT            as-of instant, ISO-8601: 2023-06-04T19:15:00Z or ...T15:15:00-04:00",
            "  --rate R                   risk-free rate, continuous annual fraction (0.043 = 4.3 %)",
            "  --dividend-yield Q         dividend yield, continuous annual fraction",
            "  --multiplier M             contract multiplier, an integer >= 1",
            "",
            "Output: indented JSON on stdout. Request errors: JSON error body on stderr.",
            "Exit codes: 0 ok, 2 invalid request (400), 3 no data (404), 64 usage error,",
            "            65 malformed chain or API keys file, 1 I/O or unexpected error.",
            "");

    /** The read options, in the order of the usage message. */
    private static final List<String> READ_OPTIONS = List.of("--symbol", "--underlying-price", "--as-of", "--rate",
            "--dividend-yield", "--multiplier");

    /** The options of every command that reads chains. */
    private static final List<String> CHAIN_OPTIONS = List.of("--chains", "--symbol", "--underlying-price", "--as-of",
            "--rate", "--dividend-yield", "--multiplier");

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private ExposureCli() {
    }

    /**
     * Runs the command line and exits the JVM with a non-zero exit code on failure (see {@link #run}).
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != EXIT_OK) {
            System.exit(code);
        }
    }

    /**
     * Runs the command line without exiting the JVM.
     *
     * @param args the arguments, as documented in the class description
     * @param out where results go
     * @param err where errors go
     * @return the exit code: {@value #EXIT_OK}, {@value #EXIT_FAILURE}, {@value #EXIT_BAD_REQUEST},
     *     {@value #EXIT_NO_DATA}, {@value #EXIT_USAGE} or {@value #EXIT_DATA}
     * @throws NullPointerException if an argument is null
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        ObjectMapper mapper = ExposureJson.newMapper();
        ObjectWriter writer = mapper.writer(ExposureJson.prettyPrinter());
        try {
            Arguments a = Arguments.parse(args);
            if (a.help) {
                out.print(USAGE);
                return EXIT_OK;
            }
            if (a.version) {
                out.println("exposure " + version());
                return EXIT_OK;
            }
            if ("serve".equals(a.command)) {
                return serve(a, err);
            }
            Object result = execute(a);
            if (result != null) {
                out.print(writer.writeValueAsString(result));
                out.print('\n');
            }
            out.flush();
            return EXIT_OK;
        } catch (UsageException | ChartCommand.UsageException e) {
            err.println("exposure: " + e.getMessage() + " (run 'exposure --help' for usage)");
            return EXIT_USAGE;
        } catch (ExposureException e) {
            try {
                err.print(writer.writeValueAsString(e));
                err.print('\n');
            } catch (JsonProcessingException impossible) {
                err.println("exposure: " + e.error().code() + ": " + e.getMessage());
            }
            return e.error() == ExposureError.NO_DATA ? EXIT_NO_DATA : EXIT_BAD_REQUEST;
        } catch (ChartRenderingException e) {
            err.println("exposure: " + e.getMessage());
            return EXIT_FAILURE;
        } catch (ChainFormatException e) {
            err.println("exposure: malformed chain data: " + e.getMessage());
            return EXIT_DATA;
        } catch (KeysFileException e) {
            err.println("exposure: malformed API keys file: " + e.getMessage());
            return EXIT_DATA;
        } catch (UncheckedIOException e) {
            String detail = e.getCause().getMessage();
            String message = e.getMessage();
            err.println("exposure: " + message + (detail == null || message.contains(detail) ? ""
                    : " (" + e.getCause().getClass().getSimpleName() + ": " + detail + ")"));
            return EXIT_FAILURE;
        } catch (IOException | RuntimeException e) {
            err.println("exposure: unexpected error: " + e);
            return EXIT_FAILURE;
        }
    }

    /** Returns the project version, from {@code exposure-cli.properties} (filtered by the build). */
    static String version() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = ExposureCli.class.getResourceAsStream("exposure-cli.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    private static Object execute(Arguments a) throws IOException {
        switch (a.command) {
            case "demo": {
                a.expectPositionals(0);
                a.allowOnly(CHAIN_OPTIONS, "--time-basis", "--gex-unit");
                Conventions c = conventions(a);
                MarketDataStore store = store(a);
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("term_structure", new TermStructureBuilder(c).build(chain(store, DEMO_SYMBOL)));
                out.put("basket", new BasketAggregator(store, c).aggregate(DEMO_SYMBOLS, DEMO_WEIGHTS));
                return out;
            }
            case "term-structure": {
                a.expectPositionals(1);
                a.allowOnly(CHAIN_OPTIONS, "--time-basis", "--gex-unit");
                Conventions c = conventions(a);
                return new TermStructureBuilder(c).build(chain(store(a), symbol(a)));
            }
            case "basket": {
                a.expectPositionals(0);
                a.allowOnly(CHAIN_OPTIONS, "--symbols", "--weights", "--time-basis", "--gex-unit");
                Conventions c = conventions(a);
                return new BasketAggregator(store(a), c).aggregate(a.options.get("--symbols"),
                        a.options.get("--weights"));
            }
            case "gex":
            case "dex":
            case "vex":
            case "chex": {
                a.expectPositionals(1);
                if ("gex".equals(a.command)) {
                    a.allowOnly(CHAIN_OPTIONS, "--expiration", "--min-oi", "--time-basis", "--gex-unit");
                } else {
                    a.allowOnly(CHAIN_OPTIONS, "--expiration", "--time-basis", "--gex-unit");
                }
                Conventions c = conventions(a);
                String symbol = symbol(a);
                LocalDate expiration = null;
                String e = a.options.get("--expiration");
                if (e != null) {
                    try {
                        expiration = LocalDate.parse(e.trim());
                    } catch (DateTimeParseException x) {
                        throw new UsageException("--expiration must be a date YYYY-MM-DD, not '" + e + "'");
                    }
                }
                double minOi = a.options.containsKey("--min-oi") ? number("--min-oi", a.options.get("--min-oi"), 0)
                        : Double.NaN;
                OptionChain chain = chain(store(a), symbol);
                Greek g = Greek.ofCode(a.command);
                ExposureSheet sheet = expiration == null ? ExposureSheet.of(g, chain, c)
                        : ExposureSheet.of(g, chain, c, expiration);
                return Double.isNaN(minOi) ? sheet : sheet.withMinOpenInterest(minOi);
            }
            case "levels": {
                a.expectPositionals(1);
                a.allowOnly(CHAIN_OPTIONS, "--time-basis", "--gex-unit");
                Conventions c = conventions(a);
                return new LevelsBuilder(c).build(chain(store(a), symbol(a)));
            }
            case "profile": {
                a.expectPositionals(1);
                a.allowOnly(CHAIN_OPTIONS, "--from", "--to", "--points", "--time-basis", "--gex-unit");
                Conventions c = conventions(a);
                String symbol = symbol(a);
                double from = a.options.containsKey("--from") ? number("--from", a.options.get("--from"), 1) : 0;
                double to = a.options.containsKey("--to") ? number("--to", a.options.get("--to"), 1) : 0;
                int points = GammaProfileBuilder.DEFAULT_POINTS;
                String p = a.options.get("--points");
                if (p != null) {
                    if (!p.trim().matches("[0-9]{1,9}") || Integer.parseInt(p.trim()) < 2
                            || Integer.parseInt(p.trim()) > GammaProfileBuilder.MAX_POINTS) {
                        throw new UsageException("--points must be a whole number from 2 to "
                                + GammaProfileBuilder.MAX_POINTS + ", not '" + p + "'");
                    }
                    points = Integer.parseInt(p.trim());
                }
                OptionChain chain = chain(store(a), symbol);
                GammaProfileBuilder b = new GammaProfileBuilder(c);
                if (from == 0 && to == 0 && p == null) {
                    return b.build(chain);
                }
                double s = chain.underlyingPrice();
                double lo = from == 0 ? 0.8 * s : from;
                double hi = to == 0 ? 1.2 * s : to;
                if (!(lo < hi)) {
                    throw new UsageException("--from (" + lo + ") must be below --to (" + hi + ")");
                }
                return b.build(chain, lo, hi, points);
            }
            case "write-samples": {
                a.expectPositionals(1);
                a.allowOnly("--format");
                writeSamples(Path.of(a.positionals.get(0)), a.options.getOrDefault("--format", "json"));
                return null;
            }
            case "chart": {
                List<String> own = new ArrayList<>(ChartCommand.OPTIONS);
                own.addAll(List.of("--time-basis", "--gex-unit"));
                a.allowOnly(CHAIN_OPTIONS, own.toArray(new String[0]));
                ChartCommand.run(a.positionals, a.options, () -> store(a), conventions(a));
                return null;
            }
            default:
                throw new UsageException("unknown command '" + a.command + "'");
        }
    }

    /**
     * Starts the server a {@code serve} command line describes (the caller closes it).
     *
     * @param args the arguments, the first being {@code serve}
     * @return the started server
     * @throws UsageException if the arguments do not follow the usage
     */
    static ExposureServer startServer(String[] args) {
        Arguments a = Arguments.parse(args);
        if (!"serve".equals(a.command)) {
            throw new UsageException("not a serve command");
        }
        return server(a).start();
    }

    private static ExposureServer server(Arguments a) {
        a.expectPositionals(0);
        a.allowOnly(CHAIN_OPTIONS, "--host", "--port", "--api-keys", "--time-basis", "--gex-unit");
        ExposureServer.Builder b = ExposureServer.builder().conventions(conventions(a));
        ReadOptions options = readOptions(a);
        String chains = a.options.get("--chains");
        if (chains == null) {
            b.store(SampleChains.store());
        } else {
            b.chains(Path.of(chains)).readOptions(options);
        }
        String host = a.options.get("--host");
        if (host != null) {
            if (host.isBlank()) {
                throw new UsageException("--host is blank");
            }
            b.host(host);
        }
        String port = a.options.getOrDefault("--port", "8080");
        try {
            b.port(Integer.parseInt(port.trim()));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--port must be a number from 0 to 65535, not '" + port + "'");
        }
        String keys = a.options.get("--api-keys");
        if (keys != null) {
            b.apiKeys(readApiKeys(Path.of(keys)));
        }
        return b.build();
    }

    private static int serve(Arguments a, PrintStream err) {
        ExposureServer server = server(a).start();
        Thread hook = new Thread(server::close, "exposure-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            server.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: nothing to remove
            }
        }
        err.flush();
        return EXIT_OK;
    }

    /**
     * Reads an API keys file: UTF-8, one key per line, trimmed; blank lines and {@code #} comments skipped.
     *
     * @param file the file
     * @return the keys, at least one
     * @throws KeysFileException if the file has no key, or a key with a space or a non-ASCII character
     * @throws UncheckedIOException if the file cannot be read
     */
    static List<String> readApiKeys(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API keys file " + file, e);
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String key = lines.get(i).trim();
            if (key.isEmpty() || key.startsWith("#")) {
                continue;
            }
            for (int j = 0; j < key.length(); j++) {
                char c = key.charAt(j);
                if (c <= 0x20 || c >= 0x7f) {
                    throw new KeysFileException(file + ": line " + (i + 1) + ", column " + (j + 1)
                            + ": an API key must be printable ASCII without spaces");
                }
            }
            keys.add(key);
        }
        if (keys.isEmpty()) {
            throw new KeysFileException(file + ": no API key in the file (one per line)");
        }
        return keys;
    }

    private static OptionChain chain(MarketDataStore store, String symbol) {
        Optional<OptionChain> chain = store.chain(symbol);
        if (chain.isEmpty()) {
            throw new ExposureException(ExposureError.NO_DATA, "no chain for symbol " + symbol, List.of(symbol));
        }
        return chain.get();
    }

    /** Returns the SYMBOL argument, trimmed and upper-cased. */
    private static String symbol(Arguments a) {
        String symbol = a.positionals.get(0).trim();
        if (symbol.isEmpty()) {
            throw new UsageException(a.command + " needs a non-blank SYMBOL");
        }
        return symbol.toUpperCase(Locale.ROOT);
    }

    /**
     * Reads a decimal option: digits, an optional fraction and exponent, finite.
     *
     * @param least 0 for a non-negative number, 1 for one above 0
     */
    private static double number(String name, String text, int least) {
        String t = text.trim();
        double x = t.matches("[+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?") ? Double.parseDouble(t) : Double.NaN;
        if (!Double.isFinite(x) || least > 0 && !(x > 0)) {
            throw new UsageException(name + " must be a " + (least > 0 ? "positive" : "non-negative")
                    + " decimal number, not '" + text + "'");
        }
        return x;
    }

    /** Reads {@code --time-basis} and {@code --gex-unit}. */
    private static Conventions conventions(Arguments a) {
        Conventions c = Conventions.defaults();
        String basis = a.options.get("--time-basis");
        if (basis != null) {
            try {
                c = c.withTimeBasis(TimeBasis.parse(basis));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--time-basis must be calendar, weekdays:N or weekdays:N:floor, not '"
                        + basis + "'");
            }
        }
        String unit = a.options.get("--gex-unit");
        if (unit != null) {
            switch (unit.trim().toLowerCase(Locale.ROOT)) {
                case "percent":
                    c = c.withGexUnit(GexUnit.PER_ONE_PERCENT);
                    break;
                case "point":
                    c = c.withGexUnit(GexUnit.PER_POINT);
                    break;
                default:
                    throw new UsageException("--gex-unit must be percent or point, not '" + unit + "'");
            }
        }
        return c;
    }

    private static MarketDataStore store(Arguments a) {
        ReadOptions options = readOptions(a);
        String path = a.options.get("--chains");
        return path == null ? SampleChains.store() : ChainFiles.readStore(Path.of(path), options);
    }

    /** The read options given on the command line; they need {@code --chains}. */
    private static ReadOptions readOptions(Arguments a) {
        ReadOptions o = ReadOptions.defaults();
        for (String name : READ_OPTIONS) {
            String v = a.options.get(name);
            if (v == null) {
                continue;
            }
            if (!a.options.containsKey("--chains")) {
                throw new UsageException("option " + name + " applies only to files read with --chains");
            }
            String t = v.strip();
            switch (name) {
                case "--symbol":
                    if (t.isEmpty()) {
                        throw new UsageException("--symbol needs a non-blank symbol");
                    }
                    o = o.withSymbol(t);
                    break;
                case "--underlying-price": {
                    double x = decimal(name, t, "a price such as 4697.24");
                    if (!(x > 0)) {
                        throw new UsageException("--underlying-price must be positive, not '" + v + "'");
                    }
                    o = o.withUnderlyingPrice(x);
                    break;
                }
                case "--as-of":
                    o = o.withAsOf(instant(t));
                    break;
                case "--rate":
                    o = o.withRiskFreeRate(decimal(name, t, "a continuous annual rate such as 0.043"));
                    break;
                case "--dividend-yield":
                    o = o.withDividendYield(decimal(name, t, "a continuous annual yield such as 0.013"));
                    break;
                default:
                    o = o.withContractMultiplier(multiplier(t));
                    break;
            }
        }
        return o;
    }

    private static double decimal(String option, String v, String example) {
        double x = DECIMAL.matcher(v).matches() && v.length() <= 400 ? Double.parseDouble(v) : Double.NaN;
        if (!Double.isFinite(x)) {
            throw new UsageException(option + " must be a decimal number, " + example + ", not '" + v + "'");
        }
        return x;
    }

    private static int multiplier(String v) {
        long m = v.matches("[+]?\\d{1,10}") ? Long.parseLong(v) : 0;
        if (m < 1 || m > Integer.MAX_VALUE) {
            throw new UsageException("--multiplier must be an integer from 1 to " + Integer.MAX_VALUE + ", not '"
                    + v + "'");
        }
        return (int) m;
    }

    private static Instant instant(String v) {
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e2) {
                throw new UsageException("--as-of must be an ISO-8601 instant such as 2023-06-04T19:15:00Z or "
                        + "2023-06-04T15:15:00-04:00, not '" + v + "'");
            }
        }
    }

    private static void writeSamples(Path dir, String format) throws IOException {
        if (!"json".equals(format) && !"csv".equals(format)) {
            throw new UsageException("--format must be json or csv, not '" + format + "'");
        }
        Files.createDirectories(dir);
        if ("csv".equals(format)) {
            try (Writer w = Files.newBufferedWriter(dir.resolve("samples.csv"), StandardCharsets.UTF_8)) {
                ChainCsv.write(SampleChains.all(), w);
            }
            return;
        }
        ObjectMapper mapper = ExposureJson.newMapper();
        for (OptionChain c : SampleChains.all()) {
            mapper.writeValue(dir.resolve(c.symbol() + ".json").toFile(), c);
        }
    }

    /** A malformed API keys file. */
    static final class KeysFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeysFileException(String message) {
            super(message);
        }
    }

    /** A command line that does not follow the usage. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** Every option name of every command. */
    private static final List<String> OPTIONS = List.of("--chains", "--symbols", "--weights", "--format", "--host",
            "--port", "--api-keys", "--expiration", "--min-oi", "--from", "--to", "--points", "--time-basis",
            "--gex-unit");

    /** Parsed arguments: a command, positional arguments and {@code --name value} options. */
    private static final class Arguments {
        String command = "demo";
        boolean help;
        boolean version;
        final List<String> positionals = new ArrayList<>();
        final Map<String, String> options = new LinkedHashMap<>();

        static Arguments parse(String[] args) {
            Arguments a = new Arguments();
            boolean commandSeen = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg == null) {
                    throw new NullPointerException("args[" + i + "]");
                }
                if ("--help".equals(arg) || "-h".equals(arg) || "help".equals(arg) && !commandSeen) {
                    a.help = true;
                } else if ("--version".equals(arg)) {
                    a.version = true;
                } else if (arg.startsWith("--")) {
                    int eq = arg.indexOf('=');
                    String name = eq < 0 ? arg : arg.substring(0, eq);
                    String value;
                    if (eq >= 0) {
                        value = arg.substring(eq + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new UsageException("option " + name + " needs a value");
                    }
                    if (!OPTIONS.contains(name) && !READ_OPTIONS.contains(name)
                            && !ChartCommand.OPTIONS.contains(name)) {
                        throw new UsageException("unknown option " + name);
                    }
                    if (a.options.put(name, value) != null) {
                        throw new UsageException("option " + name + " given twice");
                    }
                } else if (arg.startsWith("-") && arg.length() > 1) {
                    throw new UsageException("unknown option " + arg);
                } else if (!commandSeen) {
                    a.command = arg;
                    commandSeen = true;
                } else {
                    a.positionals.add(arg);
                }
            }
            return a;
        }

        void expectPositionals(int n) {
            if (positionals.size() < n) {
                throw new UsageException(command + " needs " + n + " argument" + (n == 1 ? "" : "s"));
            }
            if (positionals.size() > n) {
                throw new UsageException("unexpected argument '" + positionals.get(n) + "' for " + command);
            }
        }

        void allowOnly(List<String> common, String... names) {
            List<String> allowed = new ArrayList<>(common);
            allowed.addAll(List.of(names));
            check(allowed);
        }

        void allowOnly(String... names) {
            check(List.of(names));
        }

        private void check(List<String> allowed) {
            for (String name : options.keySet()) {
                if (!allowed.contains(name)) {
                    throw new UsageException("option " + name + " does not apply to " + command);
                }
            }
        }
    }
}
