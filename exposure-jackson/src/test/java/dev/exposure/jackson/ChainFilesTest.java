package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.OptionChain;
import dev.exposure.jackson.samples.SampleChains;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainFilesTest {

    private final ObjectMapper mapper = ExposureJson.newMapper();

    @Test
    void read_directory_readsJsonAndCsvFilesInNameOrderAndIgnoresOthers(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.json"), mapper.writeValueAsString(List.of(SampleChains.chain("MSFT"),
                SampleChains.chain("NVDA"))));
        Files.writeString(dir.resolve("a.JSON"), mapper.writeValueAsString(SampleChains.chain("SPY")));
        Files.writeString(dir.resolve("c.csv"), ChainCsv.toCsv(List.of(SampleChains.chain("IWM"),
                SampleChains.chain("AAPL"))));
        Files.writeString(dir.resolve("notes.txt"), "not a chain");
        Files.createDirectory(dir.resolve("sub.json"));

        List<OptionChain> chains = ChainFiles.read(dir);
        assertThat(chains).extracting(OptionChain::symbol).containsExactly("SPY", "MSFT", "NVDA", "IWM", "AAPL");
        Fixtures.assertSameChain(chains.get(1), SampleChains.chain("MSFT"), "MSFT");
        assertThat(ChainFiles.readStore(dir).chain("iwm")).isPresent();
    }

    @Test
    void read_sameSymbolInTwoFiles_readReturnsBothAndTheStoreKeepsTheLatest(@TempDir Path dir) throws Exception {
        OptionChain spy = SampleChains.chain("SPY");
        OptionChain later = ReadOptions.defaults().withAsOf(spy.asOf().plusSeconds(60)).apply(spy);
        Files.writeString(dir.resolve("a.json"), mapper.writeValueAsString(later));
        Files.writeString(dir.resolve("b.csv"), ChainCsv.toCsv(List.of(spy)));
        List<OptionChain> all = ChainFiles.read(dir);
        assertThat(all).extracting(OptionChain::asOf).containsExactly(later.asOf(), spy.asOf());
        // the latest as-of wins although its file comes first
        assertThat(ChainFiles.readStore(dir).chain("spy").orElseThrow().asOf()).isEqualTo(later.asOf());
    }

    @Test
    void readStore_equalAsOf_theLaterFileNameWins(@TempDir Path dir) throws Exception {
        OptionChain spy = SampleChains.chain("SPY");
        OptionChain other = ReadOptions.defaults().withUnderlyingPrice(600).apply(spy);
        Files.writeString(dir.resolve("b.json"), mapper.writeValueAsString(other));
        Files.writeString(dir.resolve("a.json"), mapper.writeValueAsString(spy));
        assertThat(ChainFiles.readStore(dir).chain("SPY").orElseThrow().underlyingPrice()).isEqualTo(600);
        // and in one list, the later element
        assertThat(ChainFiles.latestBySymbol(List.of(other, spy)).chain("SPY").orElseThrow().underlyingPrice())
                .isEqualTo(597.5);
    }

    @Test
    void read_malformedJson_namesFileLineColumnAndField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "[\n" + mapper.writeValueAsString(SampleChains.chain("SPY")) + ",\n"
                + "{\"symbol\":\"QQQ\",\"underlying_price\":521.3,\"as_of\":\"2026-05-29T15:30:00Z\",\n"
                + "\"contracts\":[{\"type\":\"call\",\"expiration\":\"2026-06-18\",\"strike\":\"abc\"}]}\n]\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ChainFiles.read(file))
                .isInstanceOf(ChainFormatException.class)
                .hasMessage(file + ": line 4, column 64: [1] contracts[0].strike: expected a number but found a "
                        + "string \"abc\"")
                .satisfies(e -> assertThat(((ChainFormatException) e).line()).isEqualTo(4));
    }

    @Test
    void read_badPaths_areReported(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ChainFiles.read(dir.resolve("missing")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("no such file or directory: " + dir.resolve("missing"));
        Path emptyDir = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> ChainFiles.read(emptyDir))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("no .json, .csv or .dat chain file in directory " + emptyDir);
        Path txt = Files.writeString(dir.resolve("chains.txt"), "x");
        assertThatThrownBy(() -> ChainFiles.read(txt))
                .isInstanceOf(ChainFormatException.class)
                .hasMessageStartingWith(txt + ": line 1, column 1: not a recognised chain file: expected the "
                        + "project's JSON");
        Path empty = Files.writeString(dir.resolve("empty.json"), "  ");
        assertThatThrownBy(() -> ChainFiles.read(empty))
                .hasMessage(empty + ": line 1, column 1: empty file: expected option chains");
        Path trailing = Files.writeString(dir.resolve("trailing.json"),
                mapper.writeValueAsString(SampleChains.chain("TSLA")) + "\n{}");
        assertThatThrownBy(() -> ChainFiles.read(trailing))
                .hasMessageContaining("line 2, column 1: unexpected content after the chain data");
    }
}
