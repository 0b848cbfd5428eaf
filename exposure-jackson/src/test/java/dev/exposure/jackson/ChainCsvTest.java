package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exposure.MarketDataStore;
import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import dev.exposure.jackson.samples.SampleChains;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class ChainCsvTest {

    private static final String HEADER = "symbol,underlying_price,as_of,risk_free_rate,dividend_yield,"
            + "contract_multiplier,type,expiration,strike,open_interest,implied_volatility\n";

    private static List<OptionChain> read(String csv) {
        return ChainCsv.read(new StringReader(csv), "chains.csv");
    }

    @Test
    void read_twoInterleavedSymbols_givesTwoChainsInOrderOfFirstAppearance() {
        String csv = HEADER
                + "SPY,597.50,2026-05-29T15:30:00Z,0.043,0.0125,100,call,2026-06-18,600,15000,0.1432\n"
                + "AAPL,210.45,2026-05-29T15:30:00Z,0.043,0.0045,,put,2026-06-18,200,3000,0.26\n"
                + "\n"
                + "SPY,597.5,2026-05-29T15:30:00Z,0.043,0.0125,100,put,2026-05-29,590,22500.5,0.1518\n"
                + " AAPL , 210.45 ,2026-05-29T15:30:00Z,0.043,0.0045,100, call ,2026-07-17,220,0,0.24\n";
        List<OptionChain> chains = read(csv);
        assertThat(chains).extracting(OptionChain::symbol).containsExactly("SPY", "AAPL");

        OptionChain spy = OptionChain.builder("SPY", 597.5, Instant.parse("2026-05-29T15:30:00Z"))
                .riskFreeRate(0.043).dividendYield(0.0125)
                .add(OptionType.CALL, LocalDate.of(2026, 6, 18), 600, 15000, 0.1432)
                .add(OptionType.PUT, LocalDate.of(2026, 5, 29), 590, 22500.5, 0.1518)
                .build();
        OptionChain aapl = OptionChain.builder("AAPL", 210.45, Instant.parse("2026-05-29T15:30:00Z"))
                .riskFreeRate(0.043).dividendYield(0.0045)
                .add(OptionType.PUT, LocalDate.of(2026, 6, 18), 200, 3000, 0.26)
                .add(OptionType.CALL, LocalDate.of(2026, 7, 17), 220, 0, 0.24)
                .build();
        Fixtures.assertSameChain(chains.get(0), spy, "SPY");
        Fixtures.assertSameChain(chains.get(1), aapl, "AAPL");

        MarketDataStore store = MarketDataStore.of(chains);
        assertThat(store.chain("aapl")).containsSame(chains.get(1));
        assertThat(store.chain("MSFT")).isEmpty();
    }

    @Test
    void read_columnsInAnyOrderWithoutTheOptionalOnes_usesDefaults() {
        List<OptionChain> chains = read("type,strike,symbol,expiration,open_interest,implied_volatility,as_of,"
                + "underlying_price\n"
                + "put,100,XYZ,2026-06-18,5,0.3,2026-05-29T15:30:00Z,101\n");
        OptionChain c = chains.get(0);
        assertThat(c.riskFreeRate()).isZero();
        assertThat(c.dividendYield()).isZero();
        assertThat(c.contractMultiplier()).isEqualTo(100);
        assertThat(c.type(0)).isEqualTo(OptionType.PUT);
        assertThat(c.underlyingPrice()).isEqualTo(101);
    }

    @Test
    void read_nonNumericStrike_namesLineColumnAndField() {
        String csv = HEADER
                + "SPY,597.5,2026-05-29T15:30:00Z,0.043,0.0125,100,call,2026-06-18,600,15000,0.1432\n"
                + "SPY,597.5,2026-05-29T15:30:00Z,0.043,0.0125,100,call,2026-06-18,abc,15000,0.1432\n";
        assertThatThrownBy(() -> read(csv))
                .isInstanceOf(ChainFormatException.class)
                .hasMessage("chains.csv: line 3, column 9 (strike): 'abc' is not a number")
                .satisfies(e -> {
                    ChainFormatException f = (ChainFormatException) e;
                    assertThat(f.line()).isEqualTo(3);
                    assertThat(f.column()).isEqualTo(9);
                    assertThat(f.field()).isEqualTo("strike");
                    assertThat(f.source()).isEqualTo("chains.csv");
                });
    }

    @Test
    void read_badRows_areRejectedNamingLineAndColumn() {
        String row = "SPY,597.5,2026-05-29T15:30:00Z,0.043,0.0125,100,call,2026-06-18,600,15000,0.1432\n";
        assertThatThrownBy(() -> read(HEADER + row + row.replace("call", "straddle")))
                .hasMessage("chains.csv: line 3, column 7 (type): unknown option type 'straddle' (expected call "
                        + "or put)");
        assertThatThrownBy(() -> read(HEADER + row + row.replace("597.5", "598")))
                .hasMessage("chains.csv: line 3, column 2 (underlying_price): 598 differs from 597.5 on line 2 for "
                        + "symbol SPY (chain-level columns must agree on every row of a symbol)");
        // an empty optional cell means the default, which here disagrees with the first row
        assertThatThrownBy(() -> read(HEADER + row + row.replace(",0.0125,", ",,")))
                .hasMessage("chains.csv: line 3, column 5 (dividend_yield): empty (default 0) differs from 0.0125 "
                        + "on line 2 for symbol SPY (chain-level columns must agree on every row of a symbol)");
        assertThatThrownBy(() -> read(HEADER + row.replace(",0.1432", "")))
                .hasMessage("chains.csv: line 2, column 11 (implied_volatility): expected 11 fields as in the header "
                        + "but found 10");
        assertThatThrownBy(() -> read(HEADER + row.replace("\n", ",1\n")))
                .hasMessage("chains.csv: line 2, column 12: expected 11 fields as in the header but found 12");
        assertThatThrownBy(() -> read(HEADER + row.replace("0.1432", "NaN")))
                .hasMessage("chains.csv: line 2, column 11 (implied_volatility): 'NaN' is not a number");
        assertThatThrownBy(() -> read(HEADER + row.replace("15000", "1e400")))
                .hasMessage("chains.csv: line 2, column 10 (open_interest): '1e400' is out of the double range");
        assertThatThrownBy(() -> read(HEADER + row.replace("2026-06-18", "2026-13-01")))
                .hasMessage("chains.csv: line 2, column 8 (expiration): '2026-13-01' is not a date of the form "
                        + "YYYY-MM-DD");
        assertThatThrownBy(() -> read(HEADER + row.replace(",600,", ",,")))
                .hasMessage("chains.csv: line 2, column 9 (strike): required value is empty");
        assertThatThrownBy(() -> read(HEADER + row + row.replace("SPY", "spy")))
                .hasMessage("chains.csv: line 3, column 1 (symbol): symbol 'spy' differs only in letter case from "
                        + "'SPY'");
        assertThatThrownBy(() -> read(HEADER + row.replace(",100,", ",0,")))
                .hasMessage("chains.csv: line 2, column 6 (contract_multiplier): must be an integer from 1 to "
                        + "2147483647 but was 0");
        assertThatThrownBy(() -> read(HEADER + row + "\"SPY,597.5\n"))
                .isInstanceOf(ChainFormatException.class)
                .hasMessage("chains.csv: line 4, column 1 (symbol): malformed CSV: Missing closing quote for value");
    }

    /**
     * Random number-like texts in the strike and multiplier columns: a text is read exactly when the regular
     * expressions the reader used before ({@link DecimalTextTest#OLD_DECIMAL}, {@link DecimalTextTest#OLD_INTEGER})
     * accept it and its value is finite (multiplier: 1 to 2^31-1), and then to the value of
     * {@link Double#parseDouble}.
     */
    @RepeatedTest(5)
    void read_randomNumberTexts_acceptedExactlyUnderTheOldRule(RepetitionInfo info) {
        long seed = 0xC5F0_0000L + info.getCurrentRepetition();
        SplittableRandom random = new SplittableRandom(seed);
        int accepted = 0;
        int n = 1_000;
        for (int i = 0; i < n; i++) {
            // a comma would split the field, so it is left out; the reader trims spaces before the rule applies
            String strike = DecimalTextTest.numberLike(random).replace(',', '9');
            String multiplier = random.nextInt(4) == 0 ? DecimalTextTest.numberLike(random).replace(',', '9') : "100";
            String csv = HEADER + "SPY,597.5,2026-05-29T15:30:00Z,0.043,0.0125," + multiplier + ",call,2026-06-18,"
                    + strike + ",15000,0.1432\n";
            String s = strike.strip();
            String m = multiplier.strip();
            boolean strikeOk = DecimalTextTest.OLD_DECIMAL.matcher(s).matches()
                    && Double.isFinite(Double.parseDouble(s));
            boolean multiplierOk = m.isEmpty() || DecimalTextTest.OLD_INTEGER.matcher(m).matches()
                    && Long.parseLong(m) >= 1 && Long.parseLong(m) <= Integer.MAX_VALUE;
            String at = "seed " + seed + ": strike '" + strike + "', multiplier '" + multiplier + "'";
            if (strikeOk && multiplierOk) {
                OptionChain c = read(csv).get(0);
                assertThat(c.strike(0)).as(at).isEqualTo(Double.parseDouble(s));
                assertThat(c.contractMultiplier()).as(at).isEqualTo(m.isEmpty() ? 100 : Integer.parseInt(m));
                accepted++;
            } else {
                assertThatThrownBy(() -> read(csv)).as(at).isInstanceOf(ChainFormatException.class)
                        .hasMessageContaining(multiplierOk ? "(strike)" : "(contract_multiplier)");
            }
        }
        assertThat(accepted).as("seed %d", seed).isBetween(n / 5, n - n / 5);
    }

    @Test
    void read_badHeaders_areRejected() {
        assertThatThrownBy(() -> read(""))
                .hasMessageStartingWith("chains.csv: line 1: empty input: a header row naming the columns");
        assertThatThrownBy(() -> read("symbol,underlying_price,as_of,type,expiration,strike,open_interest\n"))
                .hasMessage("chains.csv: line 1: the header lacks required column 'implied_volatility'");
        assertThatThrownBy(() -> read(HEADER.replace("dividend_yield", "bid")))
                .hasMessageStartingWith("chains.csv: line 1, column 5 (bid): unknown column 'bid' in the header");
        assertThatThrownBy(() -> read(HEADER.replace("dividend_yield", "strike")))
                .hasMessage("chains.csv: line 1, column 9 (strike): column 'strike' appears twice in the header");
    }

    @Test
    void read_headerOnly_givesNoChain() {
        assertThat(read(HEADER)).isEmpty();
    }

    @Test
    void write_thenRead_givesTheSameChains() {
        List<OptionChain> samples = SampleChains.all();
        String csv = ChainCsv.toCsv(samples);
        assertThat(csv).startsWith(HEADER);
        List<OptionChain> back = read(csv);
        assertThat(back).hasSameSizeAs(samples);
        for (int i = 0; i < samples.size(); i++) {
            Fixtures.assertSameChain(back.get(i), samples.get(i), samples.get(i).symbol());
        }
    }

    @Test
    void write_symbolNeedingQuotes_isQuoted() {
        OptionChain c = OptionChain.builder("A,\"B\"", 10, Instant.EPOCH)
                .add(OptionType.CALL, LocalDate.of(2026, 6, 18), 1, 1, 0.5).build();
        String csv = ChainCsv.toCsv(List.of(c));
        assertThat(csv).endsWith("\"A,\"\"B\"\"\",10,1970-01-01T00:00:00Z,0,0,100,call,2026-06-18,1,1,0.5\n");
        assertThat(read(csv).get(0).symbol()).isEqualTo("A,\"B\"");
    }
}
