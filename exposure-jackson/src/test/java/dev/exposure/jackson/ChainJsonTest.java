package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import dev.exposure.TermStructure;
import dev.exposure.TermStructureBuilder;
import dev.exposure.jackson.samples.SampleChains;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reading option chains from JSON: equivalence with chains built in code, and the errors for malformed input. */
class ChainJsonTest {

    private static final ObjectMapper STRICT = ExposureJson.newMapper();
    private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();

    private static final String HEAD = "{\"symbol\":\"SPY\",\"underlying_price\":597.5,"
            + "\"as_of\":\"2026-05-29T15:30:00Z\",\n\"contracts\":[\n";

    /** A chain document whose second contract (line 4) is {@code contract}. */
    private static String withSecondContract(String contract) {
        return HEAD + "{\"type\":\"call\",\"expiration\":\"2026-06-18\",\"strike\":600,\"open_interest\":10,"
                + "\"implied_volatility\":0.15},\n" + contract + "\n]}";
    }

    @Test
    void read_handWrittenChain_givesTheSameTermStructureAsTheChainBuiltInCode() throws Exception {
        OptionChain read = STRICT.readValue(Fixtures.resource("chain-small.json"), OptionChain.class);
        OptionChain built = OptionChain.builder("QQQ", 521.3, Instant.parse("2026-05-29T15:30:00Z"))
                .riskFreeRate(0.043).dividendYield(0.006)
                .add(OptionType.CALL, LocalDate.of(2026, 5, 29), 520, 1200, 0.21)
                .add(OptionType.PUT, LocalDate.of(2026, 5, 29), 520, 1500, 0.215)
                .add(OptionType.CALL, LocalDate.of(2026, 6, 18), 530, 8000, 0.17)
                .add(OptionType.PUT, LocalDate.of(2026, 6, 18), 500, 9500, 0.205)
                .add(OptionType.PUT, LocalDate.of(2026, 6, 18), 510, 0, 0.19)
                .add(OptionType.CALL, LocalDate.of(2026, 12, 18), 550, 4000, 0.18)
                .add(OptionType.PUT, LocalDate.of(2027, 1, 15), 450, 7000, 0.24)
                .add(OptionType.PUT, LocalDate.of(2027, 1, 15), -5, 100, 0.24)
                .build();
        Fixtures.assertSameChain(read, built, "chain-small.json");
        TermStructureBuilder builder = new TermStructureBuilder();
        TermStructure fromJson = builder.build(read);
        assertThat(fromJson).isEqualTo(builder.build(built));
        assertThat(fromJson.skippedContracts()).isEqualTo(1); // the negative strike is read, then skipped
    }

    @Test
    void read_sampleChainWrittenAsJson_givesTheSameTermStructure() throws Exception {
        OptionChain spy = SampleChains.chain("SPY");
        OptionChain back = STRICT.readValue(STRICT.writeValueAsBytes(spy), OptionChain.class);
        Fixtures.assertSameChain(back, spy, "SPY sample");
        assertThat(new TermStructureBuilder().build(back)).isEqualTo(new TermStructureBuilder().build(spy));
    }

    @Test
    void read_optionalHeaderFieldsAbsent_usesTheDefaults() throws Exception {
        OptionChain c = STRICT.readValue(HEAD + "]}", OptionChain.class);
        assertThat(c.riskFreeRate()).isZero();
        assertThat(c.dividendYield()).isZero();
        assertThat(c.contractMultiplier()).isEqualTo(100);
        assertThat(c.size()).isZero();
    }

    @Test
    void read_fieldsInAnyOrder_contractsBeforeTheHeader() throws Exception {
        OptionChain c = STRICT.readValue("{\"contracts\":[{\"implied_volatility\":0.2,\"open_interest\":3,"
                + "\"strike\":100,\"expiration\":\"2026-06-18\",\"type\":\"put\"}],\"contract_multiplier\":10,"
                + "\"as_of\":\"2026-05-29T15:30:00Z\",\"underlying_price\":101,\"symbol\":\"XYZ\"}", OptionChain.class);
        assertThat(c.symbol()).isEqualTo("XYZ");
        assertThat(c.contractMultiplier()).isEqualTo(10);
        assertThat(c.type(0)).isEqualTo(OptionType.PUT);
        assertThat(c.strike(0)).isEqualTo(100);
    }

    @Test
    void read_missingContractField_namesContractFieldAndLine() {
        String json = withSecondContract("{\"type\":\"put\",\"expiration\":\"2026-06-18\",\"open_interest\":10,"
                + "\"implied_volatility\":0.15}");
        for (ObjectMapper mapper : new ObjectMapper[] {STRICT, PLAIN}) {
            assertThatThrownBy(() -> mapper.readValue(json, OptionChain.class))
                    .isInstanceOf(JsonMappingException.class)
                    .hasMessageContaining("contracts[1]: missing required field 'strike'")
                    .hasMessageContaining("line: 4");
        }
    }

    @Test
    void read_missingHeaderField_namesIt() {
        assertThatThrownBy(() -> STRICT.readValue("{\"symbol\":\"SPY\",\"as_of\":\"2026-05-29T15:30:00Z\","
                + "\"contracts\":[]}", OptionChain.class))
                .hasMessageContaining("OptionChain: missing required field 'underlying_price'")
                .hasMessageContaining("line: 1");
    }

    @Test
    void read_unknownOptionType_namesTheValueFieldAndPosition() {
        String json = withSecondContract("{\"type\":\"straddle\",\"expiration\":\"2026-06-18\",\"strike\":600,"
                + "\"open_interest\":10,\"implied_volatility\":0.15}");
        assertThatThrownBy(() -> STRICT.readValue(json, OptionChain.class))
                .hasMessageContaining("contracts[1].type: unknown option type \"straddle\" (expected \"call\" or "
                        + "\"put\")")
                .hasMessageContaining("line: 4, column: 9");
    }

    @Test
    void read_nonNumericStrike_isNotConverted() {
        String json = withSecondContract("{\"type\":\"put\",\"expiration\":\"2026-06-18\",\"strike\":\"abc\","
                + "\"open_interest\":10,\"implied_volatility\":0.15}");
        assertThatThrownBy(() -> PLAIN.readValue(json, OptionChain.class))
                .hasMessageContaining("contracts[1].strike: expected a number but found a string \"abc\"")
                .hasMessageContaining("line: 4, column: 50");
        String quotedNumber = json.replace("\"abc\"", "\"600\"");
        assertThatThrownBy(() -> PLAIN.readValue(quotedNumber, OptionChain.class))
                .hasMessageContaining("contracts[1].strike: expected a number but found a string \"600\"");
    }

    @Test
    void read_truncatedDocument_failsNamingTheContractAndLine() {
        String json = HEAD + "{\"type\":\"call\",\"expiration\":\"2026-06-18\",\"strike\":60";
        assertThatThrownBy(() -> STRICT.readValue(json, OptionChain.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("contracts[0]")
                .hasMessageContaining("end-of-input")
                .hasMessageContaining("line: 3");
        assertThatThrownBy(() -> STRICT.readValue(HEAD, OptionChain.class))
                .hasMessageContaining("contracts")
                .hasMessageContaining("line: 3");
    }

    @Test
    void read_nestingTooDeep_isRejected() {
        // a nested value where a number belongs is refused at its first bracket, whatever the mapper's limits
        String deep = "[".repeat(40) + "1" + "]".repeat(40);
        String json = withSecondContract("{\"type\":\"put\",\"expiration\":\"2026-06-18\",\"strike\":" + deep
                + ",\"open_interest\":10,\"implied_volatility\":0.15}");
        assertThatThrownBy(() -> PLAIN.readValue(json, OptionChain.class))
                .hasMessageContaining("contracts[1].strike: expected a number but found an array")
                .hasMessageContaining("line: 4");
        // and the strict mapper refuses any document nested deeper than 16 levels before it is mapped at all
        assertThatThrownBy(() -> STRICT.readTree(deep))
                .hasMessageContaining("nesting depth (17) exceeds the maximum allowed (16");
    }

    @Test
    void read_oversizedNumber_isRejectedByTheStrictMapper() {
        String json = withSecondContract("{\"type\":\"put\",\"expiration\":\"2026-06-18\",\"strike\":1"
                + "0".repeat(500) + ",\"open_interest\":10,\"implied_volatility\":0.15}");
        assertThatThrownBy(() -> STRICT.readValue(json, OptionChain.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("contracts[1]")
                .hasMessageContaining("Number value length (501) exceeds the maximum allowed (400")
                .hasMessageContaining("line: 4")
                .hasCauseInstanceOf(com.fasterxml.jackson.core.exc.StreamConstraintsException.class);
    }

    @Test
    void read_numberOutOfDoubleRange_isRejected() {
        String json = withSecondContract("{\"type\":\"put\",\"expiration\":\"2026-06-18\",\"strike\":1e400,"
                + "\"open_interest\":10,\"implied_volatility\":0.15}");
        assertThatThrownBy(() -> STRICT.readValue(json, OptionChain.class))
                .hasMessageContaining("contracts[1].strike: '1e400' is not a finite number in the double range");
    }

    @Test
    void read_longestPlainDouble_fitsTheNumberLimit() throws Exception {
        OptionChain c = OptionChain.builder("X", Double.MIN_VALUE, Instant.EPOCH).riskFreeRate(-Double.MIN_VALUE)
                .dividendYield(-Double.MAX_VALUE).build();
        Fixtures.assertSameChain(STRICT.readValue(STRICT.writeValueAsString(c), OptionChain.class), c, "extremes");
    }

    @Test
    void read_duplicateKey_isRejectedByEveryMapper() {
        String json = withSecondContract("{\"type\":\"put\",\"expiration\":\"2026-06-18\",\"strike\":1,"
                + "\"strike\":2,\"open_interest\":10,\"implied_volatility\":0.15}");
        assertThatThrownBy(() -> STRICT.readValue(json, OptionChain.class))
                .hasMessageContaining("Duplicate field 'strike'")
                .hasMessageContaining("line: 4");
        assertThatThrownBy(() -> PLAIN.readValue(json, OptionChain.class))
                .hasMessageContaining("contracts[1].strike: duplicate field")
                .hasMessageContaining("line: 4");
    }

    @Test
    void read_unknownField_isRejectedNamingTheKnownOnes() {
        assertThatThrownBy(() -> STRICT.readValue(withSecondContract("{\"type\":\"put\",\"expiration\":"
                + "\"2026-06-18\",\"strike\":1,\"bid\":2,\"open_interest\":10,\"implied_volatility\":0.15}"),
                OptionChain.class))
                .hasMessageContaining("contracts[1].bid: unknown field in contract (expected one of type, "
                        + "expiration, strike, open_interest, implied_volatility)");
        assertThatThrownBy(() -> STRICT.readValue("{\"symbol\":\"SPY\",\"spot\":1}", OptionChain.class))
                .hasMessageContaining("spot: unknown field in OptionChain");
    }

    @Test
    void read_wrongValues_areRejectedNamingTheField() {
        String base = "{\"symbol\":\"SPY\",\"underlying_price\":597.5,\"as_of\":\"2026-05-29T15:30:00Z\","
                + "\"contracts\":[]";
        assertThatThrownBy(() -> STRICT.readValue(base + ",\"contract_multiplier\":100.5}", OptionChain.class))
                .hasMessageContaining("contract_multiplier: expected an integer but found the number 100.5");
        assertThatThrownBy(() -> STRICT.readValue(base + ",\"contract_multiplier\":0}", OptionChain.class))
                .hasMessageContaining("contract_multiplier: must be at least 1 but was 0");
        assertThatThrownBy(() -> STRICT.readValue(base + ",\"risk_free_rate\":null}", OptionChain.class))
                .hasMessageContaining("risk_free_rate: expected a number but found null");
        assertThatThrownBy(() -> STRICT.readValue(base.replace("\"SPY\"", "\"  \"") + "}", OptionChain.class))
                .hasMessageContaining("symbol: must not be blank");
        assertThatThrownBy(() -> STRICT.readValue(base.replace("2026-05-29T15:30:00Z", "2026-05-29 15:30") + "}",
                OptionChain.class))
                .hasMessageContaining("as_of: '2026-05-29 15:30' is not an ISO-8601 UTC instant");
        assertThatThrownBy(() -> STRICT.readValue(withSecondContract("{\"type\":\"put\",\"expiration\":"
                + "\"2026-02-30\",\"strike\":1,\"open_interest\":10,\"implied_volatility\":0.15}"), OptionChain.class))
                .hasMessageContaining("contracts[1].expiration: '2026-02-30' is not a date of the form YYYY-MM-DD");
        assertThatThrownBy(() -> STRICT.readValue("[]", OptionChain.class))
                .hasMessageContaining("OptionChain: expected an object but found an array");
        assertThatThrownBy(() -> PLAIN.readValue(base + ",\"contracts\":{}}", OptionChain.class))
                .hasMessageContaining("contracts: duplicate field");
        assertThatThrownBy(() -> STRICT.readValue(base.replace("[]", "{}") + "}", OptionChain.class))
                .hasMessageContaining("contracts: expected an array but found an object");
        assertThatThrownBy(() -> STRICT.readValue(base.replace("[]", "[1]") + "}", OptionChain.class))
                .hasMessageContaining("contracts[0]: expected an object but found the number 1");
    }

    @Test
    void read_trailingContent_isRejectedByTheStrictMapper() {
        assertThatThrownBy(() -> STRICT.readValue(HEAD + "]} {}", OptionChain.class))
                .hasMessageContaining("Trailing token");
    }

    @Test
    void write_chainWithNaN_isRefusedNamingTheContract() {
        OptionChain c = OptionChain.builder("SPY", 597.5, Instant.EPOCH)
                .add(OptionType.CALL, LocalDate.of(2026, 6, 18), 600, 1, 0.2)
                .add(OptionType.PUT, LocalDate.of(2026, 6, 18), Double.NaN, 1, 0.2)
                .build();
        assertThatThrownBy(() -> STRICT.writeValueAsString(c))
                .hasMessageContaining("OptionChain SPY contracts[1].strike is NaN, which JSON cannot represent");
    }
}
