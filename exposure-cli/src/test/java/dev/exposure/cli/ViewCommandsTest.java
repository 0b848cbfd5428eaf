package dev.exposure.cli;

import static dev.exposure.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.exposure.BasketAggregator;
import dev.exposure.Conventions;
import dev.exposure.ExposureLevels;
import dev.exposure.GammaProfile;
import dev.exposure.GammaProfileBuilder;
import dev.exposure.GexUnit;
import dev.exposure.Greek;
import dev.exposure.LevelsBuilder;
import dev.exposure.OptionChain;
import dev.exposure.TermStructureBuilder;
import dev.exposure.TimeBasis;
import dev.exposure.jackson.ExposureJson;
import dev.exposure.jackson.ExposureSheet;
import dev.exposure.jackson.samples.SampleChains;
import dev.exposure.server.ExposureServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The strike-sheet, levels and profile commands, and the conventions options, against the library's results. */
class ViewCommandsTest {

    private static final ObjectMapper MAPPER = ExposureJson.newMapper();
    private static final ObjectWriter PRETTY = MAPPER.writer(ExposureJson.prettyPrinter());
    private static final OptionChain SPY = SampleChains.chain("SPY");
    private static final Conventions DEFAULTS = Conventions.defaults();
    private static final Conventions SCRIPTS = DEFAULTS.withTimeBasis(TimeBasis.weekdays(262, true))
            .withGexUnit(GexUnit.PER_POINT);

    private static String pretty(Object value) throws Exception {
        return PRETTY.writeValueAsString(value) + "\n";
    }

    private static void assertPrints(CliRun r, Object expected) throws Exception {
        assertThat(r.err).isEmpty();
        assertThat(r.code).isZero();
        assertThat(r.out).isEqualTo(pretty(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gex", "dex", "vex", "chex"})
    void sheet_printsTheLibrarysSheet_andReadsBack(String code) throws Exception {
        CliRun r = run(code, "spy");
        ExposureSheet expected = ExposureSheet.of(Greek.ofCode(code), SPY, DEFAULTS);
        assertPrints(r, expected);
        assertThat(MAPPER.readValue(r.out, ExposureSheet.class)).isEqualTo(expected);
    }

    @Test
    void gex_expirationAndMinOi() throws Exception {
        LocalDate june = LocalDate.of(2026, 6, 18);
        assertPrints(run("gex", "SPY", "--expiration", "2026-06-18"), ExposureSheet.of(Greek.GEX, SPY, DEFAULTS,
                june));
        assertPrints(run("gex", "SPY", "--expiration=2026-06-18", "--min-oi", "750"),
                ExposureSheet.of(Greek.GEX, SPY, DEFAULTS, june).withMinOpenInterest(750));
        assertPrints(run("vex", "SPY", "--expiration", "2026-06-18"), ExposureSheet.of(Greek.VEX, SPY, DEFAULTS,
                june));
    }

    @Test
    void levels_printsTheLibrarysLevels() throws Exception {
        CliRun r = run("levels", "NVDA");
        ExposureLevels expected = new LevelsBuilder().build(SampleChains.chain("NVDA"));
        assertPrints(r, expected);
        // the published shape keeps the same-day magnet only
        ExposureLevels read = MAPPER.readValue(r.out, ExposureLevels.class);
        assertThat(read.gammaFlip()).isEqualTo(expected.gammaFlip());
        assertThat(read.callWall()).isEqualTo(expected.callWall());
        assertThat(read.putWall()).isEqualTo(expected.putWall());
        assertThat(read.maxPositiveGamma()).isEqualTo(expected.maxPositiveGamma());
        assertThat(read.maxNegativeGamma()).isEqualTo(expected.maxNegativeGamma());
        assertThat(read.highestOiStrike()).isEqualTo(expected.highestOiStrike());
        assertThat(read.zeroDte().map(z -> z.magnet())).isEqualTo(expected.zeroDte().map(z -> z.magnet()));
    }

    @Test
    void profile_defaultAndGrid() throws Exception {
        assertPrints(run("profile", "SPY"), new GammaProfileBuilder().build(SPY));
        CliRun r = run("profile", "SPY", "--from", "500", "--to", "700", "--points", "11");
        GammaProfile expected = new GammaProfileBuilder().build(SPY, 500, 700, 11);
        assertPrints(r, expected);
        assertThat(MAPPER.readValue(r.out, GammaProfile.class)).isEqualTo(expected);
        assertPrints(run("profile", "SPY", "--to", "650"), new GammaProfileBuilder().build(SPY,
                0.8 * SPY.underlyingPrice(), 650, GammaProfileBuilder.DEFAULT_POINTS));
    }

    @Test
    void timeBasisAndGexUnit_applyToEveryCommand() throws Exception {
        String[] opts = {"--time-basis", "weekdays:262:floor", "--gex-unit", "point"};
        assertPrints(run(concat(new String[] {"term-structure", "SPY"}, opts)),
                new TermStructureBuilder(SCRIPTS).build(SPY));
        assertPrints(run(concat(new String[] {"basket", "--symbols", "AAPL,MSFT"}, opts)),
                new BasketAggregator(SampleChains.store(), SCRIPTS).aggregate("AAPL,MSFT", null));
        assertPrints(run(concat(new String[] {"gex", "SPY"}, opts)), ExposureSheet.of(Greek.GEX, SPY, SCRIPTS));
        assertPrints(run(concat(new String[] {"levels", "SPY"}, opts)), new LevelsBuilder(SCRIPTS).build(SPY));
        assertPrints(run(concat(new String[] {"profile", "SPY"}, opts)), new GammaProfileBuilder(SCRIPTS)
                .build(SPY));
        Map<String, Object> demo = new LinkedHashMap<>();
        demo.put("term_structure", new TermStructureBuilder(SCRIPTS).build(SPY));
        demo.put("basket", new BasketAggregator(SampleChains.store(), SCRIPTS).aggregate("AAPL,MSFT,NVDA",
                "0.4,0.3,0.3"));
        assertPrints(run(concat(new String[] {"demo"}, opts)), demo);
        // weekdays without the floor, and the explicit defaults
        assertPrints(run("gex", "SPY", "--time-basis", "weekdays:252"), ExposureSheet.of(Greek.GEX, SPY,
                DEFAULTS.withTimeBasis(TimeBasis.weekdays(252, false))));
        assertThat(run("gex", "SPY", "--time-basis", "calendar", "--gex-unit", "percent").out)
                .isEqualTo(run("gex", "SPY").out);
        assertThat(run("gex", "SPY", "--gex-unit", "point").out).isNotEqualTo(run("gex", "SPY").out);
    }

    @Test
    void serve_timeBasisAndGexUnit_applyToTheServer() throws Exception {
        try (ExposureServer s = ExposureCli.startServer(new String[] {"serve", "--port", "0", "--time-basis",
            "weekdays:262:floor", "--gex-unit", "point"})) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(s.baseUri() + "v1/exposure/term-structure/SPY")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.body()).isEqualTo(MAPPER.writeValueAsString(new TermStructureBuilder(SCRIPTS).build(SPY)));
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void badOptions_areUsageErrorsNamingTheOption() {
        String[][] cases = {
            {"gex", "SPY", "--time-basis", "weekdays:0"}, {"gex", "SPY", "--time-basis", "business"},
            {"levels", "SPY", "--gex-unit", "dollar"}, {"gex", "SPY", "--expiration", "2026-6-18"},
            {"dex", "SPY", "--min-oi", "5"}, {"gex", "SPY", "--min-oi", "-5"}, {"gex", "SPY", "--min-oi", "x"},
            {"profile", "SPY", "--points", "1"}, {"profile", "SPY", "--points", "10002"},
            {"profile", "SPY", "--from", "700", "--to", "500"}, {"profile", "SPY", "--from", "0"},
            {"levels", "SPY", "--expiration", "2026-06-18"}, {"write-samples", "/tmp/x", "--gex-unit", "point"},
            {"gex"}, {"levels", " "}, {"serve", "--time-basis", "weekdays"},
        };
        for (String[] args : cases) {
            CliRun r = run(args);
            String what = String.join(" ", args);
            assertThat(r.code).as(what).isEqualTo(ExposureCli.EXIT_USAGE);
            assertThat(r.out).as(what).isEmpty();
            boolean optionCase = args.length >= 2 && args[args.length - 2].startsWith("--");
            assertThat(r.err).as(what).contains(optionCase ? args[args.length - 2] : args[0]);
        }
    }

    @Test
    void unknownSymbol_isNoDataExit3() {
        for (String command : new String[] {"gex", "chex", "levels", "profile"}) {
            CliRun r = run(command, "XYZ");
            assertThat(r.code).as(command).isEqualTo(ExposureCli.EXIT_NO_DATA);
            assertThat(r.err).contains("\"no_data\"", "XYZ");
        }
    }
}
