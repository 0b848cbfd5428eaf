package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real yfinance dump, and hand-made variants of it.
 *
 * <p>Expected values, derived with the shell: rows {@code tail -n +2 spy-options.csv | wc -l} = 8778;
 * underlying price {@code cut -d, -f19 | sort | uniq -c} = 692.2999877929688 on every row; as-of = the latest
 * {@code lastTradeDate}, {@code cut -d, -f2 | sort | tail -1} = 2026-02-11 16:19:32+00:00; contracts copied from
 * {@code sed -n '2p;4389p;8779p' | cut -d, -f1,3,10,11}. Every contract is also checked against a plain
 * split-on-comma reading of the file in this test.
 */
class YfinanceCsvTest {

    private static final Path FILE = SharedData.data("yfinance/spy-options.csv");

    @Test
    void read_realDump_matchesTheShellDerivedValues() throws IOException {
        OptionChain c = YfinanceCsv.read(FILE);
        assertThat(c.symbol()).isEqualTo("SPY");
        assertThat(c.underlyingPrice()).isEqualTo(692.2999877929688);
        assertThat(c.asOf()).isEqualTo(Instant.parse("2026-02-11T16:19:32Z"));
        assertThat(c.size()).isEqualTo(8778);
        // SPY260211C00500000,500.0,openInterest 2,IV 2.691409521484375 (line 2)
        assertThat(c.type(0)).isEqualTo(OptionType.CALL);
        assertThat(c.expiration(0)).isEqualTo(LocalDate.of(2026, 2, 11));
        assertThat(c.strike(0)).isEqualTo(500.0);
        assertThat(c.openInterest(0)).isEqualTo(2);
        assertThat(c.impliedVolatility(0)).isEqualTo(2.691409521484375);
        // SPY260529C00585000,585.0,9,0.32511050872802727 (line 4389 = row 4387)
        assertThat(c.type(4387)).isEqualTo(OptionType.CALL);
        assertThat(c.expiration(4387)).isEqualTo(LocalDate.of(2026, 5, 29));
        assertThat(c.strike(4387)).isEqualTo(585.0);
        assertThat(c.openInterest(4387)).isEqualTo(9);
        assertThat(c.impliedVolatility(4387)).isEqualTo(0.32511050872802727);
        // SPY281215P01350000,1350.0,0,0.19707529006958008 (line 8779 = row 8777)
        assertThat(c.type(8777)).isEqualTo(OptionType.PUT);
        assertThat(c.expiration(8777)).isEqualTo(LocalDate.of(2028, 12, 15));
        assertThat(c.strike(8777)).isEqualTo(1350.0);
        assertThat(c.openInterest(8777)).isZero();
        assertThat(c.impliedVolatility(8777)).isEqualTo(0.19707529006958008);

        // every row, by a plain split: columns 1 contractSymbol, 3 strike, 10 openInterest, 11 impliedVolatility
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("contractSymbol,lastTradeDate,strike,");
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            String sym = f[0];
            String at = "line " + (i + 1);
            int n = sym.length();
            assertThat(c.type(i - 1)).as(at).isEqualTo(sym.charAt(n - 9) == 'C' ? OptionType.CALL : OptionType.PUT);
            assertThat(c.expiration(i - 1)).as(at).isEqualTo(LocalDate.of(2000
                    + Integer.parseInt(sym.substring(n - 15, n - 13)), Integer.parseInt(sym.substring(n - 13, n - 11)),
                    Integer.parseInt(sym.substring(n - 11, n - 9))));
            assertThat(c.strike(i - 1)).as(at).isEqualTo(Double.parseDouble(f[2]));
            assertThat(c.openInterest(i - 1)).as(at).isEqualTo(Double.parseDouble(f[9]));
            assertThat(c.impliedVolatility(i - 1)).as(at).isEqualTo(Double.parseDouble(f[10]));
        }
    }

    private static final String HEADER = ",contractSymbol,lastTradeDate,strike,volume,openInterest,impliedVolatility,"
            + "underlyingPrice\n";

    private static OptionChain read(String text, ReadOptions options) {
        return YfinanceCsv.read(new StringReader(text), "y.csv", options);
    }

    @Test
    void read_pandasIndexColumnSpxwRootEmptyCells_followTheRules() {
        OptionChain c = read(HEADER
                + "0,SPXW260320P05000500,2026-03-02 15:00:00+00:00,5000.5,,12,0.25,5900.5\n"
                + "1,SPXW260320C05100000,2026-03-02T15:30:00Z,5100,3,,,5900.5\n"
                + "2,SPX260320C05200000,,5200.0,,7,0.2,5900.5\n", ReadOptions.defaults());
        assertThat(c.symbol()).isEqualTo("SPX");
        assertThat(c.underlyingPrice()).isEqualTo(5900.5);
        assertThat(c.asOf()).isEqualTo(Instant.parse("2026-03-02T15:30:00Z"));
        assertThat(c.type(0)).isEqualTo(OptionType.PUT);
        assertThat(c.strike(0)).isEqualTo(5000.5);
        assertThat(c.openInterest(1)).isNaN();
        assertThat(c.impliedVolatility(1)).isNaN();
        assertThat(c.expiration(2)).isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @Test
    void read_withoutPriceAndTradeColumns_takesThemFromTheOptions() {
        String text = "contractSymbol,strike,openInterest,impliedVolatility\nAAPL260320C00200000,200,5,0.3\n";
        assertThatThrownBy(() -> read(text, ReadOptions.defaults()))
                .isInstanceOf(ChainFormatException.class)
                .hasMessage("y.csv: line 1 (lastTradeDate): the header has no 'lastTradeDate' column; give the as-of "
                        + "instant in the read options");
        OptionChain c = read(text, ReadOptions.defaults().withAsOf(Instant.parse("2026-03-02T15:30:00Z"))
                .withUnderlyingPrice(210.5));
        assertThat(c.symbol()).isEqualTo("AAPL");
        assertThat(c.underlyingPrice()).isEqualTo(210.5);
        assertThat(c.size()).isEqualTo(1);
    }

    @Test
    void read_badRows_nameLineColumnAndField() {
        String row = "0,SPY260320C00600000,2026-03-02 15:00:00+00:00,600.0,,12,0.25,590.5\n";
        assertThatThrownBy(() -> read(HEADER + row.replace(",600.0,", ",601.0,"), ReadOptions.defaults()))
                .hasMessage("y.csv: line 2, column 4 (strike): strike 601.0 differs from 600 in the contract symbol "
                        + "'SPY260320C00600000' (column 2)");
        assertThatThrownBy(() -> read(HEADER + row.replace("C006", "X006"), ReadOptions.defaults()))
                .hasMessage("y.csv: line 2, column 2 (contractSymbol): 'SPY260320X00600000' is not an option symbol "
                        + "ROOT+YYMMDD+C/P+STRIKE×1000 (8 digits)");
        assertThatThrownBy(() -> read(HEADER + row.replace("260320", "261320"), ReadOptions.defaults()))
                .hasMessageStartingWith("y.csv: line 2, column 2 (contractSymbol): 'SPY261320C00600000' holds no "
                        + "valid expiration date");
        assertThatThrownBy(() -> read(HEADER + row + row.replace(",590.5", ",591"), ReadOptions.defaults()))
                .hasMessage("y.csv: line 3, column 8 (underlyingPrice): 591 differs from 590.5 on line 2 (the "
                        + "underlying price must be the same on every row; or give it in the read options)");
        assertThatThrownBy(() -> read(HEADER + row.replace("15:00:00+00:00", "15:00:00"), ReadOptions.defaults()))
                .hasMessage("y.csv: line 2, column 3 (lastTradeDate): '2026-03-02 15:00:00' is not a date and time "
                        + "with a UTC offset such as 2026-01-29 15:22:33+00:00");
        assertThatThrownBy(() -> read(HEADER + row.replace(",12,", ",twelve,"), ReadOptions.defaults()))
                .hasMessage("y.csv: line 2, column 6 (openInterest): 'twelve' is not a number");
        assertThatThrownBy(() -> read(HEADER + row.replace(",590.5\n", "\n"), ReadOptions.defaults()))
                .hasMessage("y.csv: line 2, column 8 (underlyingPrice): the row has 7 fields but the header has 8 "
                        + "(a truncated row?)");
        assertThatThrownBy(() -> read(HEADER.replace("strike", "contractSymbol"), ReadOptions.defaults()))
                .hasMessage("y.csv: line 1, column 4 (contractSymbol): column 'contractSymbol' appears twice in the "
                        + "header (also column 2)");
        assertThatThrownBy(() -> read(HEADER, ReadOptions.defaults()))
                .hasMessage("y.csv: line 2: the table has no data rows, from whose contract symbols the underlying "
                        + "symbol is read; give the symbol in the read options");
    }

    /** A header with a column the reader does not read ({@code note}), which holds the hard cases. */
    private static final String NOTE_HEADER = "contractSymbol,lastTradeDate,strike,note,openInterest,"
            + "impliedVolatility,underlyingPrice";

    /**
     * A byte-order mark; CRLF after the header; a CR after row 1 (line 2), whose fields have spaces and tabs around
     * them and whose note is quoted with a comma and doubled quotes; row 2 (lines 3-4) with a quoted symbol after a
     * space and a note spanning two lines; a blank line 5; row 3 (line 6) with a quote inside an unquoted field, empty
     * cells and two trailing empty cells.
     */
    private static final String RULES = "\uFEFF" + NOTE_HEADER + "\r\n"
            + "SPY260320C00600000, 2026-03-02 15:00:00+00:00 ,\t600.0\t,\"a, \"\"quoted\"\" note\",12,0.25,590.5\r"
            + " \"SPY260320P00600000\" ,2026-03-02 15:30:00+00:00,600,\"two\nlines\",7,0.3,590.5\n"
            + "\n"
            + "SPY260320C00610000,,610,x\"y,,,590.5,,\n";

    @Test
    void read_csvRules_quotingLineEndsSpacesAndByteOrderMark() {
        OptionChain c = read(RULES, ReadOptions.defaults());
        assertThat(c.symbol()).isEqualTo("SPY");
        assertThat(c.size()).isEqualTo(3);
        assertThat(c.asOf()).isEqualTo(Instant.parse("2026-03-02T15:30:00Z"));
        assertThat(c.underlyingPrice()).isEqualTo(590.5);
        assertThat(c.type(0)).isEqualTo(OptionType.CALL);
        assertThat(c.strike(0)).isEqualTo(600);
        assertThat(c.openInterest(0)).isEqualTo(12);
        assertThat(c.impliedVolatility(0)).isEqualTo(0.25);
        assertThat(c.type(1)).isEqualTo(OptionType.PUT);
        assertThat(c.openInterest(1)).isEqualTo(7);
        assertThat(c.impliedVolatility(1)).isEqualTo(0.3);
        assertThat(c.strike(2)).isEqualTo(610);
        assertThat(c.openInterest(2)).isNaN();
        assertThat(c.impliedVolatility(2)).isNaN();
        // lines are counted through the CRLF, the CR, the quoted line end and the blank line: the next row is line 7
        assertThatThrownBy(() -> read(RULES + "SPY260320C00620000,,abc,,1,0.2,590.5\n", ReadOptions.defaults()))
                .isInstanceOf(ChainFormatException.class)
                .hasMessage("y.csv: line 7, column 3 (strike): 'abc' is not a number");
    }

    @Test
    void read_oneCharacterPerRead_givesTheSameChain() throws IOException {
        OptionChain whole = read(RULES, ReadOptions.defaults());
        Fixtures.assertSameChain(YfinanceCsv.read(TestReaders.oneCharacterAtATime(RULES), "y.csv",
                ReadOptions.defaults()), whole, "rules");
        String real = Files.readString(FILE, StandardCharsets.UTF_8);
        Fixtures.assertSameChain(YfinanceCsv.read(TestReaders.oneCharacterAtATime(real), "y.csv",
                ReadOptions.defaults()), YfinanceCsv.read(FILE), "real dump");
    }

    @Test
    void read_malformedCsv_namesLineColumnAndField() {
        String row = "0,SPY260320C00600000,2026-03-02 15:00:00+00:00,600.0,,12,0.25,590.5\n";
        // the quoted field opens on line 3 and never closes
        assertThatThrownBy(() -> read(HEADER + row + "1,\"SPY260320C00600000,2026\n,600\n", ReadOptions.defaults()))
                .isInstanceOf(ChainFormatException.class)
                .hasMessage("y.csv: line 3, column 2 (contractSymbol): malformed CSV: Missing closing quote for value");
        assertThatThrownBy(() -> read(HEADER + row.replace(",600.0,", ",\"600.0\"x,"), ReadOptions.defaults()))
                .hasMessage("y.csv: line 2, column 4 (strike): malformed CSV: Unexpected character ('x' (code 120)): "
                        + "Expected column separator character (',' (code 44)) or end-of-line");
    }

    @Test
    void read_recordsBeyondTheLimits_areRejectedNamingLineAndColumn() {
        String row = "0,SPY260320C00600000,2026-03-02 15:00:00+00:00,600.0,,12,0.25,590.5\n";
        // one field longer than the limit: Jackson's string limit
        assertThatThrownBy(() -> read(HEADER + row.replace(",12,", "," + "1".repeat(CsvRecords.MAX_RECORD_LENGTH + 1)
                + ","), ReadOptions.defaults()))
                .isInstanceOf(ChainFormatException.class)
                .hasMessageStartingWith("y.csv: line 2, column 6 (openInterest): malformed CSV: String value length (")
                .hasMessageContaining("exceeds the maximum allowed (1048576");
        // fields within the limit that add up beyond it
        String half = "1".repeat(CsvRecords.MAX_RECORD_LENGTH / 2 + 1);
        assertThatThrownBy(() -> read(HEADER + row.replace(",,12,", "," + half + "," + half + ","),
                ReadOptions.defaults()))
                .hasMessage("y.csv: line 2, column 6 (openInterest): the record is longer than 1048576 characters");
        assertThatThrownBy(() -> read(HEADER + row.replace("\n", ",".repeat(CsvRecords.MAX_FIELDS) + "\n"),
                ReadOptions.defaults()))
                .hasMessage("y.csv: line 2, column 65537: the record has more than 65536 fields");
    }

    @Test
    void read_inputWithoutLineEnds_stopsAtTheLimitInsteadOfFillingMemory() {
        // endless input: only an error at a limit ends these reads
        Reader letters = TestReaders.endless(NOTE_HEADER + "\n", 'x');
        assertThatThrownBy(() -> YfinanceCsv.read(letters, "y.csv", ReadOptions.defaults()))
                .isInstanceOf(ChainFormatException.class)
                .hasMessageStartingWith("y.csv: line 2, column 1 (contractSymbol): malformed CSV: String value length");
        Reader commas = TestReaders.endless("", ',');
        assertThatThrownBy(() -> YfinanceCsv.read(commas, "y.csv", ReadOptions.defaults()))
                .isInstanceOf(ChainFormatException.class)
                .hasMessage("y.csv: line 1, column 65537: the record has more than 65536 fields");
    }
}
