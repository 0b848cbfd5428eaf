package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvRecordReaderTest {

    /** The records of a text, each as its line and fields. */
    private static List<String> records(String text) throws IOException {
        return records(new StringReader(text));
    }

    private static List<String> records(Reader in) throws IOException {
        List<String> out = new ArrayList<>();
        try (CsvRecordReader r = new CsvRecordReader(in, "t.csv")) {
            while (r.next()) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < r.size(); i++) {
                    fields.add(r.field(i));
                }
                out.add(r.line() + ":" + fields);
            }
        }
        return out;
    }

    @Test
    void next_quotingLineEndsAndBom_followRfc4180() throws IOException {
        assertThat(records("\uFEFFa,\"b,c\", d \r\n\"x\"\"y\",\"multi\nline\"\r\rlast"))
                .containsExactly("1:[a, b,c, d]", "2:[x\"y, multi\nline]", "4:[]", "5:[last]");
        assertThat(records("")).isEmpty();
        assertThat(records("\uFEFF")).isEmpty();
        assertThat(records("a,b\n")).containsExactly("1:[a, b]");
        assertThat(records(" \"q\" ,x\"y\n")).containsExactly("1:[q, x\"y]");
        assertThat(records("a,,\n,\n")).containsExactly("1:[a, , ]", "2:[, ]");
    }

    @Test
    void next_recordsSpanningBufferBoundaries_areWhole() throws IOException {
        // a reader that hands out one character at a time, so every CR LF and "" straddles a read
        String text = "a,\"b\"\"c\"\r\nd,e\r\n";
        Reader slow = new Reader() {
            private int pos;

            @Override
            public int read(char[] buf, int off, int len) {
                if (pos == text.length()) {
                    return -1;
                }
                buf[off] = text.charAt(pos++);
                return 1;
            }

            @Override
            public void close() {
            }
        };
        assertThat(records(slow)).containsExactly("1:[a, b\"c]", "2:[d, e]");
    }

    @Test
    void next_malformedInput_namesLineAndColumn() {
        assertThatThrownBy(() -> records("a,b\nc,\"open\nstill"))
                .isInstanceOf(ChainFormatException.class)
                .hasMessage("t.csv: line 2, column 2: a quoted field is not closed before the end of the input");
        assertThatThrownBy(() -> records("a,\"b\"c\n"))
                .hasMessage("t.csv: line 1, column 2: unexpected character 'c' after the closing quote of a field");
        assertThatThrownBy(() -> records("x".repeat(CsvRecordReader.MAX_RECORD_LENGTH + 1)))
                .hasMessage("t.csv: line 1, column 1: the record is longer than 1048576 characters");
        assertThatThrownBy(() -> records(",".repeat(CsvRecordReader.MAX_FIELDS + 1)))
                .hasMessage("t.csv: line 1, column 65537: the record has more than 65536 fields");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+", "-", ".", "1e", "1e+", "e5", "1.2.3", "0x1p3", "NaN", "Infinity", "1d", "1,5",
        " 1", "1 ", "--1", "1e5.5", "١"})
    void parseDecimal_notADecimal_isNaN(String s) {
        assertThat(CsvRecordReader.parseDecimal(s.toCharArray(), 0, s.length())).isNaN();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "+0.0", "2400.00", "800.000", "0.0001", ".5", "5.", "4.285", "1e22", "1e23",
        "9007199254740993", "123456789012345678901234567890", "0.1e-400", "1e400", "-1e400", "4.9e-324",
        "2.2250738585072011e-308", "0.30000000000000004", "1E+2", "1e-22", "1e-23", "00000000000000000000001.5",
        "0.000000000000000000000000000001", "179769313486231570000000000000000000000000000000000000000000000000000"
                + "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                + "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                + "00000000000000000000000000000000000000000000000000000000000000000000000000000"})
    void parseDecimal_edgeCases_equalDoubleParseDouble(String s) {
        assertThat(Double.doubleToRawLongBits(CsvRecordReader.parseDecimal(s.toCharArray(), 0, s.length())))
                .as(s).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
    }

    @RepeatedTest(20)
    void parseDecimal_randomDecimals_equalDoubleParseDouble(RepetitionInfo info) {
        long seed = 0x5EED_0000L + info.getCurrentRepetition();
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 20_000; n++) {
            String s = randomDecimal(random);
            double expected = Double.parseDouble(s);
            double actual = CsvRecordReader.parseDecimal(s.toCharArray(), 0, s.length());
            assertThat(Double.doubleToRawLongBits(actual)).as("seed %d: %s", seed, s)
                    .isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }

    /** Quote-table-like numbers mostly (few digits, 0-4 decimals), and long and exponent forms. */
    private static String randomDecimal(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        switch (r.nextInt(4)) {
            case 0:
                sb.append(r.nextInt(100_000)).append('.').append(String.format("%04d", r.nextInt(10_000)));
                break;
            case 1:
                sb.append(r.nextBoolean() ? "-" : "").append(r.nextLong(1L << 60));
                break;
            case 2: {
                int digits = 1 + r.nextInt(25);
                for (int i = 0; i < digits; i++) {
                    sb.append((char) ('0' + r.nextInt(10)));
                }
                sb.insert(r.nextInt(digits + 1), '.');
                if (sb.charAt(0) == '.' && sb.length() == 1) {
                    sb.append('0');
                }
                break;
            }
            default:
                sb.append(r.nextInt(1000)).append('.').append(r.nextInt(1000)).append('e')
                        .append(r.nextInt(-40, 40));
                break;
        }
        return sb.toString();
    }
}
