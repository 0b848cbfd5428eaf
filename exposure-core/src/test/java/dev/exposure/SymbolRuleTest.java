package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * One symbol rule everywhere (builder, store, basket parser): blanks of any kind are stripped at both ends
 * (Unicode white space and space separators such as U+00A0, U+2003 and U+3000, control and format characters),
 * a symbol blank after stripping is rejected, and symbols are compared upper-cased with {@code Locale.ROOT}.
 */
class SymbolRuleTest {

    private static final Instant AS_OF = Instant.parse("2026-05-29T15:30:00Z");
    private static final LocalDate EXPIRY = LocalDate.of(2026, 6, 18);

    /** Symbols that are blank only by Unicode: no-break, em, ideographic, figure space, tab, NUL, BOM. */
    @ParameterizedTest
    @ValueSource(strings = {"\u2003", "\u3000", "\u00a0", "\u2007\u202f", " \t\u3000 ", "\u0000", "\ufeff",
        "\u200b", "\u0085", "\u2028"})
    void builder_symbolBlankByUnicode_isRejectedNamingTheField(String symbol) {
        assertThatThrownBy(() -> OptionChain.builder(symbol, 100, AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("symbol must not be blank");
    }

    @Test
    void builder_symbolWithUnicodeBlanksAround_isStripped() {
        OptionChain chain = OptionChain.builder("\u3000 spy\u2003\u00a0", 100, AS_OF).build();
        assertThat(chain.symbol()).isEqualTo("spy"); // stripped, letter case kept as given
        assertThat(OptionChain.builder("B R K", 100, AS_OF).build().symbol()).isEqualTo("B R K");
    }

    @Test
    void store_symbolsDifferingOnlyByBlanksAndCase_areOneSymbol() {
        OptionChain a = chain("SPY");
        OptionChain b = chain("\u00a0spy\u2003");
        assertThatThrownBy(() -> MarketDataStore.of(List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two chains for symbol SPY");
        MarketDataStore store = MarketDataStore.of(List.of(b));
        assertThat(store.chain("SPY")).containsSame(b);
        assertThat(store.chain("\u3000Spy\t")).containsSame(b);
        assertThat(store.chain("\u3000")).isEmpty();
    }

    @Test
    void store_foreignChainWithBlankSymbol_isRejectedNamingTheField() {
        OptionChain blank = new ForwardingChain(chain("SPY")) {
            @Override
            public String symbol() {
                return "\u2003";
            }
        };
        assertThatThrownBy(() -> MarketDataStore.of(List.of(blank)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("symbol of chains[0] must not be blank");
    }

    @Test
    void basket_symbolTokensBlankByUnicode_areEmptyTokens() {
        BasketRequest r = BasketRequest.parse("\u2003,aapl\u3000,\u00a0msft , \u2003AAPL", null);
        assertThat(r.symbols()).containsExactly("AAPL", "MSFT");
        // the blank token is empty, so it takes no weight: three non-empty tokens, three weights
        assertThat(BasketRequest.parse("\u2003,aapl\u3000,\u00a0msft , \u2003AAPL", "1,2,1").weights())
                .containsExactly(0.5, 0.5);
        assertThatThrownBy(() -> BasketRequest.parse("\u2003,\u3000,\u00a0", null))
                .isInstanceOfSatisfying(ExposureException.class,
                        e -> assertThat(e.error()).isEqualTo(ExposureError.MISSING_SYMBOLS));
        assertThat(BasketRequest.of(List.of("\u3000nvda", "\u2003"), null).symbols()).containsExactly("NVDA");
    }

    @Test
    void basket_weightTokensPaddedWithUnicodeBlanks_areStripped() {
        assertThat(BasketRequest.parse("A,B", "\u00a01\u2003,\u30003 ").weights()).containsExactly(0.25, 0.75);
        assertThat(BasketRequest.parse("A,B", "\u2003\u00a0").weights()).containsExactly(0.5, 0.5);
    }

    @Test
    void aggregator_symbolFoundWhateverItsBlanksAndCase() {
        MarketDataStore store = MarketDataStore.of(List.of(chain("\u2003Spy")));
        BasketResult r = new BasketAggregator(store).aggregate("\u3000sPY\u00a0", null);
        assertThat(r.missingSymbols()).isEmpty();
        assertThat(r.constituents()).extracting(Constituent::symbol).containsExactly("SPY");
    }

    private static OptionChain chain(String symbol) {
        return OptionChain.builder(symbol, 100, AS_OF).add(OptionType.CALL, EXPIRY, 100, 10, 0.2).build();
    }
}
