package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every real Cboe file of {@code ../shared/data/cboe}, read and checked against values derived without the
 * production reader.
 *
 * <p>How the expected values were derived:
 * <ul>
 *   <li>symbol and underlying price: read by eye from line 1-2 of each file ({@code head -3 FILE}): the root of the
 *       first option symbol (SPXW → SPX, NDXP → NDX) and the number after {@code Last:} (or the second field of
 *       the {@code .dat} title line);</li>
 *   <li>as-of instant: the date line converted to UTC by hand: EST = UTC−5, EDT = UTC−4 (US daylight time ran
 *       2019-03-10..11-03, 2020-03-08..11-01, 2022-03-13..11-06, 2023-03-12..11-05, 2025-03-09..11-02), GMT-5 =
 *       UTC−5; e.g. "February 5 2022, 8:09 PM EST" = 20:09−(−5 h) = 2022-02-06T01:09Z;</li>
 *   <li>data rows: {@code awk -F, 'NR > HEADER_LINE && NF > 1' FILE | wc -l}, cross-checked by summing the roots
 *       of the Calls column ({@code awk -F, '{r=$2; sub(/[0-9].*&#47;, "", r); c[r]++}'}: e.g. spx-2024-01-07 has
 *       7241 SPXW + 3278 SPX = 10519 rows); each row is two contracts;</li>
 *   <li>every contract: {@link NaiveQuoteTable}, a plain split-on-comma reader kept in the tests;</li>
 *   <li>single contracts: copied by hand from {@code sed -n 'Np' FILE | cut -d, -f1,2,8,11,12,13,19,22}.</li>
 * </ul>
 */
class CboeQuoteTableTest {

    static Stream<Arguments> files() {
        return Stream.of(
                // file, symbol, spot, as-of (by hand), data rows (by hand)
                Arguments.of("ndx-2022-02-05.csv", "NDX", 14694.3506, "2022-02-06T01:26:00Z", 9193),
                Arguments.of("nvda-2025.csv", "NVDA", 150.2802, "2025-01-07T02:30:00Z", 543),
                Arguments.of("qqq-2023-06-12-eu.csv", "QQQ", 358.27, "2023-06-12T20:35:00Z", 3623),
                Arguments.of("spx-2019-05-13.dat", "SPX", 2881.4, "2019-05-13T08:47:00Z", 6972),
                Arguments.of("spx-2020-03-22.dat", "SPX", 2304.92, "2020-03-22T22:24:00Z", 9500),
                Arguments.of("spx-2022-02-05.csv", "SPX", 4500.5298, "2022-02-06T01:09:00Z", 10257),
                Arguments.of("spx-2022-06-11.csv", "SPX", 3900.8601, "2022-06-12T00:47:00Z", 9835),
                Arguments.of("spx-2022-07-12-excel.csv", "SPX", 3856.28, "2022-07-12T15:55:00Z", 9689),
                Arguments.of("spx-2023-02-07.csv", "SPX", 4164.0, "2023-02-07T22:34:00Z", 9481),
                Arguments.of("spx-2023-12-09-ru.csv", "SPX", 4604.3701, "2023-12-09T18:49:00Z", 3115),
                Arguments.of("spx-2024-01-07.csv", "SPX", 4697.2402, "2024-01-07T15:52:00Z", 10519),
                Arguments.of("spx-2024-11-11-es.csv", "SPX", 5995.54, "2024-11-11T13:02:00Z", 280),
                Arguments.of("spx-2025-01-06.csv", "SPX", 5975.3799, "2025-01-07T02:26:00Z", 4242),
                Arguments.of("spy-2020-06-22.dat", "SPY", 310.68, "2020-06-23T00:42:00Z", 4759),
                Arguments.of("spy-2023-09-14.csv", "SPY", 450.81, "2023-09-14T20:31:00Z", 3646),
                Arguments.of("spy-2025-09-25.csv", "SPY", 658.05, "2025-09-26T01:05:00Z", 1858),
                Arguments.of("xsp-2023-09-14.csv", "XSP", 450.51, "2023-09-14T20:30:00Z", 5441));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void read_realFile_matchesHandDerivedHeaderAndTheNaiveReader(String name, String symbol, double spot,
            String asOf, int rows) {
        Path file = SharedData.data("cboe/" + name);
        OptionChain c = CboeQuoteTable.read(file);
        assertThat(c.symbol()).isEqualTo(symbol);
        assertThat(c.underlyingPrice()).isEqualTo(spot);
        assertThat(c.asOf()).isEqualTo(Instant.parse(asOf));
        assertThat(c.size()).isEqualTo(2 * rows);
        assertThat(c.riskFreeRate()).isZero();
        assertThat(c.dividendYield()).isZero();
        assertThat(c.contractMultiplier()).isEqualTo(100);

        NaiveQuoteTable naive = NaiveQuoteTable.read(file);
        assertThat(naive.symbol).isEqualTo(symbol);
        assertThat(naive.spot).isEqualTo(spot);
        assertThat(naive.contracts).hasSize(c.size());
        for (int i = 0; i < c.size(); i++) {
            NaiveQuoteTable.Contract e = naive.contracts.get(i);
            String at = name + " contract " + i;
            assertThat(c.type(i)).as(at).isEqualTo(e.type);
            assertThat(c.expiration(i)).as(at).isEqualTo(e.expiration);
            assertThat(Double.doubleToRawLongBits(c.strike(i))).as(at).isEqualTo(Double.doubleToRawLongBits(e.strike));
            assertThat(Double.doubleToRawLongBits(c.openInterest(i))).as(at)
                    .isEqualTo(Double.doubleToRawLongBits(e.openInterest));
            assertThat(Double.doubleToRawLongBits(c.impliedVolatility(i))).as(at)
                    .isEqualTo(Double.doubleToRawLongBits(e.impliedVolatility));
        }
    }

    private static void assertContract(OptionChain c, int i, OptionType type, LocalDate exp, double strike, double oi,
            double iv) {
        assertThat(c.type(i)).as("type of %d", i).isEqualTo(type);
        assertThat(c.expiration(i)).as("expiration of %d", i).isEqualTo(exp);
        assertThat(c.strike(i)).as("strike of %d", i).isEqualTo(strike);
        assertThat(c.openInterest(i)).as("open interest of %d", i).isEqualTo(oi);
        assertThat(c.impliedVolatility(i)).as("IV of %d", i).isEqualTo(iv);
    }

    @Test
    void read_layout2022_firstMiddleAndLastRows() {
        // header on line 4, rows from line 5; middle: line 5261 = row 5256; last: line 10523 = row 10518
        OptionChain c = CboeQuoteTable.read(SharedData.data("cboe/spx-2024-01-07.csv"));
        // Fri Jan 05 2024,SPXW240105C01200000,IV 0,OI 24,1200.00,SPXW240105P01200000,IV 0,OI 0
        assertContract(c, 0, OptionType.CALL, LocalDate.of(2024, 1, 5), 1200, 24, 0);
        assertContract(c, 1, OptionType.PUT, LocalDate.of(2024, 1, 5), 1200, 0, 0);
        // Fri Feb 16 2024,SPXW240216C05100000,0.1018,1251,5100.00,SPXW240216P05100000,0.0992,1
        assertContract(c, 2 * 5256, OptionType.CALL, LocalDate.of(2024, 2, 16), 5100, 1251, 0.1018);
        assertContract(c, 2 * 5256 + 1, OptionType.PUT, LocalDate.of(2024, 2, 16), 5100, 1, 0.0992);
        // Fri Dec 21 2029,SPX291221C08000000,0.1539,0,8000.00,SPX291221P08000000,0.1488,0
        assertContract(c, 2 * 10518, OptionType.CALL, LocalDate.of(2029, 12, 21), 8000, 0, 0.1539);
        assertContract(c, 2 * 10518 + 1, OptionType.PUT, LocalDate.of(2029, 12, 21), 8000, 0, 0.1488);
    }

    @Test
    void read_layoutDat_firstMiddleAndLastRows() {
        // no blank first line, CRLF line ends: header on line 3, rows from line 4; middle line 3487 = row 3483
        OptionChain c = CboeQuoteTable.read(SharedData.data("cboe/spx-2019-05-13.dat"));
        // 05/10/2019,SPXW190510C00800000,0.02,0,800.000,SPXW190510P00800000,0.02,25
        assertContract(c, 0, OptionType.CALL, LocalDate.of(2019, 5, 10), 800, 0, 0.02);
        assertContract(c, 1, OptionType.PUT, LocalDate.of(2019, 5, 10), 800, 25, 0.02);
        // 06/28/2019,SPXW190628C02275000,0.387,10,2275.000,SPXW190628P02275000,0.3186,1710
        assertContract(c, 2 * 3483, OptionType.CALL, LocalDate.of(2019, 6, 28), 2275, 10, 0.387);
        assertContract(c, 2 * 3483 + 1, OptionType.PUT, LocalDate.of(2019, 6, 28), 2275, 1710, 0.3186);
        // 12/17/2021,SPX211217C04200000,0.1242,1057,4200.000,SPX211217P04200000,0.1757,0
        assertContract(c, 2 * 6971, OptionType.CALL, LocalDate.of(2021, 12, 17), 4200, 1057, 0.1242);
        assertContract(c, 2 * 6971 + 1, OptionType.PUT, LocalDate.of(2021, 12, 17), 4200, 0, 0.1757);
    }

    @Test
    void read_datPlaceholderIvs_areReadAsGiven() {
        // 06/22/2020,SPY200622C00150000,IV 0.02,OI 1,150.000,SPY200622P00150000,IV 24.001,OI 113 (line 4)
        OptionChain c = CboeQuoteTable.read(SharedData.data("cboe/spy-2020-06-22.dat"));
        assertContract(c, 0, OptionType.CALL, LocalDate.of(2020, 6, 22), 150, 1, 0.02);
        assertContract(c, 1, OptionType.PUT, LocalDate.of(2020, 6, 22), 150, 113, 24.001);
        // 09/18/2020,SPY200918C00292000,0.3088,5239,292.000,SPY200918P00292000,0.3257,2421 (line 2381 = row 2377)
        assertContract(c, 2 * 2377, OptionType.CALL, LocalDate.of(2020, 9, 18), 292, 5239, 0.3088);
        assertContract(c, 2 * 2377 + 1, OptionType.PUT, LocalDate.of(2020, 9, 18), 292, 2421, 0.3257);
    }

    @Test
    void read_spreadsheetResave_firstMiddleAndLastRows() {
        // trailing commas on lines 1-2, no blank first line: header on line 3; middle line 4846 = row 4842
        OptionChain c = CboeQuoteTable.read(SharedData.data("cboe/spx-2022-07-12-excel.csv"));
        assertContract(c, 0, OptionType.CALL, LocalDate.of(2022, 7, 12), 1000, 0, 0);
        // Fri Sep 16 2022,SPX220916C03335000,0.3115,0,3335,SPX220916P03335000,0.311,99
        assertContract(c, 2 * 4842, OptionType.CALL, LocalDate.of(2022, 9, 16), 3335, 0, 0.3115);
        assertContract(c, 2 * 4842 + 1, OptionType.PUT, LocalDate.of(2022, 9, 16), 3335, 99, 0.311);
        // Fri Dec 17 2027,SPX271217C08000000,0.1815,2,8000,SPX271217P08000000,0.1672,0
        assertContract(c, 2 * 9688, OptionType.CALL, LocalDate.of(2027, 12, 17), 8000, 2, 0.1815);
        assertContract(c, 2 * 9688 + 1, OptionType.PUT, LocalDate.of(2027, 12, 17), 8000, 0, 0.1672);
    }

    @Test
    void read_localisedDateLines_firstMiddleAndLastRows() {
        // Russian date line; middle line 1559 = row 1554; last line 3119 = row 3114
        OptionChain ru = CboeQuoteTable.read(SharedData.data("cboe/spx-2023-12-09-ru.csv"));
        assertContract(ru, 0, OptionType.CALL, LocalDate.of(2023, 12, 8), 1200, 2, 0);
        assertContract(ru, 2 * 1554, OptionType.CALL, LocalDate.of(2023, 12, 15), 4910, 1343, 0.168);
        assertContract(ru, 2 * 1554 + 1, OptionType.PUT, LocalDate.of(2023, 12, 15), 4910, 5, 0.1797);
        assertContract(ru, 2 * 3114 + 1, OptionType.PUT, LocalDate.of(2023, 12, 29), 5900, 495, 0);
        // day-first English, unquoted date line with commas, quoted name with a comma; middle line 1813 = row 1808
        OptionChain eu = CboeQuoteTable.read(SharedData.data("cboe/qqq-2023-06-12-eu.csv"));
        assertContract(eu, 1, OptionType.PUT, LocalDate.of(2023, 6, 12), 280, 213, 4.8532);
        assertContract(eu, 2 * 1808, OptionType.CALL, LocalDate.of(2023, 8, 18), 311, 410, 0.2654);
        assertContract(eu, 2 * 1808 + 1, OptionType.PUT, LocalDate.of(2023, 8, 18), 311, 341, 0.266);
        assertContract(eu, 2 * 3622, OptionType.CALL, LocalDate.of(2025, 6, 20), 530, 1, 0.1723);
    }

    @Test
    void read_sundayDownload_listsTheExpiredFridayAndMixesSpxWithSpxw() {
        OptionChain c = CboeQuoteTable.read(SharedData.data("cboe/spx-2024-01-07.csv"));
        // grep -c '^Fri Jan 05 2024' = 223 rows; grep -c '^Fri Jan 19 2024,SPX240119' and ',SPXW240119' = 386 each
        long friday = 0;
        long monthly = 0;
        for (int i = 0; i < c.size(); i++) {
            friday += c.expiration(i).equals(LocalDate.of(2024, 1, 5)) ? 1 : 0;
            monthly += c.expiration(i).equals(LocalDate.of(2024, 1, 19)) ? 1 : 0;
        }
        assertThat(friday).isEqualTo(2 * 223);
        assertThat(monthly).isEqualTo(2 * (386 + 386));
        assertThat(c.symbol()).isEqualTo("SPX");
    }

    @Test
    void read_brokenDateLine_isAnErrorNamingFileLineAndField() {
        Path file = SharedData.data("cboe/spy-2023-06-broken-date.csv");
        assertThatThrownBy(() -> CboeQuoteTable.read(file))
                .isInstanceOf(ChainFormatException.class)
                .hasMessage(file + ": line 3, column 1 (date): cannot read the date line "
                        + "'Date: 4 June 4, 3:15 PM EDT': two day numbers (4 and 4) and no year; give the as-of "
                        + "instant in the read options")
                .satisfies(e -> {
                    ChainFormatException f = (ChainFormatException) e;
                    assertThat(f.source()).isEqualTo(file.toString());
                    assertThat(f.line()).isEqualTo(3);
                    assertThat(f.column()).isEqualTo(1);
                    assertThat(f.field()).isEqualTo("date");
                });
    }

    @Test
    void read_brokenDateLineWithAsOfOption_readsTheFile() {
        // the page was saved on Sunday 2023-06-04, 3:15 PM EDT = 19:15Z; rows: 3843 (awk, as above)
        Instant asOf = Instant.parse("2023-06-04T19:15:00Z");
        OptionChain c = CboeQuoteTable.read(SharedData.data("cboe/spy-2023-06-broken-date.csv"),
                ReadOptions.defaults().withAsOf(asOf));
        assertThat(c.asOf()).isEqualTo(asOf);
        assertThat(c.symbol()).isEqualTo("SPY");
        assertThat(c.underlyingPrice()).isEqualTo(427.92);
        assertThat(c.size()).isEqualTo(2 * 3843);
        // Mon Jun 05 2023,SPY230605C00330000,IV 1.0021,OI 2,330.00,SPY230605P00330000,IV 0.8916,OI 726
        assertContract(c, 0, OptionType.CALL, LocalDate.of(2023, 6, 5), 330, 2, 1.0021);
        assertContract(c, 1, OptionType.PUT, LocalDate.of(2023, 6, 5), 330, 726, 0.8916);
    }

    @Test
    void read_options_overrideEveryValue() {
        ReadOptions o = ReadOptions.defaults().withSymbol("spxw-test").withUnderlyingPrice(4700)
                .withAsOf(Instant.parse("2024-01-08T14:30:00Z")).withRiskFreeRate(0.053).withDividendYield(0.014)
                .withContractMultiplier(10);
        OptionChain c = CboeQuoteTable.read(SharedData.data("cboe/spx-2024-11-11-es.csv"), o);
        assertThat(c.symbol()).isEqualTo("SPXW-TEST");
        assertThat(c.underlyingPrice()).isEqualTo(4700);
        assertThat(c.asOf()).isEqualTo(Instant.parse("2024-01-08T14:30:00Z"));
        assertThat(c.riskFreeRate()).isEqualTo(0.053);
        assertThat(c.dividendYield()).isEqualTo(0.014);
        assertThat(c.contractMultiplier()).isEqualTo(10);
        assertThat(c.size()).isEqualTo(2 * 280);
    }

    private static OptionChain readText(String text) {
        return CboeQuoteTable.read(new StringReader(text), "q.csv", ReadOptions.defaults());
    }

    private static final String HEADER = "Expiration Date,Calls,Last Sale,Net,Bid,Ask,Volume,IV,Delta,Gamma,"
            + "Open Interest,Strike,Puts,Last Sale,Net,Bid,Ask,Volume,IV,Delta,Gamma,Open Interest\n";
    private static final String ROW = "Mon Feb 07 2022,SPXW220207C02400000,0,0,2087.8,2102.6,0,4.285,0.9999,0,0,"
            + "2400.00,SPXW220207P02400000,0.07,0,0,0.05,0,1.9229,-0.0001,0,106\n";

    @Test
    void read_quotedTitleAndDateFields_withCommasAndABom() {
        OptionChain c = readText("\uFEFF\n\"Index, Inc.\",\"Last: 4500.5\",Change: 1\n"
                + "\"Date: February 5 2022, 8:09 PM EST\",Bid: 1,\"Volume: 89,468,957\"\n" + HEADER + ROW);
        assertThat(c.symbol()).isEqualTo("SPX");
        assertThat(c.asOf()).isEqualTo(Instant.parse("2022-02-06T01:09:00Z"));
        assertThat(c.size()).isEqualTo(2);
        assertContract(c, 1, OptionType.PUT, LocalDate.of(2022, 2, 7), 2400, 106, 1.9229);
    }

    @Test
    void read_emptyIvAndOpenInterestCells_areNaN() {
        OptionChain c = readText("X,Last: 4500,Change: 1\nDate: February 5 2022, 8:09 PM EST\n" + HEADER
                + ROW.replace(",4.285,", ",,").replace(",106\n", ",\n"));
        assertThat(c.impliedVolatility(0)).isNaN();
        assertThat(c.openInterest(1)).isNaN();
        assertThat(c.underlyingPrice()).isEqualTo(4500);
    }

    @Test
    void read_layoutWithoutIv_isRejectedSayingSo() {
        String noIv = "Expiration Date,Calls,Last Sale,Net,Bid,Ask,Vol,Open Int,Strike,Puts,Last Sale,Net,Bid,Ask,"
                + "Vol,Open Int\n";
        assertThatThrownBy(() -> readText("X,Last: 4500,Change: 1\nDate: February 5 2022, 8:09 PM EST\n" + noIv))
                .isInstanceOf(ChainFormatException.class)
                .hasMessage("q.csv: line 3, column 2 (IV): the call side (columns 3 to 8, between 'Calls' and "
                        + "'Strike') has no 'IV' column: this layout has no implied volatility, from which the "
                        + "exposures are computed, so it cannot be read; download the quote table with its IV columns");
    }

    @Test
    void read_linesBeforeTheHeaderAsWritten_rowsTrimmed() {
        // CR line ends; a space before the quoted date field, which is then read as written; spaces around a quoted
        // strike in the data row, which are trimmed
        OptionChain c = readText("\r X,Last: 4500.5 ,Change: 1\r \"Date: February 5 2022, 8:09 PM EST\",Bid: 1\r"
                + HEADER.replace("\n", "\r") + ROW.replace(",2400.00,", ", \"2400.00\" ,").replace("\n", "\r"));
        assertThat(c.asOf()).isEqualTo(Instant.parse("2022-02-06T01:09:00Z"));
        assertThat(c.underlyingPrice()).isEqualTo(4500.5);
        assertContract(c, 0, OptionType.CALL, LocalDate.of(2022, 2, 7), 2400, 0, 4.285);
        assertContract(c, 1, OptionType.PUT, LocalDate.of(2022, 2, 7), 2400, 106, 1.9229);
    }

    @Test
    void read_oneCharacterPerRead_givesTheSameChain() throws Exception {
        Path file = SharedData.data("cboe/spx-2019-05-13.dat");
        String text = "\uFEFF" + java.nio.file.Files.readString(file);
        Fixtures.assertSameChain(CboeQuoteTable.read(TestReaders.oneCharacterAtATime(text), "q.dat",
                ReadOptions.defaults()), CboeQuoteTable.read(file), "one character per read");
    }

    @Test
    void read_malformedCsvInARow_namesTheHeaderColumn() {
        assertThatThrownBy(() -> readText("X,Last: 4500,Change: 1\nDate: February 5 2022, 8:09 PM EST\n" + HEADER
                + ROW.replace(",2400.00,", ",\"2400.00\"x,")))
                .isInstanceOf(ChainFormatException.class)
                .hasMessage("q.csv: line 4, column 12 (Strike): malformed CSV: Unexpected character ('x' (code 120)): "
                        + "Expected column separator character (',' (code 44)) or end-of-line");
    }

    @Test
    void read_inputWithoutLineEnds_stopsAtTheLimitInsteadOfFillingMemory() {
        assertThatThrownBy(() -> CboeQuoteTable.read(TestReaders.endless("\nX,Last: 4500\n", 'x'), "q.csv",
                ReadOptions.defaults()))
                .isInstanceOf(ChainFormatException.class)
                .hasMessageStartingWith("q.csv: line 3, column 1: malformed CSV: String value length");
    }
}
