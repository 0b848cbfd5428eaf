package dev.exposure.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.exposure.StrikeExposure;
import dev.exposure.TermStructureBuilder;
import dev.exposure.TimeBasis;
import dev.exposure.jackson.ExposureJson;
import dev.exposure.jackson.ExposureSheet;
import dev.exposure.jackson.samples.SampleChains;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The strike-sheet, levels and profile endpoints over real HTTP, as the SDKs call them ({@code expiration},
 * {@code min_oi}), against the library's own results; their parameter errors; the server's conventions.
 */
class ViewEndpointsTest {

    private static final ObjectMapper MAPPER = ExposureJson.newMapper();
    private static final Conventions DEFAULTS = Conventions.defaults();
    private static final OptionChain SPY = SampleChains.chain("SPY");

    private static ExposureServer server;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        server = ExposureServer.builder().store(SampleChains.store()).port(0).build().start();
        http = new TestHttp(server, "YOUR_API_KEY");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String json(Object value) throws Exception {
        return MAPPER.writeValueAsString(value);
    }

    private static void assertOk(TestHttp.Reply r, Object expected) throws Exception {
        assertThat(r.status).as("%s", r).isEqualTo(200);
        assertThat(r.contentType).isEqualTo("application/json; charset=utf-8");
        assertThat(r.body).isEqualTo(json(expected));
    }

    private static void assertError(TestHttp.Reply r, int status, String code, String messagePart) throws Exception {
        assertThat(r.status).as("%s", r).isEqualTo(status);
        assertThat(r.contentType).isEqualTo("application/json; charset=utf-8");
        JsonNode b = MAPPER.readTree(r.body);
        assertThat(b.get("status").asInt()).isEqualTo(status);
        assertThat(b.get("error").asText()).isEqualTo(code);
        assertThat(b.get("message").asText()).contains(messagePart);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gex", "dex", "vex", "chex"})
    void sheet_eachGreek_isTheLibrarysSheet(String code) throws Exception {
        Greek g = Greek.ofCode(code);
        TestHttp.Reply r = http.get("/v1/exposure/" + code + "/spy");
        assertOk(r, ExposureSheet.of(g, SPY, DEFAULTS));
        assertThat(MAPPER.readTree(r.body).has("net_" + code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gex", "dex", "vex", "chex"})
    void sheet_oneExpiration_isTheLibrarysSheetOfThatExpiration(String code) throws Exception {
        LocalDate june = LocalDate.of(2026, 6, 18);
        TestHttp.Reply r = http.get("/v1/exposure/" + code + "/SPY?" + TestHttp.query("expiration", "2026-06-18"));
        ExposureSheet expected = ExposureSheet.of(Greek.ofCode(code), SPY, DEFAULTS, june);
        assertOk(r, expected);
        assertThat(expected.sheet().strikes()).isNotEmpty();
    }

    @Test
    void gex_minOi_leavesOutThinRows_totalAndFlipUnchanged() throws Exception {
        JsonNode full = MAPPER.readTree(http.get("/v1/exposure/gex/SPY").body);
        TestHttp.Reply r = http.get("/v1/exposure/gex/SPY?" + TestHttp.query("min_oi", "500"));
        assertOk(r, ExposureSheet.of(Greek.GEX, SPY, DEFAULTS).withMinOpenInterest(500));
        JsonNode thin = MAPPER.readTree(r.body);
        assertThat(thin.get("net_gex")).isEqualTo(full.get("net_gex"));
        assertThat(thin.get("gamma_flip")).isEqualTo(full.get("gamma_flip"));
        assertThat(thin.get("strikes").size()).isStrictlyBetween(0, full.get("strikes").size());
        for (JsonNode row : thin.get("strikes")) {
            assertThat(row.get("call_oi").doubleValue() + row.get("put_oi").doubleValue()).isGreaterThanOrEqualTo(500);
        }
        int kept = 0;
        for (JsonNode row : full.get("strikes")) {
            kept += row.get("call_oi").doubleValue() + row.get("put_oi").doubleValue() >= 500 ? 1 : 0;
        }
        assertThat(thin.get("strikes").size()).isEqualTo(kept);
    }

    @Test
    void gex_expirationAndMinOi_asThePythonSdkSendsThem() throws Exception {
        TestHttp.Reply r = http.get("/v1/exposure/gex/SPY?expiration=2026-06-18&min_oi=1000");
        assertOk(r, ExposureSheet.of(Greek.GEX, SPY, DEFAULTS, LocalDate.of(2026, 6, 18)).withMinOpenInterest(1000));
    }

    @Test
    void dex_minOi_isNotAParameterOfDex_andIsIgnored() throws Exception {
        assertOk(http.get("/v1/exposure/dex/SPY?min_oi=500"), ExposureSheet.of(Greek.DEX, SPY, DEFAULTS));
    }

    @Test
    void sheet_expirationWithoutContracts_isAnEmptySheet() throws Exception {
        TestHttp.Reply r = http.get("/v1/exposure/gex/SPY?expiration=2099-01-02");
        assertOk(r, ExposureSheet.of(Greek.GEX, SPY, DEFAULTS, LocalDate.of(2099, 1, 2)));
        assertThat(MAPPER.readTree(r.body).get("strikes").size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"expiration=2026-6-18", "expiration=tomorrow", "expiration=2026-02-30", "expiration=",
        "min_oi=-1", "min_oi=abc", "min_oi=NaN", "min_oi=1e400", "min_oi="})
    void gex_badParameter_is400InvalidParameterNamingIt(String query) throws Exception {
        String name = query.substring(0, query.indexOf('='));
        assertError(http.get("/v1/exposure/gex/SPY?" + query), 400, "invalid_parameter", name);
    }

    @Test
    void levels_isTheLibrarysLevels() throws Exception {
        for (String s : List.of("SPY", "AAPL", "TSLA")) {
            assertOk(http.get("/v1/exposure/levels/" + s), new LevelsBuilder().build(SampleChains.chain(s)));
        }
    }

    @Test
    void profile_default_isTheLibrarysProfile() throws Exception {
        assertOk(http.get("/v1/exposure/profile/QQQ"), new GammaProfileBuilder().build(SampleChains.chain("QQQ")));
    }

    @Test
    void profile_fromToPoints_isTheLibrarysProfileOnThatGrid() throws Exception {
        assertOk(http.get("/v1/exposure/profile/SPY?from=500&to=700&points=11"),
                new GammaProfileBuilder().build(SPY, 500, 700, 11));
        double s = SPY.underlyingPrice();
        assertOk(http.get("/v1/exposure/profile/SPY?points=5"), new GammaProfileBuilder().build(SPY, 0.8 * s,
                1.2 * s, 5));
        assertOk(http.get("/v1/exposure/profile/SPY?from=550.5"), new GammaProfileBuilder().build(SPY, 550.5,
                1.2 * s, GammaProfileBuilder.DEFAULT_POINTS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"points=1|points", "points=2002|points", "points=x|points", "points=2.5|points",
        "from=0|from", "from=-5|from", "to=abc|to", "from=700&to=500|from", "from=600&to=600|from"})
    void profile_badParameter_is400InvalidParameterNamingIt(String caseText) throws Exception {
        String query = caseText.substring(0, caseText.indexOf('|'));
        String name = caseText.substring(caseText.indexOf('|') + 1);
        assertError(http.get("/v1/exposure/profile/SPY?" + query), 400, "invalid_parameter", name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gex", "dex", "vex", "chex", "levels", "profile"})
    void unknownSymbol_is404NoData(String endpoint) throws Exception {
        TestHttp.Reply r = http.get("/v1/exposure/" + endpoint + "/XYZ");
        assertError(r, 404, "no_data", "XYZ");
        assertThat(r.body).isEqualTo(json(new ExposureException(ExposureError.NO_DATA, "no chain for symbol XYZ",
                List.of("XYZ"))));
    }

    @Test
    void conventions_ofTheServer_applyToEveryEndpoint() throws Exception {
        Conventions c = DEFAULTS.withTimeBasis(TimeBasis.weekdays(262, true)).withGexUnit(GexUnit.PER_POINT);
        MarketDataStore store = SampleChains.store();
        try (ExposureServer s = ExposureServer.builder().store(store).port(0).conventions(c).build().start()) {
            TestHttp h = new TestHttp(s, null);
            assertOk(h.get("/v1/exposure/term-structure/SPY"), new TermStructureBuilder(c).build(SPY));
            assertOk(h.get("/v1/exposure/basket?symbols=SPY%2CQQQ"), new BasketAggregator(store, c)
                    .aggregate("SPY,QQQ", null));
            assertOk(h.get("/v1/exposure/gex/SPY"), ExposureSheet.of(Greek.GEX, SPY, c));
            assertOk(h.get("/v1/exposure/levels/SPY"), new LevelsBuilder(c).build(SPY));
            assertOk(h.get("/v1/exposure/profile/SPY"), new GammaProfileBuilder(c).build(SPY));
            // and they differ from the defaults' (GEX per point is GEX per 1% / (0.01·S))
            double perPoint = MAPPER.readTree(h.get("/v1/exposure/gex/SPY").body).get("net_gex").doubleValue();
            double perPercent = MAPPER.readTree(http.get("/v1/exposure/gex/SPY").body).get("net_gex").doubleValue();
            assertThat(perPoint).isNotEqualTo(perPercent);
        }
    }

    @Test
    void gexRows_sumToTheTotal_withinTheSummationBound() throws Exception {
        JsonNode body = MAPPER.readTree(http.get("/v1/exposure/gex/SPY").body);
        double sum = 0;
        double abs = 0;
        for (JsonNode row : body.get("strikes")) {
            sum += row.get("net_gex").doubleValue();
            abs += Math.abs(row.get("net_gex").doubleValue());
        }
        // the total's own bound (1e-12 of the magnitudes) plus this naive loop's rounding (n ulps of the magnitudes)
        int n = body.get("strikes").size();
        assertThat(Math.abs(sum - body.get("net_gex").doubleValue()))
                .isLessThanOrEqualTo((1e-12 + n * 0x1p-52) * abs);
        for (StrikeExposure r : ExposureSheet.of(Greek.GEX, SPY, DEFAULTS).sheet().strikes()) {
            assertThat(r.calls().netGex()).isGreaterThanOrEqualTo(0);
            assertThat(r.puts().netGex()).isLessThanOrEqualTo(0);
        }
    }
}
