package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.Conventions;
import dev.exposure.Exposure;
import dev.exposure.ExposureLevels;
import dev.exposure.GammaProfile;
import dev.exposure.GammaProfileBuilder;
import dev.exposure.GexUnit;
import dev.exposure.Greek;
import dev.exposure.LevelsBuilder;
import dev.exposure.OptionChain;
import dev.exposure.ProfilePoint;
import dev.exposure.StrikeExposure;
import dev.exposure.StrikeSheet;
import dev.exposure.StrikeSheetBuilder;
import dev.exposure.TimeBasis;
import dev.exposure.ZeroDte;
import dev.exposure.jackson.samples.SampleChains;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON of the strike sheet, gamma profile and levels: golden files compared exactly, exact round trips of the
 * library's own results, the body's figures against the core's values, and rejected input.
 */
class ViewsJsonTest {

    private final ObjectMapper mapper = ExposureJson.newMapper();

    private static String golden(String name) {
        String text = Fixtures.resource(name);
        assertThat(text).endsWith("\n");
        return text.substring(0, text.length() - 1);
    }

    // ------------------------------------------------------------------------------------------ hand-built values

    /** The sheet of golden-sheet-gex.json and golden-sheet-dex.json, every greek set in every row. */
    static StrikeSheet sheet(int skipped) {
        return new StrikeSheet("SPY", 597.5, Fixtures.AS_OF, List.of(
                new StrikeExposure(590, new Exposure(2.5e8, 7, 8, 9), new Exposure(-4.1e8, -7, 1, 2),
                        new Exposure(-1.6e8, 0, 9, 11), 12000, 31000.5),
                new StrikeExposure(600.5, new Exposure(0.1 + 0.2, 1e-7, 0, 0), Exposure.ZERO,
                        new Exposure(0.1 + 0.2, 1e-7, 0, 0), 0, 0),
                new StrikeExposure(610, new Exposure(1.66e9, 1, 1, 1), new Exposure(-1e-7, -1, 0, 0),
                        new Exposure(1.66e9, 0, 1, 1), 4, 1)),
                new Exposure(1.5e9, -1.2e8, 8.5e7, 3.8e8), skipped);
    }

    static ExposureSheet negativeGex() {
        return new ExposureSheet(Greek.GEX, new StrikeSheet("QQQ", 521.3, Fixtures.AS_OF, List.of(
                new StrikeExposure(520, new Exposure(1e6, 5, 5, 5), new Exposure(-3e6, 5, 5, 5),
                        new Exposure(-2e6, 10, 10, 10), 10, 20)), new Exposure(-2e6, 1, 2, 3), 0),
                OptionalDouble.empty());
    }

    static GammaProfile profile() {
        return new GammaProfile("SPY", 597.5, Fixtures.AS_OF, List.of(new ProfilePoint(478, -2.1e9),
                new ProfilePoint(597.5, 0.5), new ProfilePoint(717, 1.25e9)), OptionalDouble.of(590.25));
    }

    static ExposureLevels levels() {
        return new ExposureLevels("SPY", 597.5, Fixtures.AS_OF, OptionalDouble.of(590.25), OptionalDouble.of(610),
                OptionalDouble.of(575), OptionalDouble.of(600), OptionalDouble.of(580), OptionalDouble.of(600),
                Optional.of(new ZeroDte(LocalDate.of(2026, 5, 29), new Exposure(3.2e8, -5e7, 2.5e7, 1.8e8), 10.91,
                        595)));
    }

    static ExposureLevels emptyLevels() {
        OptionalDouble none = OptionalDouble.empty();
        return new ExposureLevels("IWM", 209.85, Fixtures.AS_OF, none, none, none, none, none, none,
                Optional.empty());
    }

    // ---------------------------------------------------------------------------------------------- golden files

    @Test
    void gexSheet_handBuilt_matchesGoldenFile_andReadsBack() throws Exception {
        ExposureSheet s = new ExposureSheet(Greek.GEX, sheet(0), OptionalDouble.of(590.25));
        assertThat(mapper.writeValueAsString(s)).isEqualTo(golden("golden-sheet-gex.json"));
        assertThat(mapper.readValue(golden("golden-sheet-gex.json"), ExposureSheet.class)).isEqualTo(s);
    }

    @Test
    void dexSheet_handBuilt_matchesGoldenFile_andReadsBack() throws Exception {
        ExposureSheet s = new ExposureSheet(Greek.DEX, sheet(3), OptionalDouble.empty());
        assertThat(mapper.writeValueAsString(s)).isEqualTo(golden("golden-sheet-dex.json"));
        assertThat(mapper.readValue(golden("golden-sheet-dex.json"), ExposureSheet.class)).isEqualTo(s);
    }

    @Test
    void gexSheet_negativeTotalWithoutFlip_isLabelledNegativeWithNullFlip() throws Exception {
        assertThat(mapper.writeValueAsString(negativeGex())).isEqualTo(golden("golden-sheet-gex-negative.json"));
        assertThat(mapper.readValue(golden("golden-sheet-gex-negative.json"), ExposureSheet.class))
                .isEqualTo(negativeGex());
    }

    @Test
    void profile_handBuilt_matchesGoldenFile_andReadsBack() throws Exception {
        assertThat(mapper.writeValueAsString(profile())).isEqualTo(golden("golden-profile.json"));
        assertThat(mapper.readValue(golden("golden-profile.json"), GammaProfile.class)).isEqualTo(profile());
        assertThat(mapper.writeValueAsString(new ProfilePoint(597.5, 0.5))).isEqualTo("{\"spot\":597.5,"
                + "\"net_gex\":0.5}");
        assertThat(mapper.readValue("{\"net_gex\":-1,\"spot\":2}", ProfilePoint.class))
                .isEqualTo(new ProfilePoint(2, -1));
    }

    @Test
    void levels_handBuilt_matchesGoldenFile_andReadsBackWithTheMagnetOnly() throws Exception {
        assertThat(mapper.writeValueAsString(levels())).isEqualTo(golden("golden-levels.json"));
        assertThat(mapper.readValue(golden("golden-levels.json"), ExposureLevels.class))
                .isEqualTo(withMagnetOnly(levels()));
    }

    /** What the published shape keeps of a same-day summary: the magnet, on the as-of date in New York. */
    static ExposureLevels withMagnetOnly(ExposureLevels l) {
        return new ExposureLevels(l.symbol(), l.underlyingPrice(), l.asOf(), l.gammaFlip(), l.callWall(),
                l.putWall(), l.maxPositiveGamma(), l.maxNegativeGamma(), l.highestOiStrike(),
                l.zeroDte().map(z -> new ZeroDte(LocalDate.ofInstant(l.asOf(), java.time.ZoneId.of(
                        "America/New_York")), Exposure.ZERO, 0, z.magnet())));
    }

    @Test
    void levels_allEmpty_areNullsWithoutZeroDte() throws Exception {
        assertThat(mapper.writeValueAsString(emptyLevels())).isEqualTo(golden("golden-levels-empty.json"));
        assertThat(mapper.readValue(golden("golden-levels-empty.json"), ExposureLevels.class))
                .isEqualTo(emptyLevels());
    }

    // -------------------------------------------------------------------------------------- the one-greek value

    @ParameterizedTest
    @ValueSource(strings = {"GEX", "DEX", "VEX", "CHEX"})
    void exposureSheet_keepsOnlyItsGreek(String code) {
        Greek g = Greek.valueOf(code);
        ExposureSheet s = new ExposureSheet(g, sheet(0), OptionalDouble.empty());
        StrikeSheet full = sheet(0);
        for (int i = 0; i < full.strikes().size(); i++) {
            StrikeExposure r = s.sheet().strikes().get(i);
            StrikeExposure f = full.strikes().get(i);
            for (Greek other : Greek.values()) {
                double expectedCalls = other == g ? other.of(f.calls()) : 0;
                assertThat(other.of(r.calls())).isEqualTo(expectedCalls);
                assertThat(other.of(r.puts())).isEqualTo(other == g ? other.of(f.puts()) : 0);
                assertThat(other.of(r.net())).isEqualTo(other == g ? other.of(f.net()) : 0);
            }
            assertThat(r.strike()).isEqualTo(f.strike());
            assertThat(r.callOpenInterest()).isEqualTo(f.callOpenInterest());
        }
        assertThat(g.of(s.sheet().total())).isEqualTo(g.of(full.total()));
    }

    @Test
    void exposureSheet_flipOnAnotherGreek_isRejected() {
        assertThatThrownBy(() -> new ExposureSheet(Greek.VEX, sheet(0), OptionalDouble.of(590)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gammaFlip");
        assertThatThrownBy(() -> new ExposureSheet(Greek.GEX, sheet(0), OptionalDouble.of(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gammaFlip");
    }

    // ------------------------------------------------------------------- the library's own results, real chains

    static Stream<Arguments> conventions() {
        Conventions d = Conventions.defaults();
        return Stream.of(Arguments.of("SPY", d), Arguments.of("AAPL", d),
                Arguments.of("QQQ", d.withTimeBasis(TimeBasis.weekdays(262, true))),
                Arguments.of("NVDA", d.withGexUnit(GexUnit.PER_POINT)),
                Arguments.of("IWM", d.withTimeBasis(TimeBasis.weekdays(252, false)).withGexUnit(GexUnit.PER_POINT)));
    }

    @ParameterizedTest
    @MethodSource("conventions")
    void librarysSheets_roundTripExactly_andCarryTheCoresFigures(String symbol, Conventions c) throws Exception {
        OptionChain chain = SampleChains.chain(symbol);
        StrikeSheet core = new StrikeSheetBuilder(c).build(chain);
        OptionalDouble flip = new GammaProfileBuilder(c).build(chain).gammaFlip();
        for (Greek g : Greek.values()) {
            ExposureSheet s = ExposureSheet.of(g, chain, c);
            String json = mapper.writeValueAsString(s);
            assertThat(mapper.readValue(json, ExposureSheet.class)).isEqualTo(s);
            JsonNode tree = mapper.readTree(json);
            String code = g.code();
            assertThat(tree.get("net_" + code).doubleValue()).isEqualTo(g.of(core.total()));
            assertThat(tree.has("gamma_flip")).isEqualTo(g == Greek.GEX);
            if (g == Greek.GEX) {
                assertThat(tree.get("gamma_flip").doubleValue()).isEqualTo(flip.getAsDouble());
                assertThat(tree.get("net_gex_label").asText())
                        .isEqualTo(core.total().netGex() >= 0 ? "positive" : "negative");
            }
            JsonNode rows = tree.get("strikes");
            assertThat(rows.size()).isEqualTo(core.strikes().size()).isPositive();
            for (int i = 0; i < rows.size(); i++) {
                StrikeExposure r = core.strikes().get(i);
                JsonNode row = rows.get(i);
                assertThat(row.get("strike").doubleValue()).isEqualTo(r.strike());
                assertThat(row.get("call_" + code).doubleValue()).isEqualTo(g.of(r.calls()));
                assertThat(row.get("put_" + code).doubleValue()).isEqualTo(g.of(r.puts()));
                assertThat(row.get("net_" + code).doubleValue()).isEqualTo(g.of(r.net()));
                assertThat(row.get("call_oi").doubleValue()).isEqualTo(r.callOpenInterest());
                assertThat(row.get("put_oi").doubleValue()).isEqualTo(r.putOpenInterest());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("conventions")
    void librarysProfilesAndLevels_roundTripExactly(String symbol, Conventions c) throws Exception {
        OptionChain chain = SampleChains.chain(symbol);
        GammaProfile profile = new GammaProfileBuilder(c).build(chain);
        assertThat(mapper.readValue(mapper.writeValueAsString(profile), GammaProfile.class)).isEqualTo(profile);
        GammaProfile custom = new GammaProfileBuilder(c).build(chain, 0.5 * chain.underlyingPrice(),
                1.5 * chain.underlyingPrice(), 7);
        assertThat(mapper.readValue(mapper.writeValueAsString(custom), GammaProfile.class)).isEqualTo(custom);
        ExposureLevels levels = new LevelsBuilder(c).build(chain);
        String json = mapper.writeValueAsString(levels);
        assertThat(mapper.readValue(json, ExposureLevels.class)).isEqualTo(withMagnetOnly(levels));
        assertThat(mapper.readTree(json).fieldNames()).toIterable()
                .containsExactly("symbol", "underlying_price", "as_of", "levels");
        JsonNode l = mapper.readTree(json).get("levels");
        assertThat(l.get("call_wall").doubleValue()).isEqualTo(levels.callWall().getAsDouble());
        assertThat(l.get("zero_dte_magnet").isNull()).isEqualTo(levels.zeroDte().isEmpty());
    }

    @Test
    void oneExpiration_isTheCoresSheetOfThatExpiration_withTheFlipOfItsContractsAlone() throws Exception {
        OptionChain chain = SampleChains.chain("SPY");
        LocalDate june = LocalDate.of(2026, 6, 18);
        Conventions c = Conventions.defaults();
        ExposureSheet s = ExposureSheet.of(Greek.GEX, chain, c, june);
        assertThat(s).isEqualTo(new ExposureSheet(Greek.GEX, new StrikeSheetBuilder(c).build(chain, june::equals),
                new GammaProfileBuilder(c).build(expiryOnly(chain, june)).gammaFlip()));
        assertThat(s.sheet().strikes()).isNotEmpty();
        assertThat(s.sheet().total().netGex()).isNotEqualTo(ExposureSheet.of(Greek.GEX, chain, c).sheet().total()
                .netGex());
        ExposureSheet none = ExposureSheet.of(Greek.GEX, chain, c, LocalDate.of(2099, 1, 2));
        assertThat(none.sheet().strikes()).isEmpty();
        assertThat(none.gammaFlip()).isEmpty();
        assertThat(mapper.readValue(mapper.writeValueAsString(none), ExposureSheet.class)).isEqualTo(none);
    }

    /** The test's own restriction of a chain to one expiration. */
    private static OptionChain expiryOnly(OptionChain c, LocalDate d) {
        OptionChain.Builder b = OptionChain.builder(c.symbol(), c.underlyingPrice(), c.asOf())
                .riskFreeRate(c.riskFreeRate()).dividendYield(c.dividendYield())
                .contractMultiplier(c.contractMultiplier());
        int n = 0;
        for (int i = 0; i < c.size(); i++) {
            if (c.expiration(i).equals(d)) {
                b.add(c.type(i), d, c.strike(i), c.openInterest(i), c.impliedVolatility(i));
                n++;
            }
        }
        assertThat(n).isPositive();
        return b.build();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, 500, 5000, 20000, 1e12})
    void withMinOpenInterest_dropsThinRowsOnly_totalAndFlipUnchanged(double min) {
        ExposureSheet full = ExposureSheet.of(Greek.GEX, SampleChains.chain("SPY"), Conventions.defaults());
        ExposureSheet thin = full.withMinOpenInterest(min);
        List<StrikeExposure> expected = new ArrayList<>();
        for (StrikeExposure r : full.sheet().strikes()) {
            if (r.callOpenInterest() + r.putOpenInterest() >= min) {
                expected.add(r);
            }
        }
        assertThat(thin.sheet().strikes()).isEqualTo(expected);
        assertThat(thin.sheet().total()).isEqualTo(full.sheet().total());
        assertThat(thin.gammaFlip()).isEqualTo(full.gammaFlip());
        assertThat(thin.sheet().skippedContracts()).isEqualTo(full.sheet().skippedContracts());
        if (min == 500) {
            assertThat(expected.size()).isStrictlyBetween(0, full.sheet().strikes().size());
        }
    }

    // ------------------------------------------------------------------------------------------- rejected input

    @ParameterizedTest
    @ValueSource(strings = {
        // label disagreeing with the total
        "{\"symbol\":\"S\",\"underlying_price\":1,\"as_of\":\"2026-05-29T15:30:00Z\",\"gamma_flip\":null,"
            + "\"net_gex\":-1,\"net_gex_label\":\"positive\",\"strikes\":[]}|net_gex_label",
        // two totals
        "{\"symbol\":\"S\",\"underlying_price\":1,\"as_of\":\"2026-05-29T15:30:00Z\",\"net_dex\":1,\"net_vex\":1,"
            + "\"strikes\":[]}|net_vex",
        // flip on a DEX sheet
        "{\"symbol\":\"S\",\"underlying_price\":1,\"as_of\":\"2026-05-29T15:30:00Z\",\"gamma_flip\":1,"
            + "\"net_dex\":1,\"strikes\":[]}|gamma_flip",
        // GEX sheet without its label
        "{\"symbol\":\"S\",\"underlying_price\":1,\"as_of\":\"2026-05-29T15:30:00Z\",\"gamma_flip\":1,"
            + "\"net_gex\":1,\"strikes\":[]}|net_gex_label",
        // no total at all
        "{\"symbol\":\"S\",\"underlying_price\":1,\"as_of\":\"2026-05-29T15:30:00Z\",\"strikes\":[]}|net_gex",
        // a DEX row in a GEX sheet
        "{\"symbol\":\"S\",\"underlying_price\":1,\"as_of\":\"2026-05-29T15:30:00Z\",\"gamma_flip\":null,"
            + "\"net_gex\":1,\"net_gex_label\":\"positive\",\"strikes\":[{\"strike\":1,\"call_dex\":1,"
            + "\"put_dex\":1,\"net_dex\":1,\"call_oi\":1,\"put_oi\":1}]}|strikes[0]",
        // a row mixing greeks
        "{\"symbol\":\"S\",\"underlying_price\":1,\"as_of\":\"2026-05-29T15:30:00Z\",\"net_dex\":1,\"strikes\":"
            + "[{\"strike\":1,\"call_dex\":1,\"put_gex\":1,\"net_dex\":1,\"call_oi\":1,\"put_oi\":1}]}"
            + "|strikes[0].put_gex",
        // a row without its put
        "{\"symbol\":\"S\",\"underlying_price\":1,\"as_of\":\"2026-05-29T15:30:00Z\",\"net_dex\":1,\"strikes\":"
            + "[{\"strike\":1,\"call_dex\":1,\"net_dex\":1,\"call_oi\":1,\"put_oi\":1}]}|put_dex",
        // a null total
        "{\"symbol\":\"S\",\"underlying_price\":1,\"as_of\":\"2026-05-29T15:30:00Z\",\"net_dex\":null,"
            + "\"strikes\":[]}|net_dex",
        // a negative open interest (the core's own check)
        "{\"symbol\":\"S\",\"underlying_price\":1,\"as_of\":\"2026-05-29T15:30:00Z\",\"net_dex\":1,\"strikes\":"
            + "[{\"strike\":1,\"call_dex\":1,\"put_dex\":1,\"net_dex\":1,\"call_oi\":-1,\"put_oi\":1}]}"
            + "|callOpenInterest",
        // an unknown field
        "{\"symbol\":\"S\",\"underlying_price\":1,\"as_of\":\"2026-05-29T15:30:00Z\",\"net_dex\":1,\"strikes\":[],"
            + "\"net_dex_label\":\"positive\"}|net_dex_label"})
    void exposureSheet_malformed_isRejectedNamingTheField(String caseText) {
        String json = caseText.substring(0, caseText.lastIndexOf('|'));
        String field = caseText.substring(caseText.lastIndexOf('|') + 1);
        assertThatThrownBy(() -> mapper.readValue(json, ExposureSheet.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining(field);
    }

    @Test
    void levels_malformed_isRejectedNamingTheField() throws Exception {
        String extra = golden("golden-levels.json").replace("}}", "},\"zero_dte\":{}}");
        assertThatThrownBy(() -> mapper.readValue(extra, ExposureLevels.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("zero_dte");
        String missingLevel = golden("golden-levels-empty.json").replace("\"put_wall\":null,", "");
        assertThatThrownBy(() -> mapper.readValue(missingLevel, ExposureLevels.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("put_wall");
        String stringLevel = golden("golden-levels-empty.json").replace("\"put_wall\":null", "\"put_wall\":\"1\"");
        assertThatThrownBy(() -> mapper.readValue(stringLevel, ExposureLevels.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("levels.put_wall");
    }

    @Test
    void profile_malformed_isRejectedNamingTheField() {
        String g = golden("golden-profile.json");
        assertThatThrownBy(() -> mapper.readValue(g.replace(",\"gamma_flip\":590.25", ""), GammaProfile.class))
                .hasMessageContaining("gamma_flip");
        assertThatThrownBy(() -> mapper.readValue(g.replace("{\"spot\":597.5,", "{\"spot\":-1,"), GammaProfile.class))
                .isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue(g.replace("\"net_gex\":0.5", "\"net_gex\":\"0.5\""),
                GammaProfile.class)).hasMessageContaining("profile[1].net_gex");
        assertThatThrownBy(() -> mapper.readValue(g.replace("{\"spot\":717", "{\"spot\":500"), GammaProfile.class))
                .hasMessageContaining("ascending");
    }
}
