package dev.exposure.cli;

import static dev.exposure.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.BasketAggregator;
import dev.exposure.BasketResult;
import dev.exposure.ExposureError;
import dev.exposure.ExposureException;
import dev.exposure.TermStructure;
import dev.exposure.TermStructureBuilder;
import dev.exposure.jackson.CboeQuoteTable;
import dev.exposure.jackson.ExposureJson;
import dev.exposure.jackson.ReadOptions;
import dev.exposure.jackson.samples.SampleChains;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExposureCliTest {

    private static final ObjectMapper MAPPER = ExposureJson.newMapper();

    @Test
    void noArguments_printsSpyTermStructureAndTheDemoBasket() throws Exception {
        CliRun r = run();
        assertThat(r.code).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out).endsWith("}\n").doesNotContain("\r");
        JsonNode root = MAPPER.readTree(r.out);
        assertThat(root.fieldNames()).toIterable().containsExactly("term_structure", "basket");

        TermStructure ts = MAPPER.treeToValue(root.get("term_structure"), TermStructure.class);
        assertThat(ts).isEqualTo(new TermStructureBuilder().build(SampleChains.chain("SPY")));

        BasketResult basket = MAPPER.treeToValue(root.get("basket"), BasketResult.class);
        assertThat(basket).isEqualTo(new BasketAggregator(SampleChains.store()).aggregate("AAPL,MSFT,NVDA",
                "0.4,0.3,0.3"));
        assertThat(basket.constituents()).extracting(c -> c.symbol()).containsExactly("AAPL", "MSFT", "NVDA");
        assertThat(basket.constituents().get(0).weight()).isCloseTo(0.4, within(1e-15));
        assertThat(basket.missingSymbols()).isEmpty();
        assertThat(run("demo").out).isEqualTo(r.out);
        assertNoExponent(r.out);
    }

    @Test
    void termStructure_knownSymbol_printsIt() throws Exception {
        CliRun r = run("term-structure", "qqq");
        assertThat(r.code).isZero();
        assertThat(MAPPER.readValue(r.out, TermStructure.class))
                .isEqualTo(new TermStructureBuilder().build(SampleChains.chain("QQQ")));
    }

    @Test
    void termStructure_unknownSymbol_isNoDataOnStderrWithExitCode3() throws Exception {
        CliRun r = run("term-structure", "XYZ");
        assertThat(r.code).isEqualTo(ExposureCli.EXIT_NO_DATA).isEqualTo(3);
        assertThat(r.out).isEmpty();
        ExposureException e = MAPPER.readValue(r.err, ExposureException.class);
        assertThat(e.error()).isEqualTo(ExposureError.NO_DATA);
        assertThat(e.missingSymbols()).containsExactly("XYZ");
        assertThat(MAPPER.readTree(r.err).get("status").intValue()).isEqualTo(404);
    }

    @Test
    void basket_withWeights_printsTheResult() throws Exception {
        CliRun r = run("basket", "--symbols", "TSLA,amzn,XYZ", "--weights=1,3,2");
        assertThat(r.code).isZero();
        BasketResult b = MAPPER.readValue(r.out, BasketResult.class);
        assertThat(b.missingSymbols()).containsExactly("XYZ");
        assertThat(b.constituents()).extracting(c -> c.weight()).containsExactly(0.25, 0.75);
    }

    @Test
    void basket_requestErrors_areJsonBodiesOnStderrWithExitCode2() throws Exception {
        CliRun tooMany = run("basket", "--symbols", bigList());
        assertThat(tooMany.code).isEqualTo(ExposureCli.EXIT_BAD_REQUEST).isEqualTo(2);
        assertThat(MAPPER.readTree(tooMany.err).get("error").textValue()).isEqualTo("too_many_symbols");
        assertThat(MAPPER.readTree(tooMany.err).get("status").intValue()).isEqualTo(400);
        assertThat(MAPPER.readTree(tooMany.err).has("missing_symbols")).isFalse();

        CliRun badWeights = run("basket", "--symbols", "AAPL,MSFT", "--weights", "1,x");
        assertThat(badWeights.code).isEqualTo(2);
        assertThat(MAPPER.readValue(badWeights.err, ExposureException.class).error())
                .isEqualTo(ExposureError.INVALID_WEIGHTS);

        CliRun noSymbols = run("basket");
        assertThat(noSymbols.code).isEqualTo(2);
        assertThat(MAPPER.readValue(noSymbols.err, ExposureException.class).error())
                .isEqualTo(ExposureError.MISSING_SYMBOLS);

        CliRun mismatch = run("basket", "--symbols", "AAPL,MSFT", "--weights", "1");
        assertThat(MAPPER.readValue(mismatch.err, ExposureException.class).error())
                .isEqualTo(ExposureError.WEIGHT_COUNT_MISMATCH);
    }

    private static String bigList() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            sb.append(i == 0 ? "" : ",").append("SYM").append(i);
        }
        return sb.toString();
    }

    @Test
    void basket_noSymbolWithData_isExitCode3() throws Exception {
        CliRun r = run("basket", "--symbols", "XYZ,ABC");
        assertThat(r.code).isEqualTo(3);
        assertThat(MAPPER.readValue(r.err, ExposureException.class).missingSymbols()).containsExactly("XYZ", "ABC");
    }

    @Test
    void usageErrors_exitWith64() {
        for (String[] args : new String[][] {
            {"bask"}, {"term-structure"}, {"term-structure", "SPY", "QQQ"}, {"basket", "--symbol", "SPY"},
            {"basket", "--symbols"}, {"term-structure", "SPY", "--weights", "1"}, {"-x"},
            {"basket", "--symbols", "A", "--symbols", "B"}, {"write-samples", "/tmp/x", "--format", "xml"},
            {"term-structure", " "},
        }) {
            CliRun r = run(args);
            assertThat(r.code).as(String.join(" ", args)).isEqualTo(ExposureCli.EXIT_USAGE).isEqualTo(64);
            assertThat(r.err).as(String.join(" ", args)).startsWith("exposure: ").contains("--help");
            assertOneLine(r.err);
            assertThat(r.out).isEmpty();
        }
    }

    @Test
    void usageErrors_printExactlyOneLine() {
        for (String[] args : new String[][] {
            {"bask"}, {"term-structure"}, {"basket", "--symbols"}, {"-x"}, {"--nope=1"},
            {"write-samples", "/tmp/x", "--format", "xml\nhtml"}, {"term-structure", "\u2003"},
            {"term-structure", "SPY,QQQ"},
        }) {
            CliRun r = run(args);
            assertThat(r.code).as(String.join(" ", args)).isEqualTo(ExposureCli.EXIT_USAGE);
            assertThat(r.err).as(String.join(" ", args)).startsWith("exposure: ").contains("exposure --help")
                    .endsWith("\n").hasLineCount(1);
        }
        assertThat(run("bask").err).isEqualTo("exposure: unknown command 'bask' (run 'exposure --help' for usage)\n");
    }

    @Test
    void termStructure_symbolWithUnicodeBlanksAndLowerCase_isFound() throws Exception {
        CliRun r = run("term-structure", "\u3000spy\u2003");
        assertThat(r.code).isZero();
        assertThat(MAPPER.readValue(r.out, TermStructure.class).symbol()).isEqualTo("SPY");
    }

    @Test
    void errors_withLineBreaksInTheirText_stayOnOneLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("two\nlines.json"), "{\"symbol\": 1}");
        CliRun r = run("term-structure", "SPY", "--chains", file.toString());
        assertThat(r.code).isEqualTo(ExposureCli.EXIT_DATA);
        assertThat(r.err).hasLineCount(1).contains("two\\nlines.json").endsWith("\n");
        CliRun missing = run("term-structure", "SPY", "--chains", dir.resolve("no\r\nwhere").toString());
        assertThat(missing.code).isEqualTo(ExposureCli.EXIT_FAILURE);
        assertThat(missing.err).hasLineCount(1).contains("no\\r\\nwhere");
    }

    @Test
    void chains_nullJsonDocument_exitsWith65(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("null.json"), "null\n");
        CliRun r = run("term-structure", "SPY", "--chains", file.toString());
        assertThat(r.code).isEqualTo(ExposureCli.EXIT_DATA);
        assertThat(r.err).startsWith("exposure: malformed chain data: " + file + ": line 1").hasLineCount(1);
        Path array = Files.writeString(dir.resolve("array.json"), "[null]");
        CliRun a = run("basket", "--symbols", "SPY", "--chains", array.toString());
        assertThat(a.code).isEqualTo(ExposureCli.EXIT_DATA);
        assertThat(a.err).isEqualTo("exposure: malformed chain data: " + array
                + ": line 1, column 2: [0] expected an OptionChain but found null\n");
    }

    @Test
    void help_printsUsageOnStdout() {
        for (String flag : new String[] {"--help", "-h", "help"}) {
            CliRun r = run(flag);
            assertThat(r.code).isZero();
            assertThat(r.out).contains("Usage:", "term-structure SYMBOL", "basket --symbols", "Exit codes",
                    "Cboe quote tables", "--symbol SYMBOL", "--underlying-price PRICE", "--as-of INSTANT", "--rate R",
                    "--dividend-yield Q", "--multiplier M");
            assertThat(r.err).isEmpty();
        }
        assertThat(run("basket", "--help").out).contains("Usage:");
        assertThat(run("--version").out)
                .isEqualTo("exposure " + System.getProperty("exposure.project.version") + "\n");
    }

    @Test
    void chains_writtenSamples_giveTheSameOutputAsTheBundledOnes(@TempDir Path dir) {
        CliRun json = run("write-samples", dir.resolve("json").toString());
        assertThat(json.code).isZero();
        assertThat(dir.resolve("json").resolve("SPY.json")).exists();
        CliRun csv = run("write-samples", dir.resolve("csv").toString(), "--format", "csv");
        assertThat(csv.code).isZero();

        String bundled = run().out;
        assertThat(run("--chains", dir.resolve("json").toString()).out).isEqualTo(bundled);
        assertThat(run("demo", "--chains", dir.resolve("csv").resolve("samples.csv").toString()).out)
                .isEqualTo(bundled);
    }

    @Test
    void chains_malformedFile_exitsWith65NamingFileAndLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "symbol,underlying_price,as_of,type,expiration,"
                + "strike,open_interest,implied_volatility\n"
                + "SPY,597.5,2026-05-29T15:30:00Z,call,2026-06-18,abc,1,0.2\n");
        CliRun r = run("term-structure", "SPY", "--chains", file.toString());
        assertThat(r.code).isEqualTo(ExposureCli.EXIT_DATA).isEqualTo(65);
        assertThat(r.err).isEqualTo("exposure: malformed chain data: " + file
                + ": line 2, column 6 (strike): 'abc' is not a number\n");
    }

    @Test
    void chains_missingPath_exitsWith1(@TempDir Path dir) {
        CliRun r = run("term-structure", "SPY", "--chains", dir.resolve("nowhere").toString());
        assertThat(r.code).isEqualTo(ExposureCli.EXIT_FAILURE).isEqualTo(1);
        assertThat(r.err).isEqualTo("exposure: no such file or directory: " + dir.resolve("nowhere") + "\n");
    }

    private static void assertOneLine(String text) {
        assertThat(text).endsWith("\n");
        assertThat(text.indexOf('\n')).as(text).isEqualTo(text.length() - 1);
    }

    private static final Path SPX = SharedData.data("cboe/spx-2024-01-07.csv");

    @Test
    void termStructure_cboeQuoteTable_printsItsTermStructure() throws Exception {
        CliRun r = run("term-structure", "SPX", "--chains", SPX.toString());
        assertThat(r.err).isEmpty();
        assertThat(r.code).isZero();
        TermStructure ts = MAPPER.readValue(r.out, TermStructure.class);
        assertThat(ts).isEqualTo(new TermStructureBuilder().build(CboeQuoteTable.read(SPX)));
        // the file's own values: spot from "Last:", as-of from "January 7, 2024 at 10:52 AM EST"
        assertThat(ts.symbol()).isEqualTo("SPX");
        assertThat(ts.underlyingPrice()).isEqualTo(4697.2402);
        assertThat(ts.asOf()).isEqualTo(Instant.parse("2024-01-07T15:52:00Z"));
        assertThat(run("term-structure", "spx", "--chains", SPX.getParent().resolve("..").resolve("cboe")
                .resolve("spx-2024-01-07.csv").toString()).out).isEqualTo(r.out);
    }

    @Test
    void termStructure_readOptions_reachTheChain() throws Exception {
        CliRun r = run("term-structure", "MYSPX", "--chains", SPX.toString(), "--symbol", "myspx", "--rate", "0.053",
                "--dividend-yield=0.013", "--multiplier", "10", "--as-of", "2024-01-05T10:00:00-05:00",
                "--underlying-price", "4700.5");
        assertThat(r.err).isEmpty();
        assertThat(r.code).isZero();
        ReadOptions o = ReadOptions.defaults().withSymbol("MYSPX").withRiskFreeRate(0.053).withDividendYield(0.013)
                .withContractMultiplier(10).withAsOf(Instant.parse("2024-01-05T15:00:00Z")).withUnderlyingPrice(4700.5);
        TermStructure expected = new TermStructureBuilder().build(CboeQuoteTable.read(SPX, o));
        assertThat(MAPPER.readValue(r.out, TermStructure.class)).isEqualTo(expected);
        assertThat(expected.asOf()).isEqualTo(Instant.parse("2024-01-05T15:00:00Z"));
        assertThat(expected.underlyingPrice()).isEqualTo(4700.5);
        // the rate changes the figures: the options are not ignored
        assertThat(expected).isNotEqualTo(new TermStructureBuilder().build(CboeQuoteTable.read(SPX,
                o.withRiskFreeRate(0))));
    }

    @Test
    void termStructure_brokenDateLine_exitsWith65UnlessAsOfIsGiven() throws Exception {
        Path broken = SharedData.data("cboe/spy-2023-06-broken-date.csv");
        CliRun r = run("term-structure", "SPY", "--chains", broken.toString());
        assertThat(r.code).isEqualTo(ExposureCli.EXIT_DATA);
        assertThat(r.err).isEqualTo("exposure: malformed chain data: " + broken + ": line 3, column 1 (date): cannot "
                + "read the date line 'Date: 4 June 4, 3:15 PM EDT': two day numbers (4 and 4) and no year; give the "
                + "as-of instant in the read options\n");
        CliRun ok = run("term-structure", "SPY", "--chains", broken.toString(), "--as-of", "2023-06-04T19:15:00Z");
        assertThat(ok.code).isZero();
        assertThat(MAPPER.readTree(ok.out).get("as_of").textValue()).isEqualTo("2023-06-04T19:15:00Z");
        CliRun dir = run("term-structure", "SPY", "--chains", broken.getParent().toString());
        assertThat(dir.code).isEqualTo(ExposureCli.EXIT_DATA);
        assertThat(dir.err).contains(broken + ": line 3, column 1 (date)");
    }

    @Test
    void chains_directoryOfDailyDownloads_usesTheLatestChainPerSymbol(@TempDir Path dir) throws Exception {
        Files.copy(SharedData.data("cboe/spx-2024-01-07.csv"), dir.resolve("spx-2024-01-07.csv"));
        Files.copy(SharedData.data("cboe/spx-2022-06-11.csv"), dir.resolve("spx-2022-06-11.csv"));
        Files.copy(SharedData.data("cboe/spy-2020-06-22.dat"), dir.resolve("spy-2020-06-22.dat"));
        CliRun r = run("term-structure", "SPX", "--chains", dir.toString());
        assertThat(r.code).isZero();
        assertThat(MAPPER.readTree(r.out).get("as_of").textValue()).isEqualTo("2024-01-07T15:52:00Z");
        CliRun spy = run("term-structure", "SPY", "--chains", dir.toString());
        assertThat(MAPPER.readTree(spy.out).get("underlying_price").doubleValue()).isEqualTo(310.68);
    }

    @Test
    void readOptions_badValues_areUsageErrorsNamingTheOption() {
        String chains = SPX.toString();
        String[][] cases = {
            {"--rate", "abc"}, {"--rate", "NaN"}, {"--rate", "1e400"}, {"--rate", "5%"},
            {"--dividend-yield", "Infinity"}, {"--dividend-yield", ""}, {"--multiplier", "0"},
            {"--multiplier", "1.5"}, {"--multiplier", "99999999999"}, {"--as-of", "yesterday"},
            {"--as-of", "2024-01-07"}, {"--underlying-price", "-1"}, {"--underlying-price", "0"},
            {"--symbol", " "}, {"--symbol", "\u00a0"}, {"--as-of", "2024-01-07T23:59:60Z"},
            {"--as-of", "2024-01-07T24:00:00Z"}, {"--as-of", "2024-01-07t10:00:00z"},
            {"--as-of", "1899-12-31T10:00:00Z"}, {"--as-of", "2024-01-07T10:00Z"}, {"--as-of", "+2024-01-07T10:00:00Z"},
        };
        for (String[] c : cases) {
            CliRun r = run("term-structure", "SPX", "--chains", chains, c[0], c[1]);
            assertThat(r.code).as(String.join(" ", c)).isEqualTo(ExposureCli.EXIT_USAGE);
            assertThat(r.err).as(String.join(" ", c)).startsWith("exposure: " + c[0] + " ").contains("--help");
            assertOneLine(r.err);
        }
        CliRun noChains = run("term-structure", "SPY", "--rate", "0.05");
        assertThat(noChains.code).isEqualTo(ExposureCli.EXIT_USAGE);
        assertThat(noChains.err).isEqualTo("exposure: option --rate applies only to files read with --chains (run "
                + "'exposure --help' for usage)\n");
        assertThat(run("write-samples", "/tmp/x", "--rate", "0.05").err).startsWith("exposure: option --rate does "
                + "not apply to write-samples");
    }

    private static void assertNoExponent(String json) throws Exception {
        try (JsonParser p = MAPPER.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isNumeric()) {
                    assertThat(p.getText()).doesNotContain("e", "E");
                }
            }
        }
    }
}
