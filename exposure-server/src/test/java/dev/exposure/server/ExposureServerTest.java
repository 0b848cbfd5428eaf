package dev.exposure.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.BasketAggregator;
import dev.exposure.BasketRequest;
import dev.exposure.BasketResult;
import dev.exposure.ExposureError;
import dev.exposure.ExposureException;
import dev.exposure.MarketDataStore;
import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import dev.exposure.TermStructure;
import dev.exposure.TermStructureBuilder;
import dev.exposure.jackson.ExposureJson;
import dev.exposure.jackson.samples.SampleChains;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server over real HTTP, called as the client SDKs call it, checked against the library's own results and
 * error bodies: every endpoint, every error class.
 */
class ExposureServerTest {

    private static final ObjectMapper MAPPER = ExposureJson.newMapper();
    private static final String JSON = "application/json; charset=utf-8";
    private static final Instant AS_OF = Instant.parse("2026-05-29T15:30:00Z");
    private static final String UNIQUE = "f3a9c2";

    /** The sample chains plus a chain that has no data (underlying price 0) and a store that fails on "BOOM". */
    private static final MarketDataStore SAMPLES = SampleChains.store();
    private static final OptionChain NODATA = OptionChain.builder("NODATA", 0.0, AS_OF)
            .add(OptionType.CALL, LocalDate.of(2026, 6, 18), 100, 10, 0.2).build();
    private static final MarketDataStore STORE = symbol -> {
        if ("BOOM".equals(symbol)) {
            throw new IllegalStateException("store failure for the test " + UNIQUE);
        }
        return "NODATA".equals(symbol) ? Optional.of(NODATA) : SAMPLES.chain(symbol);
    };

    private static ExposureServer server;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        server = ExposureServer.builder().store(STORE).host("127.0.0.1").port(0).build().start();
        http = new TestHttp(server, "any-key-is-fine-without-configured-keys");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String json(Object value) throws Exception {
        return MAPPER.writeValueAsString(value);
    }

    private static ExposureException thrownBy(Runnable r) {
        try {
            r.run();
        } catch (ExposureException e) {
            return e;
        }
        throw new AssertionError("expected an ExposureException");
    }

    private static void assertJson(TestHttp.Reply r, int status) {
        assertThat(r.status).as("%s", r).isEqualTo(status);
        assertThat(r.contentType).as("%s", r).isEqualTo(JSON);
    }

    private static void assertError(TestHttp.Reply r, int status, String code) throws Exception {
        assertJson(r, status);
        JsonNode body = MAPPER.readTree(r.body);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).isEqualTo(code);
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(r.body).doesNotContain("\tat ", "Exception", "<html", "<HTML");
    }

    // ---------------------------------------------------------------------------------------------- term structure

    @Test
    void termStructure_knownSymbol_isTheLibrarysTermStructure() throws Exception {
        TestHttp.Reply r = http.get("/v1/exposure/term-structure/SPY");
        assertJson(r, 200);
        TermStructure expected = new TermStructureBuilder().build(SampleChains.chain("SPY"));
        assertThat(r.body).isEqualTo(json(expected));
        assertThat(MAPPER.readValue(r.body, TermStructure.class)).isEqualTo(expected);
    }

    @Test
    void termStructure_lowerCaseAndEncodedSymbol_isUpperCased() throws Exception {
        String expected = json(new TermStructureBuilder().build(SampleChains.chain("QQQ")));
        assertThat(http.get("/v1/exposure/term-structure/qqq").body).isEqualTo(expected);
        assertThat(http.get("/v1/exposure/term-structure/%71qq").body).isEqualTo(expected);
        assertThat(http.get("/v1/exposure/term-structure/" + TestHttp.segment(" QqQ ")).body).isEqualTo(expected);
    }

    @Test
    void termStructure_unknownSymbol_is404NoDataWithTheSymbol() throws Exception {
        TestHttp.Reply r = http.get("/v1/exposure/term-structure/" + TestHttp.segment("^xyz"));
        assertError(r, 404, "no_data");
        assertThat(r.body).isEqualTo(json(new ExposureException(ExposureError.NO_DATA, "no chain for symbol ^XYZ",
                List.of("^XYZ"))));
    }

    @Test
    void termStructure_symbolWithEncodedSlash_isLookedUpDecoded() throws Exception {
        TestHttp.Reply r = http.get("/v1/exposure/term-structure/" + TestHttp.segment("brk/b"));
        assertError(r, 404, "no_data");
        assertThat(MAPPER.readTree(r.body).get("missing_symbols").get(0).asText()).isEqualTo("BRK/B");
    }

    @Test
    void termStructure_dotSegments_areNormalisedAway() throws Exception {
        TestHttp.RawReply r = TestHttp.raw(server, "GET /v1/exposure/x/../term-structure/SPY HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(r.status).isEqualTo(200);
        assertThat(r.body).isEqualTo(json(new TermStructureBuilder().build(SampleChains.chain("SPY"))));
    }

    @Test
    void termStructure_chainWithoutData_isTheLibrarysNoData() throws Exception {
        TestHttp.Reply r = http.get("/v1/exposure/term-structure/NODATA");
        assertError(r, 404, "no_data");
        assertThat(r.body).isEqualTo(json(thrownBy(() -> new TermStructureBuilder().build(NODATA))));
    }

    // ---------------------------------------------------------------------------------------------------- basket

    @Test
    void basket_sdkStyleEncodedCommas_isTheLibrarysBasket() throws Exception {
        String q = TestHttp.query("symbols", "AAPL,MSFT,NVDA", "weights", "0.4,0.3,0.3");
        assertThat(q).contains("%2C").doesNotContain(",");
        TestHttp.Reply r = http.get("/v1/exposure/basket?" + q);
        assertJson(r, 200);
        BasketResult expected = new BasketAggregator(SAMPLES).aggregate("AAPL,MSFT,NVDA", "0.4,0.3,0.3");
        assertThat(r.body).isEqualTo(json(expected));
        assertThat(MAPPER.readValue(r.body, BasketResult.class)).isEqualTo(expected);
    }

    @Test
    void basket_seedPageCurlLine_literalCommas_sameBody() throws Exception {
        TestHttp.Reply r = http.get("/v1/exposure/basket?symbols=AAPL,MSFT,NVDA&weights=0.4,0.3,0.3");
        assertJson(r, 200);
        assertThat(r.body).isEqualTo(json(new BasketAggregator(SAMPLES).aggregate("AAPL,MSFT,NVDA",
                "0.4,0.3,0.3")));
    }

    @Test
    void basket_spacesAsPlusAndPercent20_lowerCaseAndDuplicates_asTheLibraryParsesThem() throws Exception {
        TestHttp.Reply r = http.get("/v1/exposure/basket?symbols=aapl,+msft%20,AAPL,XYZ&weights=1,2,3,%204");
        assertJson(r, 200);
        assertThat(r.body).isEqualTo(json(new BasketAggregator(SAMPLES).aggregate("aapl, msft ,AAPL,XYZ",
                "1,2,3, 4")));
        assertThat(MAPPER.readTree(r.body).get("missing_symbols").get(0).asText()).isEqualTo("XYZ");
    }

    @Test
    void basket_withoutWeights_equalWeights() throws Exception {
        TestHttp.Reply r = http.get("/v1/exposure/basket?" + TestHttp.query("symbols", "SPY,QQQ,IWM"));
        assertJson(r, 200);
        assertThat(r.body).isEqualTo(json(new BasketAggregator(SAMPLES).aggregate("SPY,QQQ,IWM", null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "symbols=", "symbols=%2C%20%2C", "weights=1"})
    void basket_noSymbols_is400MissingSymbols(String query) throws Exception {
        TestHttp.Reply r = http.get("/v1/exposure/basket" + (query.isEmpty() ? "" : "?" + query));
        assertError(r, 400, "missing_symbols");
        String symbols = query.startsWith("symbols=") ? java.net.URLDecoder.decode(query.substring(8),
                java.nio.charset.StandardCharsets.UTF_8) : null;
        assertThat(r.body).isEqualTo(json(thrownBy(() -> BasketRequest.parse(symbols, null))));
    }

    @Test
    void basket_51Symbols_is400TooManySymbolsBeforeAnyLookup() throws Exception {
        String symbols = IntStream.range(0, 51).mapToObj(i -> "SYM" + i).collect(Collectors.joining(","));
        TestHttp.Reply r = http.get("/v1/exposure/basket?" + TestHttp.query("symbols", symbols + ",BOOM"));
        // BOOM makes the store throw: a 400 (not a 500) shows no symbol was looked up
        assertError(r, 400, "too_many_symbols");
        assertThat(r.body).isEqualTo(json(thrownBy(() -> BasketRequest.parse(symbols + ",BOOM", null))));
    }

    @Test
    void basket_50DistinctSymbolsWithDuplicates_isAccepted() throws Exception {
        String symbols = IntStream.range(0, 100).mapToObj(i -> i % 50 == 0 ? "SPY" : "S" + (i % 50))
                .collect(Collectors.joining(","));
        TestHttp.Reply r = http.get("/v1/exposure/basket?" + TestHttp.query("symbols", symbols));
        assertJson(r, 200);
        assertThat(r.body).isEqualTo(json(new BasketAggregator(SAMPLES).aggregate(symbols, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,-1", "1,NaN", "1,Infinity", "0x1p3,1", "1d,1", "0,0", "1,1e400", "1,"})
    void basket_badWeights_is400InvalidWeights(String weights) throws Exception {
        TestHttp.Reply r = http.get("/v1/exposure/basket?" + TestHttp.query("symbols", "SPY,QQQ", "weights",
                weights));
        assertError(r, 400, "invalid_weights");
        assertThat(r.body).isEqualTo(json(thrownBy(() -> BasketRequest.parse("SPY,QQQ", weights))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1,2,3", "1,2,"})
    void basket_weightCountDiffers_is400WeightCountMismatch(String weights) throws Exception {
        TestHttp.Reply r = http.get("/v1/exposure/basket?" + TestHttp.query("symbols", "SPY,QQQ", "weights",
                weights));
        assertError(r, 400, "weight_count_mismatch");
        assertThat(r.body).isEqualTo(json(thrownBy(() -> BasketRequest.parse("SPY,QQQ", weights))));
    }

    @Test
    void basket_noSymbolHasData_is404NoDataListingThem() throws Exception {
        TestHttp.Reply r = http.get("/v1/exposure/basket?" + TestHttp.query("symbols", "XYZ,NODATA"));
        assertError(r, 404, "no_data");
        assertThat(r.body).isEqualTo(json(thrownBy(() -> new BasketAggregator(STORE).aggregate("XYZ,NODATA",
                null))));
        assertThat(MAPPER.readTree(r.body).get("missing_symbols").toString()).isEqualTo("[\"XYZ\",\"NODATA\"]");
    }

    // -------------------------------------------------------------------------------------------------- health

    @Test
    void health_storeGivenInJava_isOk() {
        TestHttp.Reply r = http.get("/health");
        assertJson(r, 200);
        assertThat(r.body).isEqualTo("{\"status\":\"ok\",\"source\":\"store\"}");
    }

    // ---------------------------------------------------------------------------------------- paths and methods

    @ParameterizedTest
    @ValueSource(strings = {"/", "/v1", "/v1/exposure/", "/v1/exposure/basket/", "/v1/exposure/term-structure",
        "/v1/exposure/term-structure/", "/v1/exposure/term-structure/SPY/extra", "/v1/exposure/summary/SPY",
        "/health/", "/v1/exposure/term-structure/%20", "/V1/EXPOSURE/BASKET?symbols=SPY", "/favicon.ico"})
    void unknownPath_is404NotFound(String path) throws Exception {
        assertError(http.get(path), 404, "not_found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void otherMethod_onApiPath_is405WithAllowGet(String method) throws Exception {
        for (String path : List.of("/v1/exposure/basket?symbols=SPY", "/v1/exposure/term-structure/SPY",
                "/health")) {
            TestHttp.Reply r = http.send(path, method, "k");
            assertError(r, 405, "method_not_allowed");
            assertThat(r.raw.headers().firstValue("Allow")).contains("GET");
        }
    }

    @Test
    void head_is405WithoutBody() {
        TestHttp.RawReply r = TestHttp.raw(server, "HEAD /v1/exposure/term-structure/SPY HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(r.status).isEqualTo(405);
        assertThat(r.header("Content-Type")).isEqualTo(JSON);
        assertThat(r.header("Allow")).isEqualTo("GET");
        assertThat(r.body).isEmpty();
    }

    // ------------------------------------------------------------------------------------------ malformed input

    @ParameterizedTest
    @ValueSource(strings = {"symbols=SPY%2", "symbols=SPY%ZZ", "symbols=%", "symbols=SPY&weights=1%G1",
        "symbols=%C3%28", "symbols=%FF", "symbols=%ED%A0%80", "sym%2bols=SPY%C3"})
    void malformedQueryEncoding_is400BadRequest(String query) throws Exception {
        TestHttp.RawReply r = TestHttp.raw(server, "GET /v1/exposure/basket?" + query + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(r.status).as("%s", r).isEqualTo(400);
        assertThat(r.header("Content-Type")).isEqualTo(JSON);
        JsonNode body = MAPPER.readTree(r.body);
        assertThat(body.get("error").asText()).isEqualTo("bad_request");
        assertThat(body.get("message").asText()).contains("query");
    }

    @Test
    void repeatedQueryParameter_is400BadRequestNamingIt() throws Exception {
        TestHttp.Reply r = http.get("/v1/exposure/basket?symbols=SPY&symbols=QQQ");
        assertError(r, 400, "bad_request");
        assertThat(MAPPER.readTree(r.body).get("message").asText()).contains("'symbols'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/exposure/term-structure/%ZZ", "/v1/exposure/term-structure/SP%",
        "/v1/exposure/term-structure/%C3%28", "/v1/exposure/%ZZ/SPY", "/v1/%"})
    void malformedPath_is400Json(String path) throws Exception {
        TestHttp.RawReply r = TestHttp.raw(server, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(r.status).as("%s", r).isEqualTo(400);
        assertThat(r.header("Content-Type")).isEqualTo(JSON);
        JsonNode body = MAPPER.readTree(r.body);
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("error").asText()).isEqualTo("bad_request");
        assertThat(r.body).doesNotContain("<", "\tat ");
    }

    @Test
    void garbageRequestLine_is400Json() throws Exception {
        TestHttp.RawReply r = TestHttp.raw(server, "GARBAGE\r\n\r\n");
        assertThat(r.status).isEqualTo(400);
        assertThat(r.header("Content-Type")).isEqualTo(JSON);
        assertThat(MAPPER.readTree(r.body).get("error").asText()).isEqualTo("bad_request");
    }

    @Test
    void overlongRequestTarget_is414Json() throws Exception {
        String symbols = "A,".repeat(ExposureServer.MAX_REQUEST_HEADER_BYTES);
        TestHttp.Reply r = http.get("/v1/exposure/basket?symbols=" + symbols);
        assertError(r, 414, "uri_too_long");
    }

    @Test
    void overlongHeaders_is431Json() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(server.baseUri().resolve("/v1/exposure/term-structure/SPY"))
                .header("X-Padding", "p".repeat(ExposureServer.MAX_REQUEST_HEADER_BYTES)).GET().build();
        assertError(TestHttp.send(req), 431, "headers_too_large");
    }

    @Test
    void longestAcceptedQuery_50SymbolsOfLongNames_isServed() throws Exception {
        String symbols = IntStream.range(0, 50).mapToObj(i -> "SYMBOL_NUMBER_" + i + "_WITH_A_LONG_NAME")
                .collect(Collectors.joining(","));
        TestHttp.Reply r = http.get("/v1/exposure/basket?" + TestHttp.query("symbols", symbols + ",SPY"));
        assertError(r, 400, "too_many_symbols");
        TestHttp.Reply ok = http.get("/v1/exposure/basket?" + TestHttp.query("symbols", "SPY," + symbols
                .substring(symbols.indexOf(',') + 1)));
        assertJson(ok, 200);
    }

    // ------------------------------------------------------------------------------------------ server failures

    @Test
    void unexpectedException_is500WithoutDetail_andLoggedWithStackTrace() throws Exception {
        TestHttp.Reply r = http.get("/v1/exposure/term-structure/BOOM");
        assertError(r, 500, "internal_error");
        assertThat(r.body).isEqualTo("{\"status\":500,\"error\":\"internal_error\",\"message\":\"internal server "
                + "error\"}");
        assertThat(r.body).doesNotContain(UNIQUE);
        Path log = Path.of(System.getProperty("exposure.test.log"));
        String text = Files.readString(log);
        assertThat(text).contains("store failure for the test " + UNIQUE)
                .contains("at dev.exposure.server.ExposureServerTest");
    }

    @Test
    void server_keepsServingAfterA500() {
        assertThat(http.get("/v1/exposure/term-structure/BOOM").status).isEqualTo(500);
        assertThat(http.get("/v1/exposure/term-structure/SPY").status).isEqualTo(200);
    }

    // ---------------------------------------------------------------------------------------------- concurrency

    @Test
    void manyParallelRequests_allGetTheLibrarysBodies() throws Exception {
        String ts = json(new TermStructureBuilder().build(SampleChains.chain("SPY")));
        String basket = json(new BasketAggregator(SAMPLES).aggregate("AAPL,MSFT,NVDA", "0.4,0.3,0.3"));
        String basketQuery = "/v1/exposure/basket?" + TestHttp.query("symbols", "AAPL,MSFT,NVDA", "weights",
                "0.4,0.3,0.3");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                boolean even = i % 2 == 0;
                results.add(pool.submit(() -> {
                    TestHttp.Reply r = http.get(even ? "/v1/exposure/term-structure/SPY" : basketQuery);
                    return r.status == 200 && r.body.equals(even ? ts : basket);
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------------------------- lifecycle and shutdown

    @Test
    void close_letsRequestsInFlightComplete_thenRefusesConnections() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MarketDataStore slow = symbol -> {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return SAMPLES.chain(symbol);
        };
        ExposureServer s = ExposureServer.builder().store(slow).port(0).build().start();
        TestHttp client = new TestHttp(s, null);
        URI base = s.baseUri();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<TestHttp.Reply> inFlight = pool.submit(() -> client.get("/v1/exposure/term-structure/SPY"));
            assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> closing = pool.submit(s::close);
            Thread.sleep(200); // close() is now waiting for the request in flight
            assertThat(closing.isDone()).isFalse();
            release.countDown();
            TestHttp.Reply r = inFlight.get(30, TimeUnit.SECONDS);
            assertThat(r.status).isEqualTo(200);
            assertThat(r.body).isEqualTo(json(new TermStructureBuilder().build(SampleChains.chain("SPY"))));
            closing.get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> TestHttp.send(HttpRequest.newBuilder(base.resolve("/health"))
                    .timeout(Duration.ofSeconds(5)).build())).isInstanceOf(UncheckedIOException.class);
        } finally {
            release.countDown();
            pool.shutdownNow();
            s.close();
        }
    }

    @Test
    void requestOnAnOpenConnectionDuringShutdown_is503Json() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MarketDataStore slow = symbol -> {
            if ("SLOW".equals(symbol)) {
                entered.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return SAMPLES.chain(symbol);
        };
        ExposureServer s = ExposureServer.builder().store(slow).port(0).build().start();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (java.net.Socket idle = new java.net.Socket("127.0.0.1", s.port())) {
            idle.setSoTimeout(30_000);
            String get = "GET /v1/exposure/term-structure/SPY HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
            idle.getOutputStream().write(get.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            java.io.InputStream in = idle.getInputStream();
            assertThat(readResponse(in)).startsWith("HTTP/1.1 200");
            TestHttp client = new TestHttp(s, null);
            Future<TestHttp.Reply> inFlight = pool.submit(() -> client.get("/v1/exposure/term-structure/SLOW"));
            assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> closing = pool.submit(s::close);
            Thread.sleep(200);
            idle.getOutputStream().write(get.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String second = readResponse(in);
            assertThat(second).startsWith("HTTP/1.1 503").contains("application/json; charset=utf-8")
                    .endsWith("{\"status\":503,\"error\":\"unavailable\",\"message\":\"the server is shutting "
                            + "down\"}");
            release.countDown();
            assertThat(inFlight.get(30, TimeUnit.SECONDS).status).isEqualTo(404);
            closing.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
            s.close();
        }
    }

    /** Reads one HTTP/1.1 response with a Content-Length body off a kept-alive connection. */
    private static String readResponse(java.io.InputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return head.toString();
            }
            head.append((char) b);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
                .matcher(head);
        int n = m.find() ? Integer.parseInt(m.group(1)) : 0;
        byte[] body = in.readNBytes(n);
        return head + new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void builder_rejectsBadArguments_namingThem() {
        assertThatThrownBy(() -> ExposureServer.builder().port(70_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port");
        assertThatThrownBy(() -> ExposureServer.builder().host(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("host");
        assertThatThrownBy(() -> ExposureServer.builder().apiKeys(List.of("ok", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiKeys[1]");
        assertThatThrownBy(() -> ExposureServer.builder().apiKeys(List.of("has space")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiKeys[0]");
        assertThatThrownBy(() -> ExposureServer.builder().reloadInterval(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reloadInterval");
        assertThatThrownBy(() -> ExposureServer.builder().build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ExposureServer.builder().chains(Path.of("/no/such/dir")).port(0).build().start())
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("/no/such/dir");
    }

    @Test
    void start_portInUse_isUncheckedIOException() {
        try (ExposureServer other = ExposureServer.builder().store(STORE).port(0).build()) {
            int port = server.port();
            assertThatThrownBy(() -> ExposureServer.builder().store(STORE).port(port).build().start())
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining(String.valueOf(port));
            assertThatThrownBy(other::port).isInstanceOf(IllegalStateException.class);
        }
    }
}
