package dev.exposure.cli.chart;

import static dev.exposure.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exposure.Conventions;
import dev.exposure.ExposureLevels;
import dev.exposure.GexUnit;
import dev.exposure.LevelsBuilder;
import dev.exposure.OptionChain;
import dev.exposure.TimeBasis;
import dev.exposure.cli.CliRun;
import dev.exposure.cli.ExposureCli;
import dev.exposure.cli.SharedData;
import dev.exposure.jackson.samples.SampleChains;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChartCommandTest {

    @TempDir
    Path dir;

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void gex_png_writtenAtTheRequestedSizeSilently() throws Exception {
        CliRun r = run("chart", "gex", "spy", "--out", file("spy.png"), "--width", "640", "--height", "400");
        assertThat(r.code).isZero();
        assertThat(r.out).isEmpty();
        assertThat(r.err).isEmpty();
        BufferedImage image = Pictures.png(Files.readAllBytes(dir.resolve("spy.png")));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(400);
        assertThat(Pictures.luminanceVariance(image)).isGreaterThan(Pictures.MIN_VARIANCE);
    }

    @Test
    void defaultSize_is1200By700() throws Exception {
        assertThat(run("chart", "term-structure", "QQQ", "--out", file("qqq.png")).code).isZero();
        BufferedImage image = Pictures.png(Files.readAllBytes(dir.resolve("qqq.png")));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(700);
    }

    @Test
    void upperCaseSvgExtension_writesSvgWithTitleAndAllExpirationsNote() throws Exception {
        CliRun r = run("chart", "profile", "SPY", "--out", file("SPY-PROFILE.SVG"));
        assertThat(r.code).isZero();
        List<String> texts = Pictures.texts(Pictures.svg(Files.readAllBytes(dir.resolve("SPY-PROFILE.SVG"))));
        assertThat(texts).contains("SPY gamma profile",
                "as of 2026-05-29 11:30 New York · spot 597.50 · USD per 1% move · all expirations");
    }

    @Test
    void expiration_levelsAreThoseOfThatExpirationAlone() throws Exception {
        CliRun r = run("chart", "gex", "SPY", "--expiration", "2026-06-18", "--out", file("june.svg"));
        assertThat(r.code).isZero();
        List<String> texts = Pictures.texts(Pictures.svg(Files.readAllBytes(dir.resolve("june.svg"))));
        assertThat(texts).anySatisfy(t -> assertThat(t).endsWith("· expiration 2026-06-18"));
        // expected levels: a chain of the June contracts only, copied here contract by contract
        OptionChain spy = SampleChains.chain("SPY");
        OptionChain.Builder b = OptionChain.builder("SPY", spy.underlyingPrice(), spy.asOf())
                .riskFreeRate(spy.riskFreeRate()).dividendYield(spy.dividendYield());
        LocalDate june = LocalDate.of(2026, 6, 18);
        for (int i = 0; i < spy.size(); i++) {
            if (spy.expiration(i).equals(june)) {
                b.add(spy.type(i), june, spy.strike(i), spy.openInterest(i), spy.impliedVolatility(i));
            }
        }
        ExposureLevels levels = new LevelsBuilder().build(b.build());
        ExposureLevels all = new LevelsBuilder().build(spy);
        assertThat(levels.gammaFlip()).isPresent().isNotEqualTo(all.gammaFlip());
        assertThat(texts).contains("Call wall " + price(levels.callWall().getAsDouble()),
                "Put wall " + price(levels.putWall().getAsDouble()),
                "Flip " + price(levels.gammaFlip().getAsDouble()));
    }

    private static String price(double p) {
        return p == Math.rint(p) ? String.format(Locale.ROOT, "%,.0f", p) : String.format(Locale.ROOT, "%,.2f", p);
    }

    @Test
    void conventions_gexUnitAndTimeBasis_usedForFiguresAndLabels() throws Exception {
        CliRun r = run("chart", "gex", "SPY", "--gex-unit", "point", "--time-basis", "weekdays:262:floor", "--out",
                file("scripts.svg"));
        assertThat(r.err).isEmpty();
        assertThat(r.code).isZero();
        List<String> texts = Pictures.texts(Pictures.svg(Files.readAllBytes(dir.resolve("scripts.svg"))));
        assertThat(texts).contains("GEX (USD per 1.00 move)",
                "as of 2026-05-29 11:30 New York · spot 597.50 · USD per 1.00 move · all expirations");
        Conventions scripts = Conventions.defaults().withGexUnit(GexUnit.PER_POINT)
                .withTimeBasis(TimeBasis.weekdays(262, true));
        ExposureLevels levels = new LevelsBuilder(scripts).build(SampleChains.chain("SPY"));
        ExposureLevels calendar = new LevelsBuilder().build(SampleChains.chain("SPY"));
        assertThat(levels.gammaFlip()).isNotEqualTo(calendar.gammaFlip());
        assertThat(texts).contains("Flip " + price(levels.gammaFlip().getAsDouble()));
    }

    @Test
    void termStructure_greekOption_chartsThatGreek() throws Exception {
        assertThat(run("chart", "term-structure", "SPY", "--greek", "CHEX", "--out", file("t.svg")).code).isZero();
        List<String> texts = Pictures.texts(Pictures.svg(Files.readAllBytes(dir.resolve("t.svg"))));
        assertThat(texts).contains("SPY charm exposure by expiration", "Net CHEX (USD per calendar day)");
    }

    @Test
    void strikeRange_fixesTheStrikeAxis() throws Exception {
        assertThat(run("chart", "dex", "SPY", "--strike-range", "580:620", "--out", file("d.svg")).code).isZero();
        List<String> texts = Pictures.texts(Pictures.svg(Files.readAllBytes(dir.resolve("d.svg"))));
        assertThat(texts).contains("SPY delta exposure by strike", "580", "620").doesNotContain("575", "625");
    }

    @Test
    void realCboeFile_gexChartOfTheQuoteTable() throws Exception {
        CliRun r = run("chart", "gex", "SPX", "--chains", SharedData.data(SharedData.SPX_2024_01_07).toString(), "--out",
                file("spx.svg"), "--width", "1000", "--height", "560");
        assertThat(r.err).isEmpty();
        assertThat(r.code).isZero();
        List<String> texts = Pictures.texts(Pictures.svg(Files.readAllBytes(dir.resolve("spx.svg"))));
        // the file: "Last: 4697.2402", "Date: January 7, 2024 at 10:52 AM EST" (15:52 UTC)
        assertThat(texts).contains("SPX gamma exposure by strike",
                "as of 2024-01-07 10:52 New York · spot 4,697.24 · USD per 1% move · all expirations",
                "Spot 4,697.24", "Call wall 4,800", "Put wall 4,700");
    }

    @Test
    void readOptions_applyToTheChartedChain() throws Exception {
        CliRun r = run("chart", "term-structure", "SPX", "--chains", SharedData.data(SharedData.SPX_2024_01_07).toString(),
                "--as-of", "2024-01-05T20:00:00Z", "--underlying-price", "4700", "--out", file("spx-friday.svg"));
        assertThat(r.err).isEmpty();
        assertThat(r.code).isZero();
        List<String> texts = Pictures.texts(Pictures.svg(Files.readAllBytes(dir.resolve("spx-friday.svg"))));
        // 20:00 UTC on Friday 2024-01-05 is 15:00 in New York; that day's expiry is live then, but the file gives its
        // contracts an IV of 0 (they had expired when it was saved), so it stays out
        assertThat(texts).contains("as of 2024-01-05 15:00 New York · spot 4,700 · USD per 1% move", "2024-01-08")
                .doesNotContain("2024-01-05");
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
            Arguments.of(List.of("chart"), "chart needs a KIND"),
            Arguments.of(List.of("chart", "gex"), "chart needs a KIND"),
            Arguments.of(List.of("chart", "pie", "SPY", "--out", "x.png"), "unknown chart 'pie'"),
            Arguments.of(List.of("chart", "GEX", "SPY", "--out", "x.png"), "unknown chart 'GEX'"),
            Arguments.of(List.of("chart", "gex", " ", "--out", "x.png"), "non-blank SYMBOL"),
            Arguments.of(List.of("chart", "gex", "SPY", "QQQ", "--out", "x.png"), "unexpected argument 'QQQ'"),
            Arguments.of(List.of("chart", "gex", "SPY"), "needs --out"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x.jpg"), "--out must end in .png or .svg"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x"), "--out must end in .png or .svg"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out"), "option --out needs a value"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x.png", "--width", "199"), "--width must be"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x.png", "--width", "10001"), "--width must be"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x.png", "--width", "12.5"), "--width must be"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x.png", "--width", "-300"), "--width must be"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x.png", "--height", "abc"), "--height must be"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x.png", "--height", "99999999999"),
                    "--height must be"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x.png", "--width", "10000", "--height", "5000"),
                    "--width × --height must be at most 25000000 pixels"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x.png", "--expiration", "2026-13-01"),
                    "--expiration must be a date"),
            Arguments.of(List.of("chart", "term-structure", "SPY", "--out", "x.png", "--expiration", "2026-06-18"),
                    "--expiration does not apply to chart term-structure"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x.png", "--greek", "dex"),
                    "--greek does not apply to chart gex"),
            Arguments.of(List.of("chart", "term-structure", "SPY", "--out", "x.png", "--greek", "rho"),
                    "--greek must be gex, dex, vex or chex"),
            Arguments.of(List.of("chart", "profile", "SPY", "--out", "x.png", "--strike-range", "1:2"),
                    "--strike-range does not apply to chart profile"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x.png", "--strike-range", "600"),
                    "--strike-range must be LOW:HIGH"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x.png", "--strike-range", "620:580"),
                    "--strike-range must be LOW:HIGH"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x.png", "--strike-range", "0:580"),
                    "--strike-range must be LOW:HIGH"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x.png", "--strike-range", "NaN:580"),
                    "--strike-range must be LOW:HIGH"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x.png", "--gex-unit", "bp"),
                    "--gex-unit must be percent or point"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x.png", "--time-basis", "weekdays"),
                    "--time-basis must be"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x.png", "--min-oi", "10"),
                    "option --min-oi does not apply to chart"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x.png", "--format", "json"),
                    "option --format does not apply to chart"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "x.png", "--colour", "red"),
                    "unknown option --colour"),
            Arguments.of(List.of("chart", "gex", "SPY", "--out", "a.png", "--out", "b.png"),
                    "option --out given twice"),
            Arguments.of(List.of("basket", "--symbols", "SPY", "--out", "x.png"),
                    "option --out does not apply to basket"));
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void badArguments_usageErrorExit64WithoutWritingAnything(List<String> args, String message) throws Exception {
        List<String> inDir = new ArrayList<>();
        for (String a : args) {
            inDir.add(a.endsWith(".png") ? file(a) : a);
        }
        CliRun r = run(inDir.toArray(new String[0]));
        assertThat(r.code).isEqualTo(ExposureCli.EXIT_USAGE);
        assertThat(r.out).isEmpty();
        assertThat(r.err).startsWith("exposure: ").contains(message).endsWith(" (run 'exposure --help' for usage)\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void unwritableOutput_missingDirectory_exit1OneLine() {
        String out = file("no/such/dir/gex.png");
        CliRun r = run("chart", "gex", "SPY", "--out", out);
        assertThat(r.code).isEqualTo(ExposureCli.EXIT_FAILURE);
        assertThat(r.out).isEmpty();
        assertThat(r.err).isEqualTo("exposure: cannot write the chart to " + out + " (no such directory)\n");
    }

    @Test
    void unwritableOutput_aDirectory_exit1OneLine() throws Exception {
        Files.createDirectory(dir.resolve("taken.svg"));
        CliRun r = run("chart", "profile", "SPY", "--out", file("taken.svg"));
        assertThat(r.code).isEqualTo(ExposureCli.EXIT_FAILURE);
        assertThat(r.err).startsWith("exposure: cannot write the chart to " + file("taken.svg") + " (")
                .endsWith(")\n");
        assertThat(r.err.lines()).hasSize(1);
        assertThat(dir.resolve("taken.svg")).isDirectory();
    }

    @Test
    void unknownSymbol_noDataExit3() {
        CliRun r = run("chart", "gex", "XYZ", "--out", file("x.png"));
        assertThat(r.code).isEqualTo(ExposureCli.EXIT_NO_DATA);
        assertThat(r.err).contains("\"no_data\"").contains("no chain for symbol XYZ");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void expirationWithoutContracts_noDataExit3() {
        CliRun r = run("chart", "profile", "SPY", "--expiration", "2026-06-20", "--out", file("x.png"));
        assertThat(r.code).isEqualTo(ExposureCli.EXIT_NO_DATA);
        assertThat(r.err).contains("no contract of SPY expires on 2026-06-20");
    }

    @Test
    void help_listsTheChartCommand() {
        CliRun r = run("--help");
        assertThat(r.out).contains("exposure chart gex|dex|vex|chex|profile|term-structure SYMBOL --out FILE.png");
    }

    @Test
    void separateJvm_noHeadlessPropertyAndABogusDisplay_stillDraws() throws Exception {
        // the command itself must switch AWT to headless: without it AWT would try the X display named here
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("forked.png");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ExposureCli.class.getName(), "chart", "gex", "SPY", "--out", out.toString(), "--width", "300",
                "--height", "200");
        pb.environment().put("DISPLAY", "127.0.0.1:77");
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("forked.log").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("forked.log"));
        assertThat(p.exitValue()).as(log).isZero();
        BufferedImage image = Pictures.png(Files.readAllBytes(out));
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(200);
    }
}
