package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.BasketResult;
import dev.exposure.OptionChain;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed text inside a value (a bad escape, a raw control character, broken UTF-8 in a string), which Jackson
 * decodes only when the value's text is asked for, is a {@link JsonMappingException} naming the field path, like
 * every other error inside a value. Text that is not JSON before the value starts or after it ends is Jackson's
 * own {@link JsonParseException}, with line and column (found by the reader fuzz suite).
 */
class MalformedTextTest {

    private static final ObjectMapper MAPPER = ExposureJson.newMapper();
    private static final String CHAIN = "{\"symbol\":\"SPY\",\"underlying_price\":597.5,"
            + "\"as_of\":\"2026-05-29T15:30:00Z\",\"contracts\":[{\"type\":\"call\",\"expiration\":\"2026-06-18\","
            + "\"strike\":600,\"open_interest\":10,\"implied_volatility\":0.15}]}";

    @ParameterizedTest
    @ValueSource(strings = {"\"S\\qPY\"", "\"S\u0001PY\"", "\"SPY\\u12\"", "5"})
    void symbolWithMalformedText_namesTheField(String value) {
        String json = CHAIN.replace("\"SPY\"", value);
        assertThatThrownBy(() -> MAPPER.readValue(json, OptionChain.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageStartingWith("symbol: ")
                .hasMessageContaining("line: 1, column: ");
    }

    @Test
    void expirationWithBadEscape_namesTheFieldPath() {
        String json = CHAIN.replace("\"2026-06-18\"", "\"2026-06-1\\x\"");
        assertThatThrownBy(() -> MAPPER.readValue(json, OptionChain.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageStartingWith("contracts[0].expiration: ");
    }

    @Test
    void typeAsAStringWhereANumberBelongs_withBadEscape_namesTheFieldPath() {
        String json = CHAIN.replace("600", "\"6\\x0\"");
        assertThatThrownBy(() -> MAPPER.readValue(json, OptionChain.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageStartingWith("contracts[0].strike: ");
    }

    @Test
    void brokenUtf8InAString_namesTheField() {
        byte[] bytes = CHAIN.getBytes(StandardCharsets.UTF_8);
        int at = CHAIN.indexOf("SPY") + 1;
        bytes[at] = (byte) 0xC3; // a two-byte lead followed by 'Y', not a continuation byte
        assertThatThrownBy(() -> MAPPER.readValue(bytes, OptionChain.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageStartingWith("symbol: ");
        byte[] basket = Fixtures.resource("golden-basket.json").replace("\"AAPL\"", "\"AA\u00e9PL\"")
                .getBytes(StandardCharsets.UTF_8);
        basket[Fixtures.resource("golden-basket.json").indexOf("AAPL") + 3] = (byte) 0xFF;
        assertThatThrownBy(() -> MAPPER.readValue(basket, BasketResult.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageStartingWith("constituents[0].symbol: ");
    }

    @Test
    void notJsonOutsideTheValue_isAParseErrorWithLineAndColumn() {
        assertThatThrownBy(() -> MAPPER.readValue("x" + CHAIN, OptionChain.class))
                .isInstanceOfSatisfying(JsonParseException.class,
                        e -> assertThat(e.getLocation().getLineNr()).isEqualTo(1))
                .hasMessageContaining("line: 1, column: ");
        assertThatThrownBy(() -> MAPPER.readValue(CHAIN + "\n}x", OptionChain.class))
                .isInstanceOfSatisfying(JsonProcessingException.class,
                        e -> assertThat(e.getLocation().getLineNr()).isEqualTo(2));
    }
}
