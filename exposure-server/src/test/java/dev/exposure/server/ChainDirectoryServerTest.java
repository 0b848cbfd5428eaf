package dev.exposure.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exposure.BasketAggregator;
import dev.exposure.Conventions;
import dev.exposure.GammaProfileBuilder;
import dev.exposure.Greek;
import dev.exposure.LevelsBuilder;
import dev.exposure.MarketDataStore;
import dev.exposure.OptionChain;
import dev.exposure.TermStructureBuilder;
import dev.exposure.jackson.ChainFiles;
import dev.exposure.jackson.ExposureJson;
import dev.exposure.jackson.ExposureSheet;
import dev.exposure.jackson.samples.SampleChains;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server on a chain directory, over real HTTP: {@code /health}, and reloads while requests run. */
class ChainDirectoryServerTest {

    private static final ObjectMapper MAPPER = ExposureJson.newMapper();
    private static final Instant T1 = Instant.parse("2026-05-28T20:00:00Z");
    private static final Instant T2 = Instant.parse("2026-05-29T15:30:00Z");

    @TempDir
    Path dir;

    private void writeAtomically(String name, String text) throws IOException {
        Path tmp = dir.resolve(name + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String json(Object value) throws IOException {
        return MAPPER.writeValueAsString(value);
    }

    /** Waits (bounded) until a condition holds. */
    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void health_listsServedShadowedAndFailingFiles() throws Exception {
        writeAtomically("a-old.json", json(List.of(ChainDirectoryTest.chain("SPY", 590, T1))));
        writeAtomically("b-new.json", json(List.of(ChainDirectoryTest.chain("SPY", 597.5, T2),
                ChainDirectoryTest.chain("QQQ", 521.3, T2))));
        writeAtomically("c-bad.csv", "symbol,underlying_price,as_of,type,expiration,strike,open_interest,"
                + "implied_volatility\nIWM,abc,2026-05-29T15:30:00Z,call,2026-06-18,200,1,0.2\n");
        try (ExposureServer s = ExposureServer.builder().chains(dir).port(0).build().start()) {
            TestHttp.Reply r = new TestHttp(s, null).get("/health");
            assertThat(r.status).isEqualTo(200);
            assertThat(r.contentType).isEqualTo("application/json; charset=utf-8");
            JsonNode h = MAPPER.readTree(r.body);
            assertThat(Instant.parse(h.get("checked_at").asText())).isBeforeOrEqualTo(Instant.now());
            assertThat(Instant.parse(h.at("/failures/0/since").asText())).isBeforeOrEqualTo(Instant.now());
            ((ObjectNode) h).put("checked_at", "T");
            ((ObjectNode) h.at("/failures/0")).put("since", "T");
            assertThat(h.toString()).isEqualTo("{\"status\":\"degraded\",\"source\":\"directory\",\"file_count\":3,"
                    + "\"chain_count\":2,\"checked_at\":\"T\","
                    + "\"chains\":[{\"symbol\":\"QQQ\",\"as_of\":\"2026-05-29T15:30:00Z\",\"file\":\"b-new.json\"},"
                    + "{\"symbol\":\"SPY\",\"as_of\":\"2026-05-29T15:30:00Z\",\"file\":\"b-new.json\"}],"
                    + "\"shadowed\":[{\"symbol\":\"SPY\",\"as_of\":\"2026-05-28T20:00:00Z\",\"file\":\"a-old.json\","
                    + "\"served_from\":\"b-new.json\"}],"
                    + "\"failures\":[{\"file\":\"c-bad.csv\",\"line\":2,\"column\":2,\"message\":\"line 2, column 2 "
                    + "(underlying_price): 'abc' is not a number\",\"since\":\"T\"}]}");
            TestHttp.Reply ts = new TestHttp(s, null).get("/v1/exposure/term-structure/SPY");
            assertThat(ts.body).isEqualTo(json(new TermStructureBuilder().build(ChainDirectoryTest.chain("SPY",
                    597.5, T2))));
        }
    }

    @Test
    void health_allFilesClean_isOk() throws Exception {
        writeAtomically("spy.json", json(ChainDirectoryTest.chain("SPY", 597.5, T2)));
        try (ExposureServer s = ExposureServer.builder().chains(dir).port(0).build().start()) {
            JsonNode h = MAPPER.readTree(new TestHttp(s, null).get("/health").body);
            assertThat(h.get("status").asText()).isEqualTo("ok");
            assertThat(h.get("failures").size()).isZero();
            assertThat(h.get("chain_count").asInt()).isEqualTo(1);
        }
    }

    /**
     * While clients request the term structure and a basket without pause, the chain file is swapped to a new
     * version, broken, restored, rewritten in place, deleted and written again: every answer is a 200 with the
     * body of one of the versions (or, after the deletion, the library's no_data), never an error or a mixture.
     */
    @Test
    void reload_swapBreakRestoreWhileRequestsRun_everyAnswerIsAWholeVersion() throws Exception {
        OptionChain v1 = SampleChains.chain("SPY");
        OptionChain v2 = ChainDirectoryTest.chain("SPY", 601.25, T2);
        OptionChain qqq = SampleChains.chain("QQQ");
        writeAtomically("spy.json", json(v1));
        writeAtomically("qqq.json", json(qqq));
        MarketDataStore store1 = MarketDataStore.of(List.of(v1, qqq));
        MarketDataStore store2 = MarketDataStore.of(List.of(v2, qqq));
        String ts1 = json(new TermStructureBuilder().build(v1));
        String ts2 = json(new TermStructureBuilder().build(v2));
        String basket1 = json(new BasketAggregator(store1).aggregate("SPY,QQQ", "0.5,0.5"));
        String basket2 = json(new BasketAggregator(store2).aggregate("SPY,QQQ", "0.5,0.5"));
        String basketQuery = "/v1/exposure/basket?" + TestHttp.query("symbols", "SPY,QQQ", "weights", "0.5,0.5");
        Set<String> allowedTs = Set.of(ts1, ts2);
        Set<String> allowedBasket = Set.of(basket1, basket2);

        try (ExposureServer s = ExposureServer.builder().chains(dir).port(0)
                .reloadInterval(Duration.ofMillis(20)).build().start()) {
            TestHttp http = new TestHttp(s, null);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicBoolean deleted = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<List<String>>> clients = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                boolean basket = c % 2 == 1;
                clients.add(pool.submit(() -> {
                    List<String> problems = new ArrayList<>();
                    int n = 0;
                    while (!stop.get() && n++ < 100_000) {
                        TestHttp.Reply r = http.get(basket ? basketQuery : "/v1/exposure/term-structure/SPY");
                        boolean gone = deleted.get(); // set before the deletion, read after the answer
                        boolean ok = r.status == 200 && (basket ? allowedBasket : allowedTs).contains(r.body)
                                || gone && (basket ? r.status == 200 : r.status == 404);
                        if (!ok) {
                            problems.add(r.status + " " + r.body.substring(0, Math.min(200, r.body.length())));
                        }
                    }
                    return problems;
                }));
            }
            try {
                Path spy = dir.resolve("spy.json");
                await(() -> bodyOf(http, "/v1/exposure/term-structure/SPY").equals(ts1), "version 1");
                writeAtomically("spy.json", json(v2));                                   // swap
                await(() -> bodyOf(http, "/v1/exposure/term-structure/SPY").equals(ts2), "version 2");
                writeAtomically("spy.json", "{\"symbol\":\"SPY\",\"underlying_price\":");  // break
                await(() -> healthFailures(http) == 1, "the failure in /health");
                Thread.sleep(200);
                assertThat(bodyOf(http, "/v1/exposure/term-structure/SPY")).isEqualTo(ts2);
                writeAtomically("spy.json", json(v1));                                   // restore
                await(() -> healthFailures(http) == 0, "the failure to clear");
                assertThat(bodyOf(http, "/v1/exposure/term-structure/SPY")).isEqualTo(ts1);
                Files.writeString(spy, json(v2), StandardCharsets.UTF_8);                // rewrite in place
                await(() -> bodyOf(http, "/v1/exposure/term-structure/SPY").equals(ts2), "in-place rewrite");
                deleted.set(true);
                Files.delete(spy);                                                       // delete
                await(() -> http.get("/v1/exposure/term-structure/SPY").status == 404, "the deletion");
                writeAtomically("spy.json", json(v1));                                   // and back
                await(() -> bodyOf(http, "/v1/exposure/term-structure/SPY").equals(ts1), "version 1 again");
            } finally {
                stop.set(true);
            }
            for (Future<List<String>> f : clients) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEmpty();
            }
            pool.shutdownNow();
            // the basket followed the deletion: SPY missing, QQQ alone
            assertThat(MAPPER.readTree(http.get(basketQuery).body).get("missing_symbols").size()).isZero();
        }
    }

    /**
     * With a chain directory, answers are kept per snapshot: every endpoint, with every parameter combination, gives
     * the library's body for the chain served, before and after the file changes, and never another request's.
     */
    @Test
    void cachedAnswers_areTheLibrarysForTheChainServed_andFollowChanges() throws Exception {
        OptionChain v1 = SampleChains.chain("SPY");
        OptionChain v2 = ChainDirectoryTest.chain("SPY", 601.25, T2);
        OptionChain aapl = SampleChains.chain("AAPL");
        writeAtomically("spy.json", json(v1));
        writeAtomically("aapl.json", json(aapl));
        Conventions c = Conventions.defaults();
        LocalDate june = LocalDate.of(2026, 6, 18);
        try (ExposureServer s = ExposureServer.builder().chains(dir).port(0)
                .reloadInterval(Duration.ofMillis(20)).build().start()) {
            TestHttp http = new TestHttp(s, null);
            for (OptionChain spy : List.of(v1, v2)) {
                if (spy == v2) {
                    writeAtomically("spy.json", json(v2));
                    String expected = json(new TermStructureBuilder().build(v2));
                    await(() -> bodyOf(http, "/v1/exposure/term-structure/SPY").equals(expected), "version 2");
                }
                MarketDataStore store = MarketDataStore.of(List.of(spy, aapl));
                for (int round = 0; round < 2; round++) { // computed, then from the cache
                    assertThat(bodyOf(http, "/v1/exposure/term-structure/SPY"))
                            .isEqualTo(json(new TermStructureBuilder().build(spy)));
                    assertThat(bodyOf(http, "/v1/exposure/gex/SPY"))
                            .isEqualTo(json(ExposureSheet.of(Greek.GEX, spy, c)));
                    assertThat(bodyOf(http, "/v1/exposure/gex/SPY?min_oi=500"))
                            .isEqualTo(json(ExposureSheet.of(Greek.GEX, spy, c).withMinOpenInterest(500)));
                    assertThat(bodyOf(http, "/v1/exposure/gex/SPY?expiration=2026-06-18"))
                            .isEqualTo(json(ExposureSheet.of(Greek.GEX, spy, c, june)));
                    assertThat(bodyOf(http, "/v1/exposure/dex/SPY"))
                            .isEqualTo(json(ExposureSheet.of(Greek.DEX, spy, c)));
                    assertThat(bodyOf(http, "/v1/exposure/levels/SPY"))
                            .isEqualTo(json(new LevelsBuilder().build(spy)));
                    assertThat(bodyOf(http, "/v1/exposure/profile/SPY"))
                            .isEqualTo(json(new GammaProfileBuilder().build(spy)));
                    assertThat(bodyOf(http, "/v1/exposure/profile/SPY?points=5"))
                            .isEqualTo(json(new GammaProfileBuilder().build(spy, 0.8 * spy.underlyingPrice(),
                                    1.2 * spy.underlyingPrice(), 5)));
                    assertThat(bodyOf(http, "/v1/exposure/basket?symbols=SPY%2CAAPL"))
                            .isEqualTo(json(new BasketAggregator(store).aggregate("SPY,AAPL", null)));
                    assertThat(bodyOf(http, "/v1/exposure/basket?symbols=SPY%2CAAPL&weights=1%2C3"))
                            .isEqualTo(json(new BasketAggregator(store).aggregate("SPY,AAPL", "1,3")));
                    assertThat(bodyOf(http, "/v1/exposure/term-structure/AAPL"))
                            .isEqualTo(json(new TermStructureBuilder().build(aapl)));
                }
            }
        }
    }

    private static String bodyOf(TestHttp http, String path) {
        return http.get(path).body;
    }

    private static int healthFailures(TestHttp http) {
        try {
            return MAPPER.readTree(http.get("/health").body).get("failures").size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The real Cboe downloads of the shared data directory: every file is either served or reported failing, the
     * one whose date line has no year among the failures; every served chain's term structure is the library's
     * on the same file.
     */
    @Test
    void realCboeDirectory_everyFileServedOrReported_andServedChainsMatchTheLibrary() throws Exception {
        Path cboe = SharedData.dir().resolve("data/cboe");
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(cboe)) {
            files.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
        }
        assertThat(names).hasSizeGreaterThan(10).contains("spy-2023-06-broken-date.csv");
        try (ExposureServer s = ExposureServer.builder().chains(cboe).port(0).reloadInterval(Duration.ZERO)
                .build().start()) {
            TestHttp http = new TestHttp(s, null);
            JsonNode h = MAPPER.readTree(http.get("/health").body);
            Set<String> accounted = new HashSet<>();
            h.get("chains").forEach(c -> accounted.add(c.get("file").asText()));
            h.get("shadowed").forEach(c -> accounted.add(c.get("file").asText()));
            List<String> failing = new ArrayList<>();
            h.get("failures").forEach(f -> failing.add(f.get("file").asText()));
            accounted.addAll(failing);
            assertThat(accounted).containsExactlyInAnyOrderElementsOf(names);
            assertThat(failing).containsExactly("spy-2023-06-broken-date.csv");
            assertThat(h.get("status").asText()).isEqualTo("degraded");
            // the chain served per symbol is the one ChainFiles.latestBySymbol picks from every readable file
            List<OptionChain> all = new ArrayList<>();
            for (String n : names) {
                if (!failing.contains(n)) {
                    all.addAll(ChainFiles.read(cboe.resolve(n)));
                }
            }
            MarketDataStore latest = ChainFiles.latestBySymbol(all);
            assertThat(h.get("chains").size()).isGreaterThanOrEqualTo(5);
            for (JsonNode c : h.get("chains")) {
                assertThat(Instant.parse(c.get("as_of").asText()))
                        .isEqualTo(latest.chain(c.get("symbol").asText()).orElseThrow().asOf());
            }
            assertThat(h.get("chains").findValuesAsText("symbol")).contains("SPX", "SPY", "NDX");
            for (JsonNode c : h.get("chains")) {
                String symbol = c.get("symbol").asText();
                OptionChain own = ChainFiles.read(cboe.resolve(c.get("file").asText())).stream()
                        .filter(x -> x.symbol().equals(symbol)).findFirst().orElseThrow();
                TestHttp.Reply r = http.get("/v1/exposure/term-structure/" + TestHttp.segment(symbol));
                assertThat(r.status).isEqualTo(200);
                assertThat(r.body).isEqualTo(json(new TermStructureBuilder().build(own)));
            }
        }
    }
}
