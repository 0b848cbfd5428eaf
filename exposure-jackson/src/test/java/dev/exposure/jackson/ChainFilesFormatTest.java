package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.MarketDataStore;
import dev.exposure.OptionChain;
import dev.exposure.jackson.samples.SampleChains;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format recognition, directories of real files, the byte-order mark, read options and read limits. */
class ChainFilesFormatTest {

    private final ObjectMapper mapper = ExposureJson.newMapper();

    private static final List<String> CBOE = List.of("ndx-2022-02-05.csv", "nvda-2025.csv", "qqq-2023-06-12-eu.csv",
            "spx-2019-05-13.dat", "spx-2020-03-22.dat", "spx-2022-02-05.csv", "spx-2022-06-11.csv",
            "spx-2022-07-12-excel.csv", "spx-2023-02-07.csv", "spx-2023-12-09-ru.csv", "spx-2024-01-07.csv",
            "spx-2024-11-11-es.csv", "spx-2025-01-06.csv", "spy-2020-06-22.dat", "spy-2023-06-broken-date.csv",
            "spy-2023-09-14.csv", "spy-2025-09-25.csv", "xsp-2023-09-14.csv");

    @Test
    void format_everyRealFile_isRecognisedFromItsContent() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.data("cboe"))) {
            assertThat(files.filter(f -> !f.getFileName().toString().endsWith(".md")).map(f -> f.getFileName()
                    .toString())).containsExactlyInAnyOrderElementsOf(CBOE);
        }
        for (String name : CBOE) {
            assertThat(ChainFiles.format(SharedData.data("cboe/" + name))).as(name)
                    .isEqualTo(ChainFileFormat.CBOE_QUOTE_TABLE);
        }
        assertThat(ChainFiles.format(SharedData.data("yfinance/spy-options.csv"))).isEqualTo(ChainFileFormat.YFINANCE);
    }

    @Test
    void format_contentDecidesNotTheName(@TempDir Path dir) throws IOException {
        Path json = Files.writeString(dir.resolve("chain.csv"), " \n" + mapper.writeValueAsString(
                SampleChains.chain("SPY")));
        assertThat(ChainFiles.format(json)).isEqualTo(ChainFileFormat.JSON);
        Path csv = Files.writeString(dir.resolve("chain.dat"), ChainCsv.toCsv(List.of(SampleChains.chain("QQQ"))));
        assertThat(ChainFiles.format(csv)).isEqualTo(ChainFileFormat.CSV);
        Path cboe = Files.copy(SharedData.data("cboe/spx-2019-05-13.dat"), dir.resolve("quotes.txt"));
        assertThat(ChainFiles.format(cboe)).isEqualTo(ChainFileFormat.CBOE_QUOTE_TABLE);
        assertThat(ChainFiles.read(json)).hasSize(1);
        assertThat(ChainFiles.read(cboe).get(0).symbol()).isEqualTo("SPX");
    }

    @Test
    void read_directoryOfRealFiles_readsEveryChainAndTheStoreKeepsTheLatestPerSymbol(@TempDir Path dir)
            throws IOException {
        for (String name : CBOE) {
            if (!name.contains("broken")) {
                Files.copy(SharedData.data("cboe/" + name), dir.resolve(name));
            }
        }
        Files.copy(SharedData.data("yfinance/spy-options.csv"), dir.resolve("yf-spy.csv"));
        Files.writeString(dir.resolve("README.md"), "not read");

        List<OptionChain> all = ChainFiles.read(dir);
        // 17 quote tables and the yfinance dump, in file-name order
        assertThat(all).extracting(OptionChain::symbol).containsExactly("NDX", "NVDA", "QQQ", "SPX", "SPX", "SPX",
                "SPX", "SPX", "SPX", "SPX", "SPX", "SPX", "SPX", "SPY", "SPY", "SPY", "XSP", "SPY");
        MarketDataStore store = ChainFiles.readStore(dir);
        // latest as-of per symbol, from the hand-converted table of CboeQuoteTableTest: SPX spx-2025-01-06
        // (2025-01-07T02:26Z), SPY the yfinance dump (2026-02-11T16:19:32Z), the others have one file each
        assertThat(store.chain("SPX").orElseThrow().asOf()).isEqualTo(Instant.parse("2025-01-07T02:26:00Z"));
        assertThat(store.chain("SPX").orElseThrow().underlyingPrice()).isEqualTo(5975.3799);
        assertThat(store.chain("SPY").orElseThrow().asOf()).isEqualTo(Instant.parse("2026-02-11T16:19:32Z"));
        assertThat(store.chain("NDX").orElseThrow().asOf()).isEqualTo(Instant.parse("2022-02-06T01:26:00Z"));
        assertThat(store.chain("XSP")).isPresent();
        assertThat(store.chain("SPXW")).isEmpty();
    }

    @Test
    void read_sharedDirectory_stopsAtTheBrokenDateFileNamingIt() {
        Path dir = SharedData.data("cboe");
        assertThatThrownBy(() -> ChainFiles.read(dir))
                .isInstanceOf(ChainFormatException.class)
                .hasMessageStartingWith(dir.resolve("spy-2023-06-broken-date.csv") + ": line 3, column 1 (date): "
                        + "cannot read the date line");
    }

    @Test
    void read_brokenDateFileWithAsOfOption_readsIt() {
        Instant asOf = Instant.parse("2023-06-04T19:15:00Z");
        List<OptionChain> chains = ChainFiles.read(SharedData.data("cboe/spy-2023-06-broken-date.csv"),
                ReadOptions.defaults().withAsOf(asOf));
        assertThat(chains).singleElement().satisfies(c -> {
            assertThat(c.asOf()).isEqualTo(asOf);
            assertThat(c.size()).isEqualTo(2 * 3843);
        });
    }

    @Test
    void read_byteOrderMark_isSkippedInEveryFormat(@TempDir Path dir) throws IOException {
        OptionChain spy = SampleChains.chain("SPY");
        // the project's CSV: before the fix, "unknown column '\uFEFFsymbol'"
        Path csv = Files.writeString(dir.resolve("bom.csv"), "\uFEFF" + ChainCsv.toCsv(List.of(spy)),
                StandardCharsets.UTF_8);
        Fixtures.assertSameChain(ChainCsv.read(csv).get(0), spy, "ChainCsv");
        Fixtures.assertSameChain(ChainFiles.read(csv).get(0), spy, "ChainFiles csv");
        Fixtures.assertSameChain(ChainCsv.read(new StringReader("\uFEFF" + ChainCsv.toCsv(List.of(spy))), "r")
                .get(0), spy, "reader");
        Path json = Files.writeString(dir.resolve("bom.json"), "\uFEFF" + mapper.writeValueAsString(spy),
                StandardCharsets.UTF_8);
        Fixtures.assertSameChain(ChainFiles.read(json).get(0), spy, "json");
        Path cboe = Files.writeString(dir.resolve("bom-cboe.csv"), "\uFEFF"
                + Files.readString(SharedData.data("cboe/spx-2024-11-11-es.csv")), StandardCharsets.UTF_8);
        Fixtures.assertSameChain(ChainFiles.read(cboe).get(0),
                CboeQuoteTable.read(SharedData.data("cboe/spx-2024-11-11-es.csv")), "cboe");
        Path yf = Files.writeString(dir.resolve("bom-yf.csv"), "\uFEFFcontractSymbol,lastTradeDate,strike,"
                + "openInterest,impliedVolatility,underlyingPrice\n"
                + "SPY260320C00600000,2026-03-02 15:00:00+00:00,600.0,12,0.25,590.5\n", StandardCharsets.UTF_8);
        assertThat(ChainFiles.read(yf).get(0).symbol()).isEqualTo("SPY");
    }

    @Test
    void read_options_overrideTheProjectsOwnFormats(@TempDir Path dir) throws IOException {
        OptionChain spy = SampleChains.chain("SPY");
        Path json = Files.writeString(dir.resolve("spy.json"), mapper.writeValueAsString(spy));
        ReadOptions none = ReadOptions.defaults();
        assertThat(ChainFiles.read(json, none).get(0).riskFreeRate()).isEqualTo(spy.riskFreeRate());
        // the same values as the file: the chain is left as read
        OptionChain read = ChainFiles.readJson(json).get(0);
        assertThat(none.withRiskFreeRate(spy.riskFreeRate()).apply(read)).isSameAs(read);

        ReadOptions o = none.withSymbol(" spy2 ").withRiskFreeRate(0.05).withContractMultiplier(10);
        OptionChain c = ChainFiles.read(json, o).get(0);
        assertThat(c.symbol()).isEqualTo("SPY2");
        assertThat(c.riskFreeRate()).isEqualTo(0.05);
        assertThat(c.contractMultiplier()).isEqualTo(10);
        // values not given stay the file's, contracts unchanged
        assertThat(c.dividendYield()).isEqualTo(spy.dividendYield());
        assertThat(c.asOf()).isEqualTo(spy.asOf());
        assertThat(c.underlyingPrice()).isEqualTo(spy.underlyingPrice());
        OptionChain expected = OptionChainCopy.copy(spy, "SPY2", spy.underlyingPrice(), spy.asOf(), 0.05,
                spy.dividendYield(), 10);
        Fixtures.assertSameChain(c, expected, "overridden");

        Path csv = Files.writeString(dir.resolve("spy.csv"), ChainCsv.toCsv(List.of(spy)));
        Fixtures.assertSameChain(ChainFiles.read(csv, o).get(0), expected, "csv");
    }

    @Test
    void read_csvValueBeyondTheStringLimit_namesLineColumnAndField(@TempDir Path dir) throws IOException {
        String header = "symbol,underlying_price,as_of,type,expiration,strike,open_interest,implied_volatility\n";
        Path file = Files.writeString(dir.resolve("long.csv"), header
                + "SPY,1,2026-05-29T15:30:00Z,call,2026-06-18,100,1,0.2\n"
                + "SPY,1,2026-05-29T15:30:00Z,call,2026-06-18," + "1".repeat(ExposureJson.MAX_STRING_LENGTH + 1)
                + ",1,0.2\n");
        assertThatThrownBy(() -> ChainFiles.read(file))
                .isInstanceOf(ChainFormatException.class)
                .hasMessageStartingWith(file + ": line 3, column 6 (strike): malformed CSV: String value length "
                        + "(16385) exceeds the maximum allowed (16384");
    }
}
