package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.BasketResult;
import dev.exposure.OptionChain;
import dev.exposure.TermStructure;
import java.io.StringReader;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed input to the readers of SPEC §6, one row per case: every one fails, and the message names the culprit
 * (field, value or position). Nothing is silently dropped.
 */
class BadJsonMatrixTest {

    private static final ObjectMapper STRICT = ExposureJson.newMapper();
    private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();

    private static final String CONTRACT = "{\"type\":\"call\",\"expiration\":\"2026-06-18\",\"strike\":600,"
            + "\"open_interest\":10,\"implied_volatility\":0.15}";
    private static final String CHAIN = "{\"symbol\":\"SPY\",\"underlying_price\":597.5,"
            + "\"as_of\":\"2026-05-29T15:30:00Z\",\"contracts\":[" + CONTRACT + "]}";
    private static final String CSV_HEADER = String.join(",", ChainCsv.COLUMNS) + "\n";
    private static final String CSV_ROW = "SPY,597.5,2026-05-29T15:30:00Z,0.043,0.0125,100,call,2026-06-18,600,15000,"
            + "0.1432\n";

    private static ThrowingCallable chain(ObjectMapper mapper, String json) {
        return () -> mapper.readValue(json, OptionChain.class);
    }

    private static ThrowingCallable csv(String text) {
        return () -> ChainCsv.read(new StringReader(text), "chains.csv");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of("missing strike", chain(STRICT, CHAIN.replace("\"strike\":600,", "")), "strike"),
            Arguments.of("missing symbol", chain(PLAIN, CHAIN.replace("\"symbol\":\"SPY\",", "")), "symbol"),
            Arguments.of("missing as_of", chain(STRICT, CHAIN.replace(",\"as_of\":\"2026-05-29T15:30:00Z\"", "")),
                "as_of"),
            Arguments.of("missing contracts", chain(STRICT, CHAIN.substring(0, CHAIN.indexOf(",\"contracts\""))
                + "}"), "contracts"),
            Arguments.of("unknown option type", chain(STRICT, CHAIN.replace("\"call\"", "\"straddle\"")),
                "straddle"),
            Arguments.of("non-numeric strike", chain(PLAIN, CHAIN.replace("600", "\"abc\"")), "strike"),
            Arguments.of("null strike", chain(STRICT, CHAIN.replace("600", "null")), "strike"),
            Arguments.of("bad expiration", chain(STRICT, CHAIN.replace("2026-06-18", "2026-02-30")), "expiration"),
            Arguments.of("bad as_of", chain(STRICT, CHAIN.replace("2026-05-29T15:30:00Z", "yesterday")), "as_of"),
            Arguments.of("blank symbol", chain(STRICT, CHAIN.replace("\"SPY\"", "\" \"")), "symbol"),
            Arguments.of("zero multiplier", chain(STRICT, CHAIN.replace("{\"symbol\"",
                "{\"contract_multiplier\":0,\"symbol\"")), "contract_multiplier"),
            Arguments.of("fractional multiplier", chain(STRICT, CHAIN.replace("{\"symbol\"",
                "{\"contract_multiplier\":1.5,\"symbol\"")), "contract_multiplier"),
            Arguments.of("unknown field", chain(STRICT, CHAIN.replace("\"strike\"", "\"strik\":1,\"strike\"")),
                "strik"),
            Arguments.of("duplicate key", chain(PLAIN, CHAIN.replace("\"strike\":600", "\"strike\":600,\"strike\":1")),
                "strike"),
            Arguments.of("truncated", chain(STRICT, CHAIN.substring(0, CHAIN.length() - 10)), "line"),
            Arguments.of("number out of range", chain(STRICT, CHAIN.replace("600", "1e400")), "strike"),
            Arguments.of("oversized number", chain(STRICT, CHAIN.replace("600", "6" + "0".repeat(1000))),
                "Number value length"),
            Arguments.of("nested value for a number", chain(PLAIN, CHAIN.replace("600",
                "[".repeat(40) + "]".repeat(40))), "strike: expected a number but found an array"),
            Arguments.of("nesting too deep", (ThrowingCallable) () -> STRICT.readTree("[".repeat(40)
                + "]".repeat(40)), "nesting depth"),
            Arguments.of("not an object", chain(STRICT, "42"), "OptionChain"),
            Arguments.of("term structure without symbol", (ThrowingCallable) () -> STRICT.readValue(
                "{\"underlying_price\":1}", TermStructure.class), "symbol"),
            Arguments.of("basket with bad regime", (ThrowingCallable) () -> STRICT.readValue(
                Fixtures.resource("golden-basket.json").replace("positive_gamma", "sideways"), BasketResult.class),
                "sideways"),
            Arguments.of("csv: unknown option type", csv(CSV_HEADER + CSV_ROW.replace("call", "straddle")),
                "line 2, column 7 (type)"),
            Arguments.of("csv: non-numeric strike", csv(CSV_HEADER + CSV_ROW.replace(",600,", ",abc,")),
                "line 2, column 9 (strike)"),
            Arguments.of("csv: missing field", csv(CSV_HEADER + CSV_ROW.replace(",0.1432", "")), "line 2"),
            Arguments.of("csv: missing header column", csv(CSV_HEADER.replace(",strike", "")
                + CSV_ROW.replace(",600,", ",")), "strike"),
            Arguments.of("csv: NaN volatility", csv(CSV_HEADER + CSV_ROW.replace("0.1432", "NaN")),
                "implied_volatility"),
            Arguments.of("csv: disagreeing chain columns", csv(CSV_HEADER + CSV_ROW
                + CSV_ROW.replace("597.5", "598")), "line 3, column 2 (underlying_price)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void malformedInput_failsNamingTheCulprit(String name, ThrowingCallable call, String culprit) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as(name).isNotNull();
        assertThat(thrown).as(name).isInstanceOfAny(java.io.IOException.class, ChainFormatException.class);
        assertThat(thrown.getMessage()).as(name).contains(culprit);
    }
}
