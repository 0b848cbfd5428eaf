package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.BasketResult;
import dev.exposure.OptionChain;
import dev.exposure.TermStructure;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Instants and dates as the readers take them: {@code as_of} exactly {@code YYYY-MM-DDTHH:MM:SS[.fraction]Z}
 * (no offset, upper-case {@code T} and {@code Z}, hour 00 to 23, second 00 to 59: nothing is silently changed),
 * dates exactly {@code YYYY-MM-DD}, both within the supported years 1900 to 9999; every violation is an error
 * naming the field with its line and column, in JSON and in CSV alike.
 */
class ReaderTimeTest {

    private static final ObjectMapper MAPPER = ExposureJson.newMapper();
    private static final String CHAIN = "{\"symbol\":\"SPY\",\"underlying_price\":597.5,\"as_of\":\"AS_OF\","
            + "\"contracts\":[{\"type\":\"call\",\"expiration\":\"EXPIRY\",\"strike\":600,\"open_interest\":10,"
            + "\"implied_volatility\":0.15}]}";
    private static final String HEADER = String.join(",", ChainCsv.COLUMNS) + "\n";
    private static final String ROW = "SPY,597.5,AS_OF,0.043,0.0125,100,call,EXPIRY,600,15000,0.1432\n";

    private static String json(String asOf, String expiry) {
        return CHAIN.replace("AS_OF", asOf).replace("EXPIRY", expiry);
    }

    private static List<OptionChain> csv(String asOf, String expiry) {
        return ChainCsv.read(new StringReader(HEADER + ROW.replace("AS_OF", asOf).replace("EXPIRY", expiry)),
                "chains.csv");
    }

    /** Offsets, lower-case letters, hour 24, leap seconds, missing seconds, other lengths and signs. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-05-29T17:30:00+02:00", "2026-05-29T15:30:00+00:00", "2026-05-29T15:30:00z",
        "2026-05-29t15:30:00Z", "2026-05-29T24:00:00Z", "2026-05-29T23:59:60Z", "2026-06-30T23:59:60Z",
        "2026-05-29T15:30Z", "2026-05-29T15:30:00.Z", "2026-05-29T15:30:00.1234567891Z", "2026-05-29 15:30:00Z",
        "+2026-05-29T15:30:00Z", "02026-05-29T15:30:00Z", "2026-5-29T15:30:00Z", "2026-05-29T15:30:00",
        "2026-05-29T15:30:00ZZ", "2026-02-30T15:30:00Z", "2026-05-29T15:60:00Z",
        "\u0662\u0660\u0662\u0666-05-29T15:30:00Z", " 2026-05-29T15:30:00Z"})
    void asOf_notTheExactUtcForm_isRejectedInJsonAndCsv(String asOf) {
        assertThatThrownBy(() -> MAPPER.readValue(json(asOf.replace("\\", "\\\\"), "2026-06-18"), OptionChain.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("as_of: '" + asOf + "' is not an ISO-8601 UTC instant")
                .hasMessageContaining("line: 1, column: ");
        String cell = asOf.startsWith(" ") ? "\"" + asOf + "\"" : asOf;
        assertThatThrownBy(() -> csv(cell, "2026-06-18"))
                .isInstanceOf(ChainFormatException.class)
                .hasMessageStartingWith("chains.csv: line 2, column 3 (as_of): '" + asOf
                        + "' is not an ISO-8601 UTC instant");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-05-29T15:30:00Z", "2026-05-29T15:30:00.5Z", "2026-05-29T15:30:00.123456789Z",
        "1900-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "2026-05-29T23:59:59Z", "2026-05-29T00:00:00Z"})
    void asOf_exactUtcFormInRange_isReadToTheSameInstant(String asOf) throws Exception {
        Instant expected = Instant.parse(asOf);
        assertThat(MAPPER.readValue(json(asOf, "2026-06-18"), OptionChain.class).asOf()).isEqualTo(expected);
        assertThat(csv(asOf, "2026-06-18").get(0).asOf()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31T23:59:59.999999999Z", "0000-01-01T00:00:00Z", "1000-06-01T12:00:00Z"})
    void asOf_outsideTheSupportedYears_isRejectedNamingTheRange(String asOf) {
        String range = "outside the supported range 1900-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z";
        assertThatThrownBy(() -> MAPPER.readValue(json(asOf, "2026-06-18"), OptionChain.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("as_of: '" + asOf + "' is " + range);
        assertThatThrownBy(() -> csv(asOf, "2026-06-18"))
                .isInstanceOf(ChainFormatException.class)
                .hasMessage("chains.csv: line 2, column 3 (as_of): '" + asOf + "' is " + range);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "0001-01-01", "0000-01-01"})
    void expiration_outsideTheSupportedYears_isRejectedNamingTheRange(String expiry) {
        String range = "outside the supported range 1900-01-01 to 9999-12-31";
        assertThatThrownBy(() -> MAPPER.readValue(json("2026-05-29T15:30:00Z", expiry), OptionChain.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("contracts[0].expiration: '" + expiry + "' is " + range);
        assertThatThrownBy(() -> csv("2026-05-29T15:30:00Z", expiry))
                .isInstanceOf(ChainFormatException.class)
                .hasMessage("chains.csv: line 2, column 8 (expiration): '" + expiry + "' is " + range);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "-0001-01-01", "+2026-06-18", "2026-6-18", "2026-06-18T00:00:00Z",
        "2026-02-30", "2026-13-01", "20260618"})
    void expiration_notExactlyYyyyMmDd_isRejected(String expiry) {
        assertThatThrownBy(() -> MAPPER.readValue(json("2026-05-29T15:30:00Z", expiry), OptionChain.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("contracts[0].expiration: '" + expiry + "' is not a date of the form YYYY-MM-DD");
        assertThatThrownBy(() -> csv("2026-05-29T15:30:00Z", expiry))
                .isInstanceOf(ChainFormatException.class)
                .hasMessage("chains.csv: line 2, column 8 (expiration): '" + expiry
                        + "' is not a date of the form YYYY-MM-DD");
    }

    @Test
    void expiration_edgesOfTheRange_areRead() throws Exception {
        assertThat(MAPPER.readValue(json("2026-05-29T15:30:00Z", "9999-12-31"), OptionChain.class).expiration(0))
                .isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(csv("2026-05-29T15:30:00Z", "1900-01-01").get(0).expiration(0))
                .isEqualTo(LocalDate.of(1900, 1, 1));
    }

    /** A Cboe quote table of two rows (title, date line, header), dated by {@code date}. */
    private static String cboe(String date, String expiration) {
        return "NASDAQ 100,Last: 14694.3506,Change:  193.2506\n"
                + "\"Date: " + date + ", 8:26 PM EST\",Bid: 0,Ask: 0,Size: 0*0,Volume: 0\n"
                + "Expiration Date,Calls,Last Sale,Net,Bid,Ask,Volume,IV,Delta,Gamma,Open Interest,Strike,Puts,"
                + "Last Sale,Net,Bid,Ask,Volume,IV,Delta,Gamma,Open Interest\n"
                + expiration + ",NDXP220207C11000000,0,0,3657.4,3683.2,0,2.075,0.9996,0,0,11000.00,"
                + "NDXP220207P11000000,1.35,0,0,0.1,0,1.0499,-0.0003,0,2\n";
    }

    @Test
    void cboe_dateLineOutsideTheSupportedYears_namesTheLine() {
        assertThat(CboeQuoteTable.read(new StringReader(cboe("February 5 2022", "02/07/2022")), "q.csv",
                ReadOptions.defaults()).asOf()).isEqualTo(Instant.parse("2022-02-06T01:26:00Z"));
        assertThatThrownBy(() -> CboeQuoteTable.read(new StringReader(cboe("February 5 1899", "02/07/2022")),
                "q.csv", ReadOptions.defaults()))
                .isInstanceOf(ChainFormatException.class)
                .hasMessageStartingWith("q.csv: line 2, column 1 (date): ")
                .hasMessageContaining("outside the supported range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"02/07/1899", "Tue Feb 07 1899", "12/31/1899"})
    void cboe_expirationOutsideTheSupportedYears_namesLineAndColumn(String expiration) {
        assertThatThrownBy(() -> CboeQuoteTable.read(new StringReader(cboe("February 5 2022", expiration)),
                "q.csv", ReadOptions.defaults()))
                .isInstanceOf(ChainFormatException.class)
                .hasMessage("q.csv: line 4, column 1 (Expiration Date): '" + expiration + "' is outside the "
                        + "supported range 1900-01-01 to 9999-12-31");
    }

    @Test
    void yfinance_lastTradeDateOutsideTheSupportedYears_namesLineAndColumn() {
        String header = "contractSymbol,lastTradeDate,strike,openInterest,impliedVolatility,underlyingPrice\n";
        String row = "SPY260211C00500000,TIME,500.0,2,0.5,692.3\n";
        assertThat(YfinanceCsv.read(new StringReader(header + row.replace("TIME", "2026-01-29 15:22:33+00:00")),
                "y.csv", ReadOptions.defaults()).asOf()).isEqualTo(Instant.parse("2026-01-29T15:22:33Z"));
        assertThatThrownBy(() -> YfinanceCsv.read(new StringReader(header
                + row.replace("TIME", "1899-12-29 15:22:33+00:00")), "y.csv", ReadOptions.defaults()))
                .isInstanceOf(ChainFormatException.class)
                .hasMessage("y.csv: line 2, column 2 (lastTradeDate): '1899-12-29 15:22:33+00:00' is outside the "
                        + "supported range 1900-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z");
    }

    @Test
    void readOptions_asOfOutsideTheSupportedYears_isRejectedNamingTheField() {
        assertThatThrownBy(() -> ReadOptions.defaults().withAsOf(Instant.MIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("asOf must be from 1900-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z but was "
                        + Instant.MIN);
        Instant last = Instant.parse("9999-12-31T23:59:59.999999999Z");
        assertThat(ReadOptions.defaults().withAsOf(last).asOf()).contains(last);
    }

    @Test
    void resultShapes_asOfWithAnOffset_isRejectedToo() {
        String ts = Fixtures.resource("golden-term-structure.json");
        String basket = Fixtures.resource("golden-basket.json");
        assertThatThrownBy(() -> MAPPER.readValue(ts.replace("2026-05-29T15:30:00Z", "2026-05-29T17:30:00+02:00"),
                TermStructure.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("as_of: '2026-05-29T17:30:00+02:00' is not an ISO-8601 UTC instant");
        assertThatThrownBy(() -> MAPPER.readValue(basket.replace("2026-05-29T15:30:00Z", "2026-05-29T24:00:00Z"),
                BasketResult.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("as_of: '2026-05-29T24:00:00Z' is not an ISO-8601 UTC instant");
    }
}
