package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.exposure.calendar.TradingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented error of SPEC §3 and §5, one row per case: the exact exception type or {@link ExposureError}
 * code, and a message that names the culprit.
 */
class BadInputMatrixTest {

    private static final Instant AS_OF = Instant.parse("2026-05-29T15:30:00Z");
    private static final LocalDate EXP = LocalDate.of(2026, 6, 18);
    private static final OptionChain GOOD = OptionChain.builder("GOOD", 100, AS_OF)
            .add(OptionType.CALL, EXP, 100, 10, 0.2).build();
    private static final MarketDataStore STORE = MarketDataStore.of(List.of(GOOD));

    private static OptionChain.Builder b() {
        return OptionChain.builder("X", 100, AS_OF);
    }

    private static ThrowingCallable term(OptionChain chain) {
        return () -> new TermStructureBuilder().build(chain);
    }

    private static ThrowingCallable parse(String symbols, String weights) {
        return () -> BasketRequest.parse(symbols, weights);
    }

    private static Arguments row(String name, ThrowingCallable call, Object expected, String culprit) {
        return Arguments.of(name, call, expected, culprit);
    }

    static Stream<Arguments> cases() {
        String fiftyOne = IntStream.range(0, 51).mapToObj(i -> "S" + i).collect(Collectors.joining(","));
        return Stream.of(
            // SPEC §3: structural mistakes fail fast, naming the field
            row("null symbol", () -> OptionChain.builder(null, 1, AS_OF), NullPointerException.class, "symbol"),
            row("blank symbol", () -> OptionChain.builder(" \t", 1, AS_OF), IllegalArgumentException.class,
                "symbol"),
            row("empty symbol", () -> OptionChain.builder("", 1, AS_OF), IllegalArgumentException.class, "symbol"),
            row("null asOf", () -> OptionChain.builder("X", 1, null), NullPointerException.class, "asOf"),
            row("null type", () -> b().add(null, EXP, 1, 1, 1), NullPointerException.class, "type"),
            row("null expiration", () -> b().add(OptionType.PUT, null, 1, 1, 1), NullPointerException.class,
                "expiration"),
            row("NaN rate", () -> b().riskFreeRate(Double.NaN), IllegalArgumentException.class, "riskFreeRate"),
            row("infinite rate", () -> b().riskFreeRate(Double.POSITIVE_INFINITY), IllegalArgumentException.class,
                "riskFreeRate"),
            row("infinite yield", () -> b().dividendYield(Double.NEGATIVE_INFINITY),
                IllegalArgumentException.class, "dividendYield"),
            row("zero multiplier", () -> b().contractMultiplier(0), IllegalArgumentException.class,
                "contractMultiplier"),
            row("negative multiplier", () -> b().contractMultiplier(-100), IllegalArgumentException.class,
                "contractMultiplier"),
            row("index out of range", () -> GOOD.strike(1), IndexOutOfBoundsException.class, "1"),
            // SPEC §3: chains with no data
            row("NaN underlying", term(OptionChain.builder("NANS", Double.NaN, AS_OF)
                .add(OptionType.CALL, EXP, 1, 1, 1).build()), ExposureError.NO_DATA, "NANS"),
            row("zero underlying", term(OptionChain.builder("ZERO", 0, AS_OF)
                .add(OptionType.CALL, EXP, 1, 1, 1).build()), ExposureError.NO_DATA, "underlying price"),
            row("negative underlying", term(OptionChain.builder("NEG", -3, AS_OF)
                .add(OptionType.CALL, EXP, 1, 1, 1).build()), ExposureError.NO_DATA, "-3.0"),
            row("infinite underlying", term(OptionChain.builder("INF", Double.POSITIVE_INFINITY, AS_OF)
                .add(OptionType.CALL, EXP, 1, 1, 1).build()), ExposureError.NO_DATA, "Infinity"),
            row("no contracts", term(b().build()), ExposureError.NO_DATA, "no live contract"),
            row("only expired", term(b().add(OptionType.CALL, LocalDate.of(2026, 5, 28), 100, 1, 0.2).build()),
                ExposureError.NO_DATA, "1 expired"),
            row("only skipped", term(b().add(OptionType.CALL, EXP, -100, 1, 0.2).build()), ExposureError.NO_DATA,
                "1 skipped"),
            row("overflowing exposure", term(OptionChain.builder("HUGE", 1e150, AS_OF)
                .add(OptionType.CALL, EXP, 1e150, 1e300, 0.2).build()), IllegalArgumentException.class, "HUGE"),
            row("null chain", () -> new TermStructureBuilder().build(null), NullPointerException.class, "chain"),
            row("null calendar", () -> new TermStructureBuilder((TradingCalendar) null), NullPointerException.class,
                    "calendar"),
            // SPEC §5: request rules, in order
            row("null symbols", parse(null, null), ExposureError.MISSING_SYMBOLS, "symbols"),
            row("empty symbols", parse("", "1"), ExposureError.MISSING_SYMBOLS, "symbols"),
            row("only commas", parse(" , ,", null), ExposureError.MISSING_SYMBOLS, "symbols"),
            row("51 symbols", parse(fiftyOne, null), ExposureError.TOO_MANY_SYMBOLS, "50"),
            row("51 symbols, bad weights", parse(fiftyOne, "x"), ExposureError.TOO_MANY_SYMBOLS, "S50"),
            row("too few weights", parse("A,B,C", "1,2"), ExposureError.WEIGHT_COUNT_MISMATCH, "2 weights"),
            row("trailing comma weight", parse("A,B", "1,2,"), ExposureError.WEIGHT_COUNT_MISMATCH, "3 weights"),
            row("duplicate counts before dedup", parse("A,A", "1"), ExposureError.WEIGHT_COUNT_MISMATCH,
                "2 symbols"),
            row("NaN weight", parse("A,B", "NaN,1"), ExposureError.INVALID_WEIGHTS, "NaN"),
            row("Infinity weight", parse("A,B", "1,Infinity"), ExposureError.INVALID_WEIGHTS, "Infinity"),
            row("negative weight", parse("A,B", "-1,1"), ExposureError.INVALID_WEIGHTS, "-1"),
            row("negative zero weight", parse("A,B", "-0,1"), ExposureError.INVALID_WEIGHTS, "-0"),
            row("hex weight", parse("A,B", "0x1p3,1"), ExposureError.INVALID_WEIGHTS, "0x1p3"),
            row("suffixed weight", parse("A,B", "1d,1"), ExposureError.INVALID_WEIGHTS, "1d"),
            row("overflowing weight", parse("A,B", "1e400,1"), ExposureError.INVALID_WEIGHTS, "1e400"),
            row("empty weight", parse("A,B,C", "1,,2"), ExposureError.INVALID_WEIGHTS, "weight 2"),
            row("all zero weights", parse("A,B", "0,0"), ExposureError.INVALID_WEIGHTS, "zero"),
            row("list: NaN weight", () -> BasketRequest.of(List.of("A"), List.of(Double.NaN)),
                ExposureError.INVALID_WEIGHTS, "NaN"),
            row("list: null weight", () -> BasketRequest.of(List.of("A"), Arrays.asList((Double) null)),
                ExposureError.INVALID_WEIGHTS, "null"),
            row("list: -0.0 weight", () -> BasketRequest.of(List.of("A"), List.of(-0.0)),
                ExposureError.INVALID_WEIGHTS, "-0.0"),
            row("list: null symbol", () -> BasketRequest.of(Arrays.asList("A", null), null),
                NullPointerException.class, "symbols[1]"),
            row("list: count mismatch", () -> BasketRequest.of(List.of("A", "B"), List.of(1.0)),
                ExposureError.WEIGHT_COUNT_MISMATCH, "got 1 weight for 2 symbols"),
            // SPEC §5: aggregation outcomes
            row("all symbols missing", () -> new BasketAggregator(STORE).aggregate("NOPE,NADA", null),
                ExposureError.NO_DATA, "NOPE,NADA"),
            row("only zero-weight survivors", () -> new BasketAggregator(STORE).aggregate("GOOD,NOPE", "0,1"),
                ExposureError.NO_DATA, "NOPE"),
            row("null request", () -> new BasketAggregator(STORE).aggregate(null), NullPointerException.class,
                "request"),
            row("null store", () -> new BasketAggregator(null), NullPointerException.class, "store"),
            row("null executor", () -> new BasketAggregator(STORE, (Executor) null), NullPointerException.class,
                "executor"),
            row("null chains", () -> MarketDataStore.of(null), NullPointerException.class, "chains"),
            row("null chain element", () -> MarketDataStore.of(Arrays.asList(GOOD, null)),
                NullPointerException.class, "chains[1]"),
            row("two chains for a symbol", () -> MarketDataStore.of(List.of(GOOD, GOOD)),
                IllegalArgumentException.class, "GOOD"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInput_failsWithTheDocumentedErrorNamingTheCulprit(String name, ThrowingCallable call, Object expected,
            String culprit) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as(name).isNotNull();
        if (expected instanceof ExposureError) {
            assertThat(thrown).as(name).isInstanceOf(ExposureException.class);
            assertThat(((ExposureException) thrown).error()).as(name).isEqualTo(expected);
        } else {
            assertThat(thrown).as(name).isExactlyInstanceOf((Class<?>) expected);
        }
        assertThat(thrown.getMessage()).as(name).contains(culprit);
    }
}
