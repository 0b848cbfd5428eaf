package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.OptionChain;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The readers apply the core's symbol rule: blanks of any kind (U+00A0, U+2003, U+3000 included) are stripped at
 * both ends, a symbol blank after that is an error naming its line and column, and symbols that differ only by
 * those blanks are one symbol.
 */
class ReaderSymbolTest {

    private static final ObjectMapper MAPPER = ExposureJson.newMapper();
    private static final String HEADER = String.join(",", ChainCsv.COLUMNS) + "\n";
    private static final String REST =
            ",597.5,2026-05-29T15:30:00Z,0.043,0.0125,100,call,2026-06-18,600,15000,0.1432\n";

    private static List<OptionChain> csv(String text) {
        return ChainCsv.read(new StringReader(text), "chains.csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"   \"", "\u2003", "\u3000", "\u00a0\u00a0", "\"\u2003 \u3000\"", "\ufeff"})
    void csv_symbolBlankByUnicode_namesLineAndColumn(String symbol) {
        assertThatThrownBy(() -> csv(HEADER + "SPY" + REST + symbol + REST))
                .isInstanceOf(ChainFormatException.class)
                .hasMessage("chains.csv: line 3, column 1 (symbol): required value is blank")
                .satisfies(e -> {
                    ChainFormatException f = (ChainFormatException) e;
                    assertThat(f.line()).isEqualTo(3);
                    assertThat(f.column()).isEqualTo(1);
                    assertThat(f.field()).isEqualTo("symbol");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\" SPY\"", "\u00a0SPY", "\"SPY\u2003\"", "\u3000SPY\u3000", "\"\tSPY \""})
    void csv_sameSymbolWithBlanksAround_isOneChain(String spelling) {
        List<OptionChain> chains = csv(HEADER + "SPY" + REST + spelling + REST.replace("600", "610"));
        assertThat(chains).hasSize(1);
        assertThat(chains.get(0).symbol()).isEqualTo("SPY");
        assertThat(chains.get(0).size()).isEqualTo(2);
        assertThat(chains.get(0).strike(1)).isEqualTo(610);
    }

    @Test
    void csv_blankFirstSpellingThenPlain_isOneChainUnderTheStrippedSymbol() {
        List<OptionChain> chains = csv(HEADER + "\"\u2003spy \"" + REST + "spy" + REST);
        assertThat(chains).extracting(OptionChain::symbol).containsExactly("spy");
        assertThat(chains.get(0).size()).isEqualTo(2);
    }

    @Test
    void csv_symbolsDifferingInCaseAfterStripping_areRejectedNamingTheRow() {
        assertThatThrownBy(() -> csv(HEADER + "SPY" + REST + "\u2003spy" + REST))
                .isInstanceOf(ChainFormatException.class)
                .hasMessage("chains.csv: line 3, column 1 (symbol): symbol 'spy' differs only in letter case from "
                        + "'SPY'");
    }

    @Test
    void csv_readStore_symbolsWithBlanks_findsTheChain() {
        List<OptionChain> chains = csv(HEADER + "\u00a0QQQ" + REST + "\"SPY \"" + REST);
        assertThat(chains).extracting(OptionChain::symbol).containsExactly("QQQ", "SPY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"   ", "\\u2003", "\\u3000", "\\u00a0", "\\t\\u2003"})
    void json_symbolBlankByUnicode_namesTheFieldWithLineAndColumn(String symbol) {
        String json = "{\"symbol\":\"" + symbol + "\",\"underlying_price\":597.5,\"as_of\":\"2026-05-29T15:30:00Z\","
                + "\"contracts\":[]}";
        assertThatThrownBy(() -> MAPPER.readValue(json, OptionChain.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageStartingWith("symbol: must not be blank")
                .hasMessageContaining("line: 1, column: ");
    }

    @Test
    void readOptions_symbolWithUnicodeBlanks_followsTheSymbolRule() {
        assertThat(ReadOptions.defaults().withSymbol("\u3000spx\u00a0").symbol()).contains("SPX");
        assertThatThrownBy(() -> ReadOptions.defaults().withSymbol("\u2003\u00a0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("symbol must not be blank");
    }

    @Test
    void latestBySymbol_symbolsDifferingByBlanksAndCase_areOneSymbol() {
        OptionChain a = OptionChain.builder("spy", 1, java.time.Instant.parse("2026-05-29T15:30:00Z")).build();
        OptionChain b = OptionChain.builder("\u00a0SPY", 1, java.time.Instant.parse("2026-05-29T16:30:00Z")).build();
        assertThat(ChainFiles.latestBySymbol(List.of(a, b)).chain("Spy")).containsSame(b);
    }

    @Test
    void json_symbolWithUnicodeBlanksAround_isStripped() throws Exception {
        String json = "{\"symbol\":\"\\u3000SPY\\u2003\",\"underlying_price\":597.5,"
                + "\"as_of\":\"2026-05-29T15:30:00Z\",\"contracts\":[]}";
        assertThat(MAPPER.readValue(json, OptionChain.class).symbol()).isEqualTo("SPY");
    }
}
