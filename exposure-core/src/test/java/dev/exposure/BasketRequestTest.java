package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BasketRequestTest {

    private static void assertError(Runnable call, ExposureError error) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ExposureException.class,
                e -> assertThat(e.error()).isEqualTo(error));
    }

    private static String symbols(int n) {
        return IntStream.range(0, n).mapToObj(i -> "S" + i).collect(Collectors.joining(","));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", ",", " , ,, "})
    void parse_noSymbol_isMissingSymbols(String symbols) {
        assertError(() -> BasketRequest.parse(symbols, null), ExposureError.MISSING_SYMBOLS);
        assertError(() -> BasketRequest.parse(symbols, "abc"), ExposureError.MISSING_SYMBOLS); // rule 1 first
    }

    @Test
    void parse_paddedLowerCaseAndDuplicates_areNormalisedInFirstOccurrenceOrder() {
        BasketRequest r = BasketRequest.parse(" aapl , msft,,AAPL , nvda ", null);
        assertThat(r.symbols()).containsExactly("AAPL", "MSFT", "NVDA");
        assertThat(r.weights()).containsExactly(1.0 / 3, 1.0 / 3, 1.0 / 3);
    }

    @Test
    void parse_turkishDefaultLocale_stillUpperCasesWithRootRules() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(BasketRequest.parse("iwm,spy", null).symbols()).containsExactly("IWM", "SPY");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void parse_51DistinctSymbols_isTooManySymbols() {
        assertError(() -> BasketRequest.parse(symbols(51), null), ExposureError.TOO_MANY_SYMBOLS);
        // rule 3 comes before the weight rules
        assertError(() -> BasketRequest.parse(symbols(51), "x"), ExposureError.TOO_MANY_SYMBOLS);
    }

    @Test
    void parse_50DistinctSymbolsPlusDuplicates_isAccepted() {
        String s = symbols(50) + "," + symbols(50).toLowerCase(Locale.ROOT) + ",S7";
        BasketRequest r = BasketRequest.parse(s, null);
        assertThat(r.symbols()).hasSize(50).startsWith("S0", "S1").endsWith("S49");
        assertThat(r.weights()).containsOnly(1.0 / 50);
    }

    @Test
    void parse_weightCountDiffersFromNonEmptySymbolTokens_isWeightCountMismatch() {
        assertError(() -> BasketRequest.parse("A,B", "1"), ExposureError.WEIGHT_COUNT_MISMATCH);
        assertError(() -> BasketRequest.parse("A,B", "1,2,"), ExposureError.WEIGHT_COUNT_MISMATCH);
        // duplicates count before de-duplication: two tokens need two weights
        assertError(() -> BasketRequest.parse("A,a", "1"), ExposureError.WEIGHT_COUNT_MISMATCH);
        // the count is checked before the values
        assertError(() -> BasketRequest.parse("A,B", "x"), ExposureError.WEIGHT_COUNT_MISMATCH);
        // empty symbol tokens are not counted
        assertThat(BasketRequest.parse("A,,B,", "1,3").weights()).containsExactly(0.25, 0.75);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-1", "0x1p3", "1e400", "1d", "1f", "-0", "", " ", "+", ".", "1e",
        "e5", "1.2.3", "--1", "+-1", "1e+", "٣", "1 2", "+.e1", "0x10", "1_000"})
    void parse_weightOutsideTheGrammar_isInvalidWeights(String bad) {
        assertError(() -> BasketRequest.parse("A,B", "1," + bad), ExposureError.INVALID_WEIGHTS);
    }

    @Test
    void parse_emptyMiddleWeightToken_isInvalidWeights() {
        assertError(() -> BasketRequest.parse("A,B,C", "1,,2"), ExposureError.INVALID_WEIGHTS);
    }

    @Test
    void parse_invalidWeight_messageNamesTheToken() {
        assertThatThrownBy(() -> BasketRequest.parse("A,B", "1,abc")).hasMessageContaining("weight 2")
                .hasMessageContaining("abc");
    }

    @Test
    void parse_decimalForms_areAcceptedAndNormalised() {
        BasketRequest r = BasketRequest.parse("A,B,C,D,E,F", "+1, 1. ,.5,1e0,2.5E-1,0.25e+0");
        // raw 1, 1, 0.5, 1, 0.25, 0.25 → sum 4
        assertThat(r.weights()).containsExactly(0.25, 0.25, 0.125, 0.25, 0.0625, 0.0625);
    }

    @Test
    void parse_allWeightsZero_isInvalidWeights() {
        assertError(() -> BasketRequest.parse("A,B", "0,0.0"), ExposureError.INVALID_WEIGHTS);
        assertError(() -> BasketRequest.parse("A,B", "1e-400,0"), ExposureError.INVALID_WEIGHTS); // rounds to 0
    }

    @Test
    void parse_duplicatedSymbols_sumTheirWeights() {
        BasketRequest r = BasketRequest.parse("A,B,a", "1,2,3");
        assertThat(r.symbols()).containsExactly("A", "B");
        assertThat(r.weights()).containsExactly(4.0 / 6, 2.0 / 6);
    }

    @Test
    void parse_extremeWeights_normaliseWithoutOverflowOrUnderflow() {
        assertThat(BasketRequest.parse("A,B", "1e308,1e308").weights()).containsExactly(0.5, 0.5);
        assertThat(BasketRequest.parse("A,B", "1e-320,1e-320").weights()).containsExactly(0.5, 0.5);
        assertThat(BasketRequest.parse("A,A,B", "1e308,1e308,1e308").weights()).containsExactly(2.0 / 3, 1.0 / 3);
        assertThat(BasketRequest.parse("A,B", "1.7976931348623157e308,0").weights()).containsExactly(1.0, 0.0);
    }

    @Test
    void parse_zeroWeightSymbol_keepsWeightZero() {
        assertThat(BasketRequest.parse("A,B,C", "0,1,3").weights()).containsExactly(0.0, 0.25, 0.75);
    }

    @Test
    void of_appliesTheSameRules() {
        assertError(() -> BasketRequest.of(null, null), ExposureError.MISSING_SYMBOLS);
        assertError(() -> BasketRequest.of(List.of(" ", ""), null), ExposureError.MISSING_SYMBOLS);
        assertError(() -> BasketRequest.of(List.of("A", "B"), List.of(1.0)), ExposureError.WEIGHT_COUNT_MISMATCH);
        assertError(() -> BasketRequest.of(List.of("A", "B"), List.of(1.0, Double.NaN)),
                ExposureError.INVALID_WEIGHTS);
        assertError(() -> BasketRequest.of(List.of("A", "B"), List.of(1.0, -0.0)), ExposureError.INVALID_WEIGHTS);
        assertError(() -> BasketRequest.of(List.of("A", "B"), Arrays.asList(1.0, null)),
                ExposureError.INVALID_WEIGHTS);
        assertError(() -> BasketRequest.of(List.of("A", "B"), List.of(Double.POSITIVE_INFINITY, 1.0)),
                ExposureError.INVALID_WEIGHTS);
        assertError(() -> BasketRequest.of(List.of("A", "B"), List.of(0.0, 0.0)), ExposureError.INVALID_WEIGHTS);
        List<String> many = IntStream.range(0, 51).mapToObj(i -> "S" + i).collect(Collectors.toList());
        assertError(() -> BasketRequest.of(many, null), ExposureError.TOO_MANY_SYMBOLS);

        BasketRequest r = BasketRequest.of(List.of(" aapl", "", "MSFT", "AAPL"), List.of(1.0, 2.0, 1.0));
        assertThat(r.symbols()).containsExactly("AAPL", "MSFT");
        assertThat(r.weights()).containsExactly(0.5, 0.5);
        assertThat(r).isEqualTo(BasketRequest.parse(" aapl,,MSFT,AAPL", "1,2,1"));
    }

    @Test
    void of_callerListsChangedAfterwards_requestUnchangedAndUnmodifiable() {
        List<String> symbols = new ArrayList<>(List.of("A", "B"));
        List<Double> weights = new ArrayList<>(List.of(1.0, 3.0));
        BasketRequest r = BasketRequest.of(symbols, weights);
        symbols.set(0, "Z");
        weights.set(0, 100.0);
        assertThat(r.symbols()).containsExactly("A", "B");
        assertThat(r.weights()).containsExactly(0.25, 0.75);
        assertThatThrownBy(() -> r.symbols().add("C")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.weights().set(0, 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> BasketRequest.of(Arrays.asList("A", null), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("symbols[1]");
    }

    @Test
    void of_symbolElementWithCommas_isSplitLikeTheStringForm() {
        assertThat(BasketRequest.of(List.of("a,b", " ,c"), Collections.emptyList()).symbols())
                .containsExactly("A", "B", "C");
        // three non-empty tokens need three weights
        assertError(() -> BasketRequest.of(List.of("a,b"), List.of(1.0)), ExposureError.WEIGHT_COUNT_MISMATCH);
        assertThat(BasketRequest.of(List.of("a,b"), List.of(1.0, 3.0)).weights()).containsExactly(0.25, 0.75);
    }

    @Test
    void errorCodes_matchTheWireNamesAndHttpStatuses() {
        assertThat(Arrays.stream(ExposureError.values()).map(ExposureError::code)).containsExactly(
                "missing_symbols", "too_many_symbols", "invalid_weights", "weight_count_mismatch", "no_data");
        assertThat(Arrays.stream(ExposureError.values()).map(ExposureError::httpStatus))
                .containsExactly(400, 400, 400, 400, 404);
        assertThat(ExposureError.fromCode("no_data")).isEqualTo(ExposureError.NO_DATA);
        assertThat(Regime.POSITIVE_GAMMA.code()).isEqualTo("positive_gamma");
        assertThat(Regime.NEGATIVE_GAMMA.code()).isEqualTo("negative_gamma");
    }
}
