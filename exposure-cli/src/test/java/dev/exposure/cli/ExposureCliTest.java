package dev.exposure.cli;

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
import dev.exposure.jackson.ExposureJson;
import dev.exposure.jackson.samples.SampleChains;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExposureCliTest {

    private static final ObjectMapper MAPPER = ExposureJson.newMapper();

    /** The outcome of one run. */
    private static final class Run {
        final int code;
        final String out;
        final String err;

        Run(int code, String out, String err) {
            this.code = code;
            this.out = out;
            this.err = err;
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ExposureCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noArguments_printsSpyTermStructureAndTheDemoBasket() throws Exception {
        Run r = run();
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
        Run r = run("term-structure", "qqq");
        assertThat(r.code).isZero();
        assertThat(MAPPER.readValue(r.out, TermStructure.class))
                .isEqualTo(new TermStructureBuilder().build(SampleChains.chain("QQQ")));
    }

    @Test
    void termStructure_unknownSymbol_isNoDataOnStderrWithExitCode3() throws Exception {
        Run r = run("term-structure", "XYZ");
        assertThat(r.code).isEqualTo(ExposureCli.EXIT_NO_DATA).isEqualTo(3);
        assertThat(r.out).isEmpty();
        ExposureException e = MAPPER.readValue(r.err, ExposureException.class);
        assertThat(e.error()).isEqualTo(ExposureError.NO_DATA);
        assertThat(e.missingSymbols()).containsExactly("XYZ");
        assertThat(MAPPER.readTree(r.err).get("status").intValue()).isEqualTo(404);
    }

    @Test
    void basket_withWeights_printsTheResult() throws Exception {
        Run r = run("basket", "--symbols", "TSLA,amzn,XYZ", "--weights=1,3,2");
        assertThat(r.code).isZero();
        BasketResult b = MAPPER.readValue(r.out, BasketResult.class);
        assertThat(b.missingSymbols()).containsExactly("XYZ");
        assertThat(b.constituents()).extracting(c -> c.weight()).containsExactly(0.25, 0.75);
    }

    @Test
    void basket_requestErrors_areJsonBodiesOnStderrWithExitCode2() throws Exception {
        Run tooMany = run("basket", "--symbols", bigList());
        assertThat(tooMany.code).isEqualTo(ExposureCli.EXIT_BAD_REQUEST).isEqualTo(2);
        assertThat(MAPPER.readTree(tooMany.err).get("error").textValue()).isEqualTo("too_many_symbols");
        assertThat(MAPPER.readTree(tooMany.err).get("status").intValue()).isEqualTo(400);
        assertThat(MAPPER.readTree(tooMany.err).has("missing_symbols")).isFalse();

        Run badWeights = run("basket", "--symbols", "AAPL,MSFT", "--weights", "1,x");
        assertThat(badWeights.code).isEqualTo(2);
        assertThat(MAPPER.readValue(badWeights.err, ExposureException.class).error())
                .isEqualTo(ExposureError.INVALID_WEIGHTS);

        Run noSymbols = run("basket");
        assertThat(noSymbols.code).isEqualTo(2);
        assertThat(MAPPER.readValue(noSymbols.err, ExposureException.class).error())
                .isEqualTo(ExposureError.MISSING_SYMBOLS);

        Run mismatch = run("basket", "--symbols", "AAPL,MSFT", "--weights", "1");
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
        Run r = run("basket", "--symbols", "XYZ,ABC");
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
            Run r = run(args);
            assertThat(r.code).as(String.join(" ", args)).isEqualTo(ExposureCli.EXIT_USAGE).isEqualTo(64);
            assertThat(r.err).as(String.join(" ", args)).startsWith("exposure: ").contains("--help");
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
            Run r = run(args);
            assertThat(r.code).as(String.join(" ", args)).isEqualTo(ExposureCli.EXIT_USAGE);
            assertThat(r.err).as(String.join(" ", args)).startsWith("exposure: ").contains("exposure --help")
                    .endsWith("\n").hasLineCount(1);
        }
        assertThat(run("bask").err).isEqualTo("exposure: unknown command 'bask' (run 'exposure --help' for usage)\n");
    }

    @Test
    void termStructure_symbolWithUnicodeBlanksAndLowerCase_isFound() throws Exception {
        Run r = run("term-structure", "\u3000spy\u2003");
        assertThat(r.code).isZero();
        assertThat(MAPPER.readValue(r.out, TermStructure.class).symbol()).isEqualTo("SPY");
    }

    @Test
    void errors_withLineBreaksInTheirText_stayOnOneLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("two\nlines.json"), "{\"symbol\": 1}");
        Run r = run("term-structure", "SPY", "--chains", file.toString());
        assertThat(r.code).isEqualTo(ExposureCli.EXIT_DATA);
        assertThat(r.err).hasLineCount(1).contains("two\\nlines.json").endsWith("\n");
        Run missing = run("term-structure", "SPY", "--chains", dir.resolve("no\r\nwhere").toString());
        assertThat(missing.code).isEqualTo(ExposureCli.EXIT_FAILURE);
        assertThat(missing.err).hasLineCount(1).contains("no\\r\\nwhere");
    }

    @Test
    void chains_nullJsonDocument_exitsWith65(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("null.json"), "null\n");
        Run r = run("term-structure", "SPY", "--chains", file.toString());
        assertThat(r.code).isEqualTo(ExposureCli.EXIT_DATA);
        assertThat(r.err).isEqualTo("exposure: malformed chain data: " + file
                + ": line 1, column 1: expected an OptionChain but found null\n");
        Path array = Files.writeString(dir.resolve("array.json"), "[null]");
        assertThat(run("basket", "--symbols", "SPY", "--chains", array.toString()).code)
                .isEqualTo(ExposureCli.EXIT_DATA);
    }

    @Test
    void help_printsUsageOnStdout() {
        for (String flag : new String[] {"--help", "-h", "help"}) {
            Run r = run(flag);
            assertThat(r.code).isZero();
            assertThat(r.out).contains("Usage:", "term-structure SYMBOL", "basket --symbols", "Exit codes");
            assertThat(r.err).isEmpty();
        }
        assertThat(run("basket", "--help").out).contains("Usage:");
        assertThat(run("--version").out)
                .isEqualTo("exposure " + System.getProperty("exposure.project.version") + "\n");
    }

    @Test
    void chains_writtenSamples_giveTheSameOutputAsTheBundledOnes(@TempDir Path dir) {
        Run json = run("write-samples", dir.resolve("json").toString());
        assertThat(json.code).isZero();
        assertThat(dir.resolve("json").resolve("SPY.json")).exists();
        Run csv = run("write-samples", dir.resolve("csv").toString(), "--format", "csv");
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
        Run r = run("term-structure", "SPY", "--chains", file.toString());
        assertThat(r.code).isEqualTo(ExposureCli.EXIT_DATA).isEqualTo(65);
        assertThat(r.err).isEqualTo("exposure: malformed chain data: " + file
                + ": line 2, column 6 (strike): 'abc' is not a number\n");
    }

    @Test
    void chains_missingPath_exitsWith1(@TempDir Path dir) {
        Run r = run("term-structure", "SPY", "--chains", dir.resolve("nowhere").toString());
        assertThat(r.code).isEqualTo(ExposureCli.EXIT_FAILURE).isEqualTo(1);
        assertThat(r.err).isEqualTo("exposure: no such file or directory: " + dir.resolve("nowhere") + "\n");
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
