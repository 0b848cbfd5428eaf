package dev.exposure.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exposure.Conventions;
import dev.exposure.ExposureLevels;
import dev.exposure.GammaProfileBuilder;
import dev.exposure.GexUnit;
import dev.exposure.Greek;
import dev.exposure.LevelsBuilder;
import dev.exposure.OptionChain;
import dev.exposure.StrikeSheet;
import dev.exposure.StrikeSheetBuilder;
import dev.exposure.TermStructure;
import dev.exposure.TermStructureBuilder;
import dev.exposure.cli.SharedData;
import dev.exposure.jackson.ChainFiles;
import dev.exposure.jackson.samples.SampleChains;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartsTest {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 520;
    private static final ChartOptions OPTIONS = ChartOptions.defaults().withSize(WIDTH, HEIGHT);

    private static OptionChain spy;
    private static OptionChain spx;

    @BeforeAll
    static void loadChains() {
        spy = SampleChains.chain("SPY");
        List<OptionChain> read = ChainFiles.read(SharedData.data(SharedData.SPX_2024_01_07));
        assertThat(read).hasSize(1);
        spx = read.get(0);
    }

    /** A price as the charts must show it, formatted here with String.format rather than DecimalFormat. */
    private static String price(double p) {
        return p == Math.rint(p) ? String.format(Locale.ROOT, "%,.0f", p) : String.format(Locale.ROOT, "%,.2f", p);
    }

    private static byte[] png(ExposureChart chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chart.writePng(out);
        return out.toByteArray();
    }

    private static byte[] svg(ExposureChart chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chart.writeSvg(out);
        return out.toByteArray();
    }

    static Stream<Arguments> symbols() {
        return Stream.of(Arguments.of("SPY"), Arguments.of("SPX"));
    }

    private static OptionChain chain(String symbol) {
        return symbol.equals("SPX") ? spx : spy;
    }

    @Test
    void graphicsEnvironment_underTheBuild_isHeadless() {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("symbols")
    void gexByStrike_png_decodesAtTheSizeWithCallAndPutBars(String symbol) {
        OptionChain c = chain(symbol);
        ExposureChart chart = Charts.gexByStrike(new StrikeSheetBuilder().build(c), new LevelsBuilder().build(c),
                OPTIONS);
        BufferedImage image = Pictures.png(png(chart));
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        assertThat(Pictures.luminanceVariance(image)).isGreaterThan(Pictures.MIN_VARIANCE);
        // bars are flat fills: their inner pixels have exactly the series colours
        int area = WIDTH * HEIGHT;
        assertThat(Pictures.pixelsOf(image, Style.CALLS, 0)).isGreaterThan(area / 500);
        assertThat(Pictures.pixelsOf(image, Style.PUTS, 0)).isGreaterThan(area / 500);
    }

    @ParameterizedTest
    @MethodSource("symbols")
    void gexByStrike_svg_holdsTitleUnitsAndEveryLevelLabel(String symbol) {
        OptionChain c = chain(symbol);
        ExposureLevels levels = new LevelsBuilder().build(c);
        ExposureChart chart = Charts.gexByStrike(new StrikeSheetBuilder().build(c), levels, OPTIONS);
        Document doc = Pictures.svg(svg(chart));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(Double.parseDouble(root.getAttribute("width"))).isEqualTo(WIDTH);
        assertThat(Double.parseDouble(root.getAttribute("height"))).isEqualTo(HEIGHT);
        assertThat(root.getAttribute("viewBox").split("\\s+")).containsExactly("0", "0", "900", "520");
        List<String> texts = Pictures.texts(doc);
        assertThat(texts).contains(symbol + " gamma exposure by strike", "Call GEX", "Put GEX", "Net GEX",
                "Strike (USD)", "GEX (USD per 1% move)");
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("as of ").contains("New York · spot ",
                "· USD per 1% move"));
        assertThat(texts).contains("Spot " + price(c.underlyingPrice()));
        assertThat(levels.callWall()).isPresent();
        assertThat(levels.putWall()).isPresent();
        assertThat(levels.gammaFlip()).isPresent();
        assertThat(texts).contains("Call wall " + price(levels.callWall().getAsDouble()),
                "Put wall " + price(levels.putWall().getAsDouble()),
                "Flip " + price(levels.gammaFlip().getAsDouble()));
    }

    @Test
    void gexByStrike_realSpxFile_titleSaysSymbolNewYorkTimeAndUnits() {
        // the file: "Last: 4697.2402", "Date: January 7, 2024 at 10:52 AM EST"; its walls (SPEC levels, checked by
        // hand against the strike sheet) are 4800 (calls) and 4700 (puts)
        ExposureLevels levels = new LevelsBuilder().build(spx);
        ExposureChart chart = Charts.gexByStrike(new StrikeSheetBuilder().build(spx), levels, OPTIONS);
        assertThat(chart.title()).isEqualTo("SPX gamma exposure by strike");
        assertThat(chart.subtitle()).isEqualTo("as of 2024-01-07 10:52 New York · spot 4,697.24 · USD per 1% move");
        List<String> texts = Pictures.texts(Pictures.svg(svg(chart)));
        assertThat(texts).contains(chart.title(), chart.subtitle(), "Spot 4,697.24", "Call wall 4,800",
                "Put wall 4,700");
        // strike ticks as plain numbers with a thousands separator
        assertThat(texts).contains("4,700", "4,800");
    }

    @Test
    void gexByStrike_perPointUnit_saysSo() {
        Conventions perPoint = Conventions.defaults().withGexUnit(GexUnit.PER_POINT);
        ExposureChart chart = Charts.gexByStrike(new StrikeSheetBuilder(perPoint).build(spy),
                new LevelsBuilder(perPoint).build(spy), OPTIONS.withGexUnit(GexUnit.PER_POINT));
        assertThat(chart.subtitle()).contains("· USD per 1.00 move");
        assertThat(Pictures.texts(Pictures.svg(svg(chart)))).contains("GEX (USD per 1.00 move)");
    }

    @Test
    void gexByStrike_fixedStrikeRange_drawsOnlyLevelsInside() {
        ExposureLevels levels = new LevelsBuilder().build(spx);
        // 4,650 to 4,760 holds the spot, the put wall and the flip but not the call wall at 4,800
        ExposureChart chart = Charts.gexByStrike(new StrikeSheetBuilder().build(spx), levels,
                OPTIONS.withStrikeRange(4650, 4760));
        List<String> texts = Pictures.texts(Pictures.svg(svg(chart)));
        assertThat(texts).contains("Spot 4,697.24", "Put wall 4,700",
                "Flip " + price(levels.gammaFlip().getAsDouble()));
        assertThat(texts).noneMatch(t -> t.startsWith("Call wall"));
        assertThat(texts).contains("4,660", "4,740").doesNotContain("4,640", "4,780");
    }

    @Test
    void gexByStrike_levelsOfAnotherChain_rejected() {
        StrikeSheet sheet = new StrikeSheetBuilder().build(spy);
        ExposureLevels qqq = new LevelsBuilder().build(SampleChains.chain("QQQ"));
        assertThatThrownBy(() -> Charts.gexByStrike(sheet, qqq, OPTIONS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("QQQ").hasMessageContaining("SPY");
    }

    @ParameterizedTest
    @MethodSource("symbols")
    void gammaProfile_sampleAndRealChain_showsCurveShadingSpotAndFlip(String symbol) {
        OptionChain c = chain(symbol);
        var profile = new GammaProfileBuilder().build(c);
        ExposureChart chart = Charts.gammaProfile(profile, OPTIONS);
        BufferedImage image = Pictures.png(png(chart));
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        assertThat(Pictures.luminanceVariance(image)).isGreaterThan(Pictures.MIN_VARIANCE);
        assertThat(Pictures.pixelsOf(image, Style.NET, 0)).isGreaterThan(100);
        List<String> texts = Pictures.texts(Pictures.svg(svg(chart)));
        assertThat(texts).contains(symbol + " gamma profile", "Net GEX (USD per 1% move)",
                "Spot " + price(c.underlyingPrice()));
        assertThat(profile.gammaFlip()).isPresent();
        assertThat(texts).contains("Flip " + price(profile.gammaFlip().getAsDouble()));
        // both signs occur on these profiles (a flip lies inside), so both shadings show
        int area = WIDTH * HEIGHT;
        assertThat(Pictures.pixelsOf(image, Pictures.onWhite(Style.LONG_GAMMA), 2)).isGreaterThan(area / 200);
        assertThat(Pictures.pixelsOf(image, Pictures.onWhite(Style.SHORT_GAMMA), 2)).isGreaterThan(area / 200);
    }

    @Test
    void gammaProfile_realSpxFile_flipLabelledWhereTheCurveCrossesZero() {
        var profile = new GammaProfileBuilder().build(spx);
        // the flip must lie between the two grid points where the sampled curve changes sign nearest to spot
        var points = profile.points();
        double flip = profile.gammaFlip().getAsDouble();
        boolean bracketed = false;
        for (int k = 0; k + 1 < points.size(); k++) {
            if (Math.signum(points.get(k).netGex()) != Math.signum(points.get(k + 1).netGex())
                    && points.get(k).spot() <= flip && flip <= points.get(k + 1).spot()) {
                bracketed = true;
            }
        }
        assertThat(bracketed).isTrue();
        ExposureChart chart = Charts.gammaProfile(profile, OPTIONS);
        assertThat(Pictures.texts(Pictures.svg(svg(chart)))).contains("Flip " + price(flip));
    }

    @ParameterizedTest
    @MethodSource("symbols")
    void termStructure_pngShowsAllThreeKindsOfExpiry_svgHoldsLegend(String symbol) {
        OptionChain c = chain(symbol);
        TermStructure ts = new TermStructureBuilder().build(c);
        assertThat(ts.byExpiry()).anyMatch(e -> e.isTripleWitching());
        assertThat(ts.byExpiry()).anyMatch(e -> e.isOpex() && !e.isTripleWitching());
        ExposureChart chart = Charts.termStructure(ts, OPTIONS);
        BufferedImage image = Pictures.png(png(chart));
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        assertThat(Pictures.luminanceVariance(image)).isGreaterThan(Pictures.MIN_VARIANCE);
        assertThat(Pictures.pixelsOf(image, Style.EXPIRY, 0)).isGreaterThan(200);
        assertThat(Pictures.pixelsOf(image, Style.OPEX, 0)).isGreaterThan(200);
        assertThat(Pictures.pixelsOf(image, Style.TRIPLE_WITCHING, 0)).isGreaterThan(200);
        List<String> texts = Pictures.texts(Pictures.svg(svg(chart)));
        assertThat(texts).contains(symbol + " gamma exposure by expiration", TermChart.PLAIN, TermChart.OPEX,
                TermChart.TRIPLE_WITCHING, "Net GEX (USD per 1% move)");
        // every expiry is a category label, ISO dates
        for (var e : ts.byExpiry()) {
            assertThat(texts).contains(e.expiration().toString());
        }
    }

    @Test
    void termStructure_realSpxFile_expiredFridayLeftOutAndMarchTripleWitchingShown() {
        TermStructure ts = new TermStructureBuilder().build(spx);
        List<String> texts = Pictures.texts(Pictures.svg(svg(Charts.termStructure(ts, OPTIONS))));
        // downloaded on Sunday 2024-01-07: Friday 2024-01-05 has expired; 2024-01-19 is January's OPEX and
        // 2024-03-15 the March triple witching (third Fridays)
        assertThat(texts).doesNotContain("2024-01-05").contains("2024-01-08", "2024-01-19", "2024-03-15");
        assertThat(ts.byExpiry()).filteredOn(e -> e.expiration().toString().equals("2024-03-15"))
                .singleElement().satisfies(e -> assertThat(e.isTripleWitching()).isTrue());
    }

    @Test
    void byStrike_everyGreek_hasItsUnitAndNoLevelLines() {
        StrikeSheet sheet = new StrikeSheetBuilder().build(spy);
        String[][] expected = {
            {"DEX", "USD"},
            {"VEX", "USD per 1.00 change of implied volatility"},
            {"CHEX", "USD per calendar day"},
            {"GEX", "USD per 1% move"},
        };
        for (String[] e : expected) {
            ExposureChart chart = Charts.byStrike(sheet, Greek.ofCode(e[0]), OPTIONS);
            assertThat(chart.subtitle()).endsWith("· " + e[1]);
            List<String> texts = Pictures.texts(Pictures.svg(svg(chart)));
            assertThat(texts).contains(e[0] + " (" + e[1] + ")", "Call " + e[0], "Put " + e[0], "Net " + e[0],
                    "Spot 597.50");
            assertThat(texts).noneMatch(t -> t.startsWith("Call wall") || t.startsWith("Flip"));
        }
    }

    @Test
    void byStrike_callsAndPutsOfOneSign_standSideBySide() {
        // VEX: calls and puts take both signs, so bars stand side by side and both colours remain visible
        ExposureChart chart = Charts.byStrike(new StrikeSheetBuilder().build(spy), Greek.VEX, OPTIONS);
        BufferedImage image = Pictures.png(png(chart));
        assertThat(Pictures.pixelsOf(image, Style.CALLS, 0)).isGreaterThan(WIDTH * HEIGHT / 500);
        assertThat(Pictures.pixelsOf(image, Style.PUTS, 0)).isGreaterThan(WIDTH * HEIGHT / 500);
    }

    static Stream<Arguments> locales() {
        return Stream.of(Arguments.of(Locale.GERMANY), Arguments.of(Locale.forLanguageTag("tr-TR")),
                Arguments.of(Locale.forLanguageTag("ar-EG")), Arguments.of(Locale.forLanguageTag("hi-IN-u-nu-deva")));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyChart_anyDefaultLocale_sameTextsAsUnderRoot(Locale locale) {
        List<Function<ChartOptions, ExposureChart>> charts = List.of(
            o -> Charts.gexByStrike(new StrikeSheetBuilder().build(spx), new LevelsBuilder().build(spx), o),
            o -> Charts.gammaProfile(new GammaProfileBuilder().build(spx), o),
            o -> Charts.termStructure(new TermStructureBuilder().build(spx), o));
        Locale saved = Locale.getDefault();
        for (Function<ChartOptions, ExposureChart> make : charts) {
            List<String> root;
            List<String> other;
            byte[] otherSvg;
            try {
                Locale.setDefault(Locale.ROOT);
                root = Pictures.texts(Pictures.svg(svg(make.apply(OPTIONS))));
                Locale.setDefault(locale);
                otherSvg = svg(make.apply(OPTIONS));
                other = Pictures.texts(Pictures.svg(otherSvg));
            } finally {
                Locale.setDefault(saved);
            }
            assertThat(other).isEqualTo(root);
            // numbers in the geometry too: no decimal commas or native digits in coordinates
            String text = new String(otherSvg, StandardCharsets.UTF_8);
            assertThat(text).doesNotContainPattern("(x|y|width|height)=\"-?[0-9]+,[0-9]");
            assertThat(text).doesNotContainPattern("[\\u0660-\\u0669\\u0966-\\u096f]");
        }
    }

    @Test
    void amountTicks_realSpxFile_useSuffixes() {
        ExposureChart chart = Charts.gexByStrike(new StrikeSheetBuilder().build(spx), new LevelsBuilder().build(spx),
                OPTIONS);
        List<String> texts = Pictures.texts(Pictures.svg(svg(chart)));
        // the SPX strike sheet spans about -9e9 .. +9e9 per strike: ticks in billions, 0 in the middle
        assertThat(texts).contains("0").anyMatch(t -> t.matches("-?[0-9]+B"));
        assertThat(texts).noneMatch(t -> t.matches("-?[0-9]{1,3}(,[0-9]{3}){2,}(\\.[0-9]+)?"));
    }

    @Test
    void write_eitherFormat_writesThatFormat() {
        ExposureChart chart = Charts.termStructure(new TermStructureBuilder().build(spy), Greek.DEX, OPTIONS);
        ByteArrayOutputStream viaFormat = new ByteArrayOutputStream();
        chart.write(viaFormat, ChartFormat.SVG);
        String svg = new String(viaFormat.toByteArray(), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<?xml").contains("SPY delta exposure by expiration");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        chart.write(png, ChartFormat.PNG);
        assertThat(png.toByteArray()).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        BufferedImage image = chart.toImage();
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
    }

    @Test
    void toSvg_sameViewsTwice_identicalDocumentsWithoutDoctype() {
        String first = Charts.gexByStrike(new StrikeSheetBuilder().build(spx), new LevelsBuilder().build(spx),
                OPTIONS).toSvg();
        ExposureChart again = Charts.gexByStrike(new StrikeSheetBuilder().build(spx), new LevelsBuilder().build(spx),
                OPTIONS);
        again.toImage(); // drawing in between changes nothing
        assertThat(again.toSvg()).isEqualTo(first);
        assertThat(first).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ").doesNotContain("<!DOCTYPE");
        // coordinates carry at most two decimals and never an exponent
        assertThat(first).doesNotContainPattern("[xy]='-?[0-9]+\\.[0-9]{3,}'").doesNotContainPattern("[0-9]E-?[0-9]");
    }

    @Test
    void nullArguments_namedInTheException() {
        StrikeSheet sheet = new StrikeSheetBuilder().build(spy);
        ExposureLevels levels = new LevelsBuilder().build(spy);
        assertThatThrownBy(() -> Charts.gexByStrike(null, levels, OPTIONS)).hasMessage("sheet");
        assertThatThrownBy(() -> Charts.gexByStrike(sheet, null, OPTIONS)).hasMessage("levels");
        assertThatThrownBy(() -> Charts.gexByStrike(sheet, levels, null)).hasMessage("options");
        assertThatThrownBy(() -> Charts.byStrike(sheet, null, OPTIONS)).hasMessage("greek");
        assertThatThrownBy(() -> Charts.gammaProfile(null, OPTIONS)).hasMessage("profile");
        assertThatThrownBy(() -> Charts.termStructure(null, OPTIONS)).hasMessage("termStructure");
        assertThatThrownBy(() -> Charts.termStructure(new TermStructureBuilder().build(spy), OPTIONS).writePng(null))
                .isInstanceOf(NullPointerException.class).hasMessage("out");
    }

    @Test
    void levels_realSpxFile_wallsAreTheStrikesOfTheLargestCallAndPutGex() {
        // guard for the label tests above (a level missing would make them vacuous), by a scan of the sheet
        StrikeSheet sheet = new StrikeSheetBuilder().build(spx);
        double callBest = 0;
        double putBest = 0;
        double callStrike = Double.NaN;
        double putStrike = Double.NaN;
        for (var row : sheet.strikes()) {
            if (row.calls().netGex() > callBest) {
                callBest = row.calls().netGex();
                callStrike = row.strike();
            }
            if (row.puts().netGex() < putBest) {
                putBest = row.puts().netGex();
                putStrike = row.strike();
            }
        }
        assertThat(callStrike).isEqualTo(4800.0);
        assertThat(putStrike).isEqualTo(4700.0);
        ExposureLevels levels = new LevelsBuilder().build(spx);
        assertThat(levels.callWall()).isEqualTo(OptionalDouble.of(callStrike));
        assertThat(levels.putWall()).isEqualTo(OptionalDouble.of(putStrike));
    }
}
