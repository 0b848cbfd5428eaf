package dev.exposure.server;

import dev.exposure.BasketAggregator;
import dev.exposure.BasketRequest;
import dev.exposure.Conventions;
import dev.exposure.ExposureError;
import dev.exposure.ExposureException;
import dev.exposure.GammaProfileBuilder;
import dev.exposure.Greek;
import dev.exposure.LevelsBuilder;
import dev.exposure.MarketDataStore;
import dev.exposure.OptionChain;
import dev.exposure.TermStructureBuilder;
import dev.exposure.jackson.ExposureSheet;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every request: routing, API keys, parameters, the library call, and the JSON body. Each request is
 * answered here, successfully or with a JSON error body; nothing escapes to the HTTP layer.
 *
 * <p>Order of the checks: the query string is decoded (400 {@code bad_request} if malformed), the API key checked
 * (401; not for {@code /health}), the path matched (404), the method checked (405, with {@code Allow: GET}), the
 * parameters read (400), then the library computes the body (its {@link ExposureException}s become their
 * status and error body). Anything else thrown is logged with its stack trace and answered with a 500 body that
 * says nothing about it.
 *
 * <p>With a chain directory, a request is answered from one snapshot of it (a basket never mixes two states of the
 * directory), and successful bodies are kept, per request and snapshot, in a small cache (the
 * {@value #CACHE_ENTRIES} most recently used): a repeated request is answered with the same bytes until the
 * directory changes. The chains read from files are immutable, so the kept bytes are exactly what the library would
 * compute again. A store given in Java is asked, and the body computed, on every request.
 */
final class ApiHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    /** The prefix of the API's paths. */
    private static final String PREFIX = "/v1/exposure/";


    /** Most answers kept in the cache (bodies are a few kB to a few hundred kB). */
    private static final int CACHE_ENTRIES = 256;

    /** A non-negative decimal number, as the basket weights are written. */
    private static final Pattern DECIMAL = Pattern.compile("[+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final MarketDataStore store;
    private final ChainDirectory directory;
    private final ApiKeys keys;
    private final Conventions conventions;
    private final TermStructureBuilder termStructures;
    private final BasketAggregator baskets;
    private final GammaProfileBuilder profiles;
    private final LevelsBuilder levels;
    /** The keys being computed, each with the lock its computation holds. */
    private final ConcurrentHashMap<String, Object> computing = new ConcurrentHashMap<>();
    /** Bodies computed from a chain directory's snapshot, least recently used first; guarded by itself. */
    private final Map<String, Cached> cache = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };

    /**
     * Creates the handler.
     *
     * @param store where chains come from
     * @param directory the same store when it is a chain directory (for {@code /health}), else null
     * @param keys the accepted API keys
     * @param conventions the conventions of every computation
     */
    ApiHandler(MarketDataStore store, ChainDirectory directory, ApiKeys keys, Conventions conventions) {
        super(InvocationType.BLOCKING);
        this.store = store;
        this.directory = directory;
        this.keys = keys;
        this.conventions = conventions;
        this.termStructures = new TermStructureBuilder(conventions);
        this.baskets = new BasketAggregator(store, conventions);
        this.profiles = new GammaProfileBuilder(conventions);
        this.levels = new LevelsBuilder(conventions);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status;
        byte[] body;
        try {
            body = answer(request, response);
            status = 200;
        } catch (ExposureException e) {
            status = e.error().httpStatus();
            body = Bodies.value(e);
        } catch (HttpError e) {
            status = e.status();
            body = Bodies.error(e.status(), e.code(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("unexpected failure answering {} {}", request.getMethod(), request.getHttpURI().getPath(), e);
            status = 500;
            body = Bodies.error(500, HttpError.INTERNAL_ERROR, "internal server error");
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Bodies.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** Returns the body of a successful answer, or throws the error to answer with. */
    private byte[] answer(Request request, Response response) {
        QueryString query = QueryString.parse(request.getHttpURI().getQuery());
        String path = Request.getPathInContext(request);
        if (path == null) {
            throw HttpError.badRequest("malformed request path");
        }
        boolean health = "/health".equals(path);
        if (!health && keys.required()) {
            String key = request.getHeaders().get("X-Api-Key");
            if (key == null) {
                key = query.get("apiKey");
            }
            if (!keys.accepts(key)) {
                throw new HttpError(401, HttpError.UNAUTHORIZED, key == null
                        ? "missing API key: send it in the X-Api-Key header (or the apiKey query parameter)"
                        : "wrong API key");
            }
        }
        Route route = health ? new Route("health", null) : Route.of(path);
        if (route == null) {
            throw new HttpError(404, HttpError.NOT_FOUND, "no such path: " + shorten(path));
        }
        if (!HttpMethod.GET.is(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET");
            throw new HttpError(405, HttpError.METHOD_NOT_ALLOWED, "method " + shorten(request.getMethod())
                    + " not allowed on " + shorten(path) + ": use GET");
        }
        // a chain directory is read from one snapshot for the whole request, which is also the cache's version
        ChainDirectory.Snapshot snapshot = directory == null ? null : directory.snapshot();
        MarketDataStore view = snapshot == null ? store : snapshot;
        switch (route.name) {
            case "health":
                return snapshot == null ? Bodies.storeHealth() : Bodies.directoryHealth(snapshot);
            case "basket": {
                String symbols = query.get("symbols");
                String weights = query.get("weights");
                BasketRequest basket = BasketRequest.parse(symbols, weights); // 400s before any lookup
                return cached("basket?" + symbols + "&" + weights, snapshot, () -> Bodies.value(
                        (snapshot == null ? baskets : new BasketAggregator(view, conventions)).aggregate(basket)));
            }
            case "term-structure":
                return cached(route.name + "/" + route.symbol, snapshot,
                        () -> Bodies.value(termStructures.build(chain(view, route.symbol))));
            case "levels":
                return cached(route.name + "/" + route.symbol, snapshot,
                        () -> Bodies.value(levels.build(chain(view, route.symbol))));
            case "profile":
                return profile(view, snapshot, route.symbol, query);
            case "gex":
            case "dex":
            case "vex":
            case "chex":
                return sheet(view, snapshot, Greek.ofCode(route.name), route.symbol, query);
            default:
                throw new IllegalStateException("route " + route.name);
        }
    }

    /**
     * Returns a body from the cache when it was computed from the same snapshot, else computes and keeps it. Only
     * a chain directory's answers are kept: its chains are immutable and its snapshot tells when they change; a
     * store given in Java is asked on every request.
     */
    private byte[] cached(String key, ChainDirectory.Snapshot snapshot, Supplier<byte[]> compute) {
        if (snapshot == null) {
            return compute.get();
        }
        byte[] body = lookup(key, snapshot);
        if (body != null) {
            return body;
        }
        // one computation per key at a time: requests arriving meanwhile (after a reload, every client asks at
        // once) wait for it and take its body instead of computing the same body again
        Object lock = computing.computeIfAbsent(key, k -> new Object());
        try {
            synchronized (lock) {
                body = lookup(key, snapshot);
                if (body == null) {
                    body = compute.get();
                    synchronized (cache) {
                        cache.put(key, new Cached(snapshot, body));
                    }
                }
                return body;
            }
        } finally {
            computing.remove(key, lock);
        }
    }

    private byte[] lookup(String key, ChainDirectory.Snapshot snapshot) {
        synchronized (cache) {
            Cached c = cache.get(key);
            return c != null && c.snapshot == snapshot ? c.body : null;
        }
    }

    /** A body and the snapshot it was computed from. */
    private static final class Cached {
        final ChainDirectory.Snapshot snapshot;
        final byte[] body;

        Cached(ChainDirectory.Snapshot snapshot, byte[] body) {
            this.snapshot = snapshot;
            this.body = body;
        }
    }

    /** The strike sheet of one greek: {@code expiration} optional; {@code min_oi} on GEX only. */
    private byte[] sheet(MarketDataStore view, ChainDirectory.Snapshot snapshot, Greek greek, String symbol,
            QueryString query) {
        LocalDate expiration = null;
        String e = query.get("expiration");
        if (e != null) {
            try {
                expiration = LocalDate.parse(e.trim());
            } catch (DateTimeParseException x) {
                throw HttpError.invalidParameter("expiration must be a date YYYY-MM-DD, not '" + shorten(e) + "'");
            }
        }
        double minOi = Double.NaN;
        String m = greek == Greek.GEX ? query.get("min_oi") : null;
        if (m != null) {
            minOi = decimal("min_oi", m);
        }
        LocalDate exp = expiration;
        double min = minOi;
        return cached(greek.code() + "/" + symbol + "?" + exp + "&" + min, snapshot, () -> {
            OptionChain chain = chain(view, symbol);
            ExposureSheet s = exp == null ? ExposureSheet.of(greek, chain, conventions)
                    : ExposureSheet.of(greek, chain, conventions, exp);
            return Bodies.value(Double.isNaN(min) ? s : s.withMinOpenInterest(min));
        });
    }

    /** The gamma profile: {@code from}, {@code to} (USD) and {@code points} optional. */
    private byte[] profile(MarketDataStore view, ChainDirectory.Snapshot snapshot, String symbol,
            QueryString query) {
        String from = query.get("from");
        String to = query.get("to");
        String points = query.get("points");
        double low = from == null ? Double.NaN : positive("from", from);
        double high = to == null ? Double.NaN : positive("to", to);
        int n = GammaProfileBuilder.DEFAULT_POINTS;
        if (points != null) {
            String p = points.trim();
            int max = ExposureServer.MAX_PROFILE_POINTS;
            if (!p.matches("[0-9]{1,9}") || Integer.parseInt(p) < 2 || Integer.parseInt(p) > max) {
                throw HttpError.invalidParameter("points must be a whole number from 2 to " + max + ", not '"
                        + shorten(points) + "'");
            }
            n = Integer.parseInt(p);
        }
        int count = n;
        return cached("profile/" + symbol + "?" + low + "&" + high + "&" + (points == null ? "-" : count), snapshot,
                () -> {
                    OptionChain chain = chain(view, symbol);
                    if (from == null && to == null && points == null) {
                        return Bodies.value(profiles.build(chain));
                    }
                    double s = chain.underlyingPrice();
                    double lo = from == null ? 0.8 * s : low;
                    double hi = to == null ? 1.2 * s : high;
                    if (!(lo < hi)) {
                        throw HttpError.invalidParameter("from (" + lo + ") must be below to (" + hi + ")");
                    }
                    return Bodies.value(profiles.build(chain, lo, hi, count));
                });
    }

    private static double decimal(String name, String text) {
        String t = text.trim();
        double x = DECIMAL.matcher(t).matches() ? Double.parseDouble(t) : Double.NaN;
        if (!Double.isFinite(x)) {
            throw HttpError.invalidParameter(name + " must be a non-negative decimal number, not '" + shorten(text)
                    + "'");
        }
        return x;
    }

    private static double positive(String name, String text) {
        double x = decimal(name, text);
        if (!(x > 0)) {
            throw HttpError.invalidParameter(name + " must be a price above 0, not '" + shorten(text) + "'");
        }
        return x;
    }

    private static OptionChain chain(MarketDataStore view, String symbol) {
        return view.chain(symbol).orElseThrow(() -> new ExposureException(ExposureError.NO_DATA,
                "no chain for symbol " + symbol, List.of(symbol)));
    }

    private static String shorten(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "…";
    }

    /** A matched path: the endpoint and, for the per-symbol ones, the symbol (trimmed, upper case). */
    static final class Route {
        final String name;
        final String symbol;

        Route(String name, String symbol) {
            this.name = name;
            this.symbol = symbol;
        }

        /**
         * Matches a path (normalised, still percent-encoded); null when it is not one of the API's.
         *
         * @throws HttpError (400) when the symbol's percent-encoding is malformed
         */
        static Route of(String path) {
            if (!path.startsWith(PREFIX)) {
                return null;
            }
            String rest = path.substring(PREFIX.length());
            if ("basket".equals(rest)) {
                return new Route("basket", null);
            }
            int slash = rest.indexOf('/');
            if (slash < 0 || rest.indexOf('/', slash + 1) >= 0) {
                return null;
            }
            String name = rest.substring(0, slash);
            String symbol = QueryString.decodePathSegment(rest.substring(slash + 1)).trim();
            if (symbol.isEmpty()) {
                return null;
            }
            switch (name) {
                case "term-structure":
                case "gex":
                case "dex":
                case "vex":
                case "chex":
                case "levels":
                case "profile":
                    return new Route(name, symbol.toUpperCase(Locale.ROOT));
                default:
                    return null;
            }
        }
    }
}
