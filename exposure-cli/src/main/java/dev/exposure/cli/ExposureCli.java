package dev.exposure.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.exposure.BasketAggregator;
import dev.exposure.BasketResult;
import dev.exposure.ExposureError;
import dev.exposure.ExposureException;
import dev.exposure.MarketDataStore;
import dev.exposure.OptionChain;
import dev.exposure.TermStructure;
import dev.exposure.TermStructureBuilder;
import dev.exposure.jackson.ChainCsv;
import dev.exposure.jackson.ChainFiles;
import dev.exposure.jackson.ChainFormatException;
import dev.exposure.jackson.ExposureJson;
import dev.exposure.jackson.ReadOptions;
import dev.exposure.jackson.samples.SampleChains;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
 * Command-line entry point: term structures and baskets as pretty JSON, from chain files or the bundled samples.
 *
 * <pre>
 * exposure                                     same as "exposure demo"
 * exposure demo [--chains PATH [READ OPTIONS]]
 * exposure term-structure SYMBOL [--chains PATH [READ OPTIONS]]
 * exposure basket --symbols A,B,C [--weights W1,W2,W3] [--chains PATH [READ OPTIONS]]
 * exposure write-samples DIR [--format json|csv]
 * exposure --help | --version
 * </pre>
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
 * as the API's query parameters ({@link dev.exposure.BasketRequest#parse}). {@code write-samples} writes the
 * sample chains into DIR, as {@code SYMBOL.json} files or as one {@code samples.csv}.
 *
 * <p>Results go to standard output as indented JSON followed by a line feed. Request errors go to standard error
 * as the JSON error body ({@code {"status":400,"error":"…","message":"…"}}); other errors, usage errors included,
 * as one line of text.
 * Exit codes: {@value #EXIT_OK} success; {@value #EXIT_BAD_REQUEST} invalid request (HTTP 400 class:
 * {@code missing_symbols}, {@code too_many_symbols}, {@code invalid_weights}, {@code weight_count_mismatch});
 * {@value #EXIT_NO_DATA} {@code no_data} (HTTP 404); {@value #EXIT_USAGE} usage error (unknown command or option,
 * missing argument); {@value #EXIT_DATA} malformed chain file; {@value #EXIT_FAILURE} I/O or unexpected error.
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

    /** Exit code of a malformed chain file (as {@code EX_DATAERR} of sysexits.h). */
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
            "  exposure write-samples DIR [--format json|csv]",
            "      write the bundled sample chains into DIR",
            "  exposure --help | --version",
            "",
            "Options:",
            "  --chains PATH   a chain file or a directory of them (default: bundled samples SPY QQQ IWM AAPL",
            "                  MSFT NVDA TSLA AMZN at 2026-05-29T15:30:00Z). Formats, recognised from the",
            "                  content: the project's JSON and CSV, Cboe quote tables (.csv and .dat), yfinance",
            "                  dumps. A directory: its .json, .csv and .dat files; per symbol the chain with",
            "                  the latest as-of instant is used.",
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
            "            65 malformed chain file, 1 I/O or unexpected error.",
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
            Object result = execute(a);
            if (result != null) {
                out.print(writer.writeValueAsString(result));
                out.print('\n');
            }
            out.flush();
            return EXIT_OK;
        } catch (UsageException e) {
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
        } catch (ChainFormatException e) {
            err.println("exposure: malformed chain data: " + e.getMessage());
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
                a.allowOnly(CHAIN_OPTIONS);
                MarketDataStore store = store(a);
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("term_structure", termStructure(store, DEMO_SYMBOL));
                out.put("basket", new BasketAggregator(store).aggregate(DEMO_SYMBOLS, DEMO_WEIGHTS));
                return out;
            }
            case "term-structure": {
                a.expectPositionals(1);
                a.allowOnly(CHAIN_OPTIONS);
                String symbol = a.positionals.get(0).trim();
                if (symbol.isEmpty()) {
                    throw new UsageException("term-structure needs a non-blank SYMBOL");
                }
                return termStructure(store(a), symbol.toUpperCase(Locale.ROOT));
            }
            case "basket": {
                a.expectPositionals(0);
                a.allowOnly(CHAIN_OPTIONS, "--symbols", "--weights");
                BasketResult r = new BasketAggregator(store(a)).aggregate(a.options.get("--symbols"),
                        a.options.get("--weights"));
                return r;
            }
            case "write-samples": {
                a.expectPositionals(1);
                a.allowOnly("--format");
                writeSamples(Path.of(a.positionals.get(0)), a.options.getOrDefault("--format", "json"));
                return null;
            }
            default:
                throw new UsageException("unknown command '" + a.command + "'");
        }
    }

    private static TermStructure termStructure(MarketDataStore store, String symbol) {
        Optional<OptionChain> chain = store.chain(symbol);
        if (chain.isEmpty()) {
            throw new ExposureException(ExposureError.NO_DATA, "no chain for symbol " + symbol, List.of(symbol));
        }
        return new TermStructureBuilder().build(chain.get());
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

    /** A command line that does not follow the usage. */
    private static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

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
                    if (!List.of("--chains", "--symbols", "--weights", "--format").contains(name)
                            && !READ_OPTIONS.contains(name)) {
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
