package dev.exposure.server;

import dev.exposure.Conventions;
import dev.exposure.MarketDataStore;
import dev.exposure.OptionChain;
import dev.exposure.jackson.ChainFiles;
import dev.exposure.jackson.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embeddable HTTP server of the exposure API: the seed pages' endpoints and their siblings, answered from a
 * {@link MarketDataStore} or a directory of chain files, with the library's own results and JSON shapes.
 *
 * <pre>{@code
 * try (ExposureServer server = ExposureServer.builder().chains(Path.of("chains")).port(8080).build().start()) {
 *     // GET http://127.0.0.1:8080/v1/exposure/term-structure/SPY
 *     server.join();
 * }
 * }</pre>
 *
 * <h2>Endpoints</h2>
 * All are {@code GET}; every body is JSON, {@code Content-Type: application/json; charset=utf-8}.
 * <ul>
 *   <li>{@code /v1/exposure/basket?symbols=A,B,C&weights=0.4,0.3,0.3}: the basket result
 *       ({@link dev.exposure.BasketAggregator}); {@code weights} optional;</li>
 *   <li>{@code /v1/exposure/term-structure/{symbol}}: the term structure
 *       ({@link dev.exposure.TermStructureBuilder});</li>
 *   <li>{@code /v1/exposure/gex/{symbol}}, {@code /dex/}, {@code /vex/}, {@code /chex/}: one greek's strike sheet
 *       ({@link dev.exposure.jackson.ExposureSheet}; for GEX with the gamma flip); {@code expiration=YYYY-MM-DD}
 *       restricts it to one expiration (and the flip to that expiration's contracts; an expiration without live
 *       contracts gives no rows and a zero total); on GEX, {@code min_oi=N}
 *       leaves out the rows whose call plus put open interest is below N (the total and the flip stay those of
 *       every row);</li>
 *   <li>{@code /v1/exposure/levels/{symbol}}: the levels ({@link dev.exposure.LevelsBuilder});</li>
 *   <li>{@code /v1/exposure/profile/{symbol}}: the gamma profile ({@link dev.exposure.GammaProfileBuilder}),
 *       0.8·S to 1.2·S in 81 points unless {@code from}, {@code to} (USD) or {@code points} (2 to
 *       {@value #MAX_PROFILE_POINTS}) say otherwise;</li>
 *   <li>{@code /health}: the server's state (below); never needs an API key.</li>
 * </ul>
 * Every result is computed with the {@link Builder#conventions conventions} of the server (by default the
 * published API's). Query values are percent-decoded as UTF-8 ({@code %2C} is a comma, {@code +} a space); a
 * symbol in the path is percent-decoded ({@code BRK%2FB} is {@code BRK/B}), trimmed and upper-cased
 * ({@code Locale.ROOT}). Unknown query parameters are ignored.
 *
 * <h2>Errors</h2>
 * Every error has a JSON body of the library's error shape, {@code {"status":…,"error":"…","message":"…"}}
 * (plus {@code missing_symbols} for {@code no_data}); never a stack trace or HTML:
 * <ul>
 *   <li>400 {@code missing_symbols}, {@code too_many_symbols}, {@code invalid_weights},
 *       {@code weight_count_mismatch}: the basket parameters (at most 50 distinct symbols are accepted, checked
 *       before any chain is looked up); 404 {@code no_data}: an unknown symbol, a chain without data, or a basket
 *       none of whose symbols has data;</li>
 *   <li>400 {@code bad_request}: malformed percent-encoding or UTF-8 in the query, a query parameter given twice,
 *       or a request the HTTP layer cannot parse; 400 {@code invalid_parameter}: a parameter value an endpoint
 *       cannot use;</li>
 *   <li>401 {@code unauthorized}: API keys are configured and the request's {@code X-Api-Key} header (or, when
 *       there is no such header, its {@code apiKey} query parameter) is missing or not one of them;</li>
 *   <li>404 {@code not_found}: no such path; 405 {@code method_not_allowed}: a method other than GET on an API
 *       path (with {@code Allow: GET});</li>
 *   <li>414 {@code uri_too_long} and 431 {@code headers_too_large}: the request line or the headers exceed
 *       {@value #MAX_REQUEST_HEADER_BYTES} bytes;</li>
 *   <li>500 {@code internal_error}: an unexpected failure, logged with its stack trace; 503 {@code unavailable}:
 *       a request arriving while the server shuts down.</li>
 * </ul>
 *
 * <h2>Data</h2>
 * From a {@link MarketDataStore} given in Java ({@link Builder#store}), or from a chain directory
 * ({@link Builder#chains}): every chain file in it is read at {@link #start()}, then the directory is looked at
 * every {@link Builder#reloadInterval reload interval} (polling, 500 ms by default; polling works the same on every
 * file system, including network and container mounts where change notifications are unreliable). A changed file
 * is re-read once it has stopped changing; the chains from each file are replaced as a whole and the served state
 * swapped atomically; a file that fails to read keeps its previous chains in service and is reported in the log
 * and in {@code /health}. When several files hold one symbol, the chain with the latest as-of instant is served
 * (ties: the later file name). The rules in full are in the README ("Serving over HTTP").
 *
 * <p>{@code /health} of a chain directory:
 * <pre>{@code
 * {"status":"degraded","source":"directory","file_count":3,"chain_count":2,"checked_at":"2026-05-29T15:31:02Z",
 *  "chains":[{"symbol":"SPY","as_of":"2026-05-29T15:30:00Z","file":"spy-0529.json"}],
 *  "shadowed":[{"symbol":"SPY","as_of":"2026-05-28T15:30:00Z","file":"spy-0528.json","served_from":"spy-0529.json"}],
 *  "failures":[{"file":"bad.csv","line":7,"column":9,"message":"line 7, column 9 (strike): 'abc' is not a number",
 *               "since":"2026-05-29T15:31:02Z"}]}
 * }</pre>
 * {@code status} is {@code ok} when no file fails, else {@code degraded} (still HTTP 200: the server serves what it
 * has); {@code line} and {@code column} are null when unknown. With a store given in Java,
 * {@code {"status":"ok","source":"store"}}.
 *
 * <h2>Running</h2>
 * Built on Jetty 12 (its core API, no servlets). Requests are answered in parallel on a pool of at most
 * {@value #MAX_THREADS} threads; every result is computed by the library on the chain served at the time of the
 * request. {@link #close()} stops accepting connections, lets requests in flight complete (up to the
 * {@link Builder#shutdownTimeout shutdown timeout}), then stops. The server logs through SLF4J, as Jetty does
 * (logger names {@code dev.exposure.server} and {@code org.eclipse.jetty}); it never prints, and the application
 * chooses where the log goes by the SLF4J provider it puts on the class path.
 *
 * <p>Safe to use from any thread.
 */
public final class ExposureServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExposureServer.class);

    /** Largest request line plus headers read, in bytes. */
    public static final int MAX_REQUEST_HEADER_BYTES = 8192;

    /** Most grid points of a gamma profile requested over HTTP ({@code points}). */
    public static final int MAX_PROFILE_POINTS = 2001;

    /** Most threads answering requests at once. */
    public static final int MAX_THREADS = 32;

    private final Builder config;
    private final Object lock = new Object();
    private Server server;
    private ServerConnector connector;
    private ScheduledExecutorService reloader;
    private ChainDirectory directory;
    private boolean closed;

    private ExposureServer(Builder config) {
        this.config = config;
    }

    /**
     * Returns a builder with the defaults: host {@code 127.0.0.1}, port 8080, no API keys, reload interval 500 ms,
     * shutdown timeout 10 s. Either {@link Builder#store} or {@link Builder#chains} must be set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the server: reads the chain directory (if one is configured), binds the port and starts answering.
     *
     * @return this server
     * @throws UncheckedIOException if the chain path does not exist or cannot be listed, or the port cannot be bound
     * @throws IllegalStateException if the server was started before or is closed
     */
    public ExposureServer start() {
        synchronized (lock) {
            if (closed || server != null) {
                throw new IllegalStateException(closed ? "the server is closed" : "the server is already started");
            }
            MarketDataStore store = config.store;
            if (config.chains != null) {
                directory = ChainDirectory.open(config.chains, config.reader, Clock.systemUTC());
                store = directory;
            }
            QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
            threads.setName("exposure-http");
            server = new Server(threads);
            HttpConfiguration http = new HttpConfiguration();
            http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            // a symbol may hold a slash, sent encoded as %2F (BRK%2FB); every other URI rule stays strict
            http.setUriCompliance(UriCompliance.DEFAULT.with("EXPOSURE",
                    UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR));
            connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
            connector.setHost(config.host);
            connector.setPort(config.port);
            server.addConnector(connector);
            server.setHandler(new GracefulHandler(new ApiHandler(store, directory, ApiKeys.of(config.apiKeys),
                    config.conventions)));
            server.setErrorHandler(new JsonErrorHandler());
            server.setStopTimeout(config.shutdownTimeout.toMillis());
            try {
                server.start();
            } catch (Exception e) {
                stopQuietly();
                server = null;
                if (e instanceof IOException) {
                    throw new UncheckedIOException("cannot listen on " + config.host + ":" + config.port,
                            (IOException) e);
                }
                throw new IllegalStateException("cannot start the server on " + config.host + ":" + config.port, e);
            }
            if (directory != null && !config.reloadInterval.isZero()) {
                reloader = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "exposure-chain-reload");
                    t.setDaemon(true);
                    return t;
                });
                long every = config.reloadInterval.toNanos();
                ChainDirectory d = directory;
                reloader.scheduleWithFixedDelay(() -> {
                    try {
                        d.refresh();
                    } catch (RuntimeException | Error e) {
                        LOG.error("chain directory refresh failed; will try again", e);
                    }
                }, every, every, TimeUnit.NANOSECONDS);
            }
            LOG.info("exposure server listening on {} ({})", baseUri(), directory == null ? "store given in Java"
                    : directory.snapshot().servedList.size() + " chain(s) from " + config.chains);
            return this;
        }
    }

    /**
     * Returns the port the server listens on (the one chosen by the system when the builder's port was 0).
     *
     * @return the local port
     * @throws IllegalStateException if the server is not started
     */
    public int port() {
        synchronized (lock) {
            if (server == null) {
                throw new IllegalStateException("the server is not started");
            }
            return connector.getLocalPort();
        }
    }

    /**
     * Returns the base URI of the API, e.g. {@code http://127.0.0.1:8080/}.
     *
     * @return the URI of the server's root
     * @throws IllegalStateException if the server is not started
     */
    public URI baseUri() {
        String host = config.host.indexOf(':') >= 0 ? "[" + config.host + "]" : config.host;
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /**
     * Waits until the server has stopped (by {@link #close()}, from another thread or a shutdown hook).
     *
     * @throws InterruptedException if the waiting thread is interrupted
     * @throws IllegalStateException if the server was never started
     */
    public void join() throws InterruptedException {
        Server s;
        synchronized (lock) {
            if (server == null && !closed) {
                throw new IllegalStateException("the server is not started");
            }
            s = server;
        }
        if (s != null) {
            s.join();
        }
    }

    /**
     * Stops the server: no new connections are accepted, requests in flight complete (up to the shutdown
     * timeout), the reload of the chain directory stops. Calling it again does nothing.
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (reloader != null) {
                reloader.shutdownNow();
            }
            if (server != null) {
                stopQuietly();
                LOG.info("exposure server stopped");
            }
        }
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("the server did not stop cleanly", e);
        }
    }

    /**
     * Configures an {@link ExposureServer}. Not safe for use by several threads at once.
     */
    public static final class Builder {
        private MarketDataStore store;
        private Path chains;
        private String host = "127.0.0.1";
        private int port = 8080;
        private List<String> apiKeys = List.of();
        private Duration reloadInterval = Duration.ofMillis(500);
        private Duration shutdownTimeout = Duration.ofSeconds(10);
        private Function<Path, List<OptionChain>> reader = ChainFiles::read;
        private Conventions conventions = Conventions.defaults();

        private Builder() {
        }

        /**
         * Sets the conventions of every result served (time basis, GEX unit, trading calendar).
         *
         * @param conventions the conventions (default {@link Conventions#defaults()}: the published API's)
         * @return this builder
         * @throws NullPointerException if {@code conventions} is null
         */
        public Builder conventions(Conventions conventions) {
            this.conventions = Objects.requireNonNull(conventions, "conventions");
            return this;
        }

        /**
         * Serves the chains of a store given in Java (instead of a chain directory).
         *
         * @param store the store; it must be safe to call from several threads
         * @return this builder
         * @throws NullPointerException if {@code store} is null
         */
        public Builder store(MarketDataStore store) {
            this.store = Objects.requireNonNull(store, "store");
            this.chains = null;
            return this;
        }

        /**
         * Serves the chain files of a directory, re-read when they change (instead of a store); a path to one file
         * serves that file, re-read when it changes.
         *
         * @param path a directory of chain files (any format {@link ChainFiles#read(Path)} reads), or one file
         * @return this builder
         * @throws NullPointerException if {@code path} is null
         */
        public Builder chains(Path path) {
            this.chains = Objects.requireNonNull(path, "path");
            this.store = null;
            return this;
        }

        /**
         * Sets the address to listen on.
         *
         * @param host a host name or IP address; {@code 127.0.0.1} (the default) accepts local connections only,
         *     {@code 0.0.0.0} every interface
         * @return this builder
         * @throws NullPointerException if {@code host} is null
         * @throws IllegalArgumentException if {@code host} is blank
         */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("host is blank");
            }
            this.host = host.trim();
            return this;
        }

        /**
         * Sets the TCP port to listen on.
         *
         * @param port 0 to 65535; 0 lets the system choose a free port ({@link ExposureServer#port()} tells which)
         * @return this builder
         * @throws IllegalArgumentException if {@code port} is outside 0 to 65535
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0 to 65535 but was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Requires one of these API keys on every request but {@code /health}, in the {@code X-Api-Key} header or
         * the {@code apiKey} query parameter. An empty collection (the default) accepts every request, with or
         * without a key.
         *
         * @param keys the accepted keys: non-blank, printable ASCII without spaces (copied)
         * @return this builder
         * @throws NullPointerException if {@code keys} or a key is null
         * @throws IllegalArgumentException if a key is blank or has another character
         */
        public Builder apiKeys(Collection<String> keys) {
            Objects.requireNonNull(keys, "keys");
            ApiKeys.of(keys); // validates
            this.apiKeys = List.copyOf(keys);
            return this;
        }

        /**
         * Sets how often a chain directory is looked at for changed files.
         *
         * @param interval a non-negative duration; zero reads the directory only at start (default 500 ms)
         * @return this builder
         * @throws NullPointerException if {@code interval} is null
         * @throws IllegalArgumentException if {@code interval} is negative
         */
        public Builder reloadInterval(Duration interval) {
            Objects.requireNonNull(interval, "interval");
            if (interval.isNegative()) {
                throw new IllegalArgumentException("reloadInterval is negative: " + interval);
            }
            this.reloadInterval = interval;
            return this;
        }

        /**
         * Sets how long {@link ExposureServer#close()} waits for requests in flight.
         *
         * @param timeout a positive duration (default 10 s)
         * @return this builder
         * @throws NullPointerException if {@code timeout} is null
         * @throws IllegalArgumentException if {@code timeout} is not positive
         */
        public Builder shutdownTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("shutdownTimeout must be positive: " + timeout);
            }
            this.shutdownTimeout = timeout;
            return this;
        }

        /**
         * Sets the read options applied to every file of the chain directory (a symbol, an as-of instant, rates,
         * a multiplier that override what the files give; see {@link ReadOptions}).
         *
         * @param options the options (default {@link ReadOptions#defaults()}: the files' own values)
         * @return this builder
         * @throws NullPointerException if {@code options} is null
         */
        public Builder readOptions(ReadOptions options) {
            Objects.requireNonNull(options, "options");
            this.reader = file -> ChainFiles.read(file, options);
            return this;
        }

        /** Replaces the reader of chain files (tests). */
        Builder reader(Function<Path, List<OptionChain>> reader) {
            this.reader = Objects.requireNonNull(reader, "reader");
            return this;
        }

        /**
         * Creates the server, not yet started.
         *
         * @return the server
         * @throws IllegalStateException if neither a store nor a chain path is set
         */
        public ExposureServer build() {
            if (store == null && chains == null) {
                throw new IllegalStateException("set a store or a chain directory");
            }
            Builder copy = new Builder();
            copy.store = store;
            copy.chains = chains;
            copy.host = host;
            copy.port = port;
            copy.apiKeys = apiKeys;
            copy.reloadInterval = reloadInterval;
            copy.shutdownTimeout = shutdownTimeout;
            copy.reader = reader;
            copy.conventions = conventions;
            return new ExposureServer(copy);
        }
    }
}
