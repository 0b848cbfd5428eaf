package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken copies of a real quote table (spx-2024-11-11-es.csv: blank line 1, title 2, date 3, header 4, 280 rows on
 * lines 5-284; {@code cut -d, -f12} of line 100 is {@code 6010.00}), written to a temporary directory, each of
 * which must give a {@link ChainFormatException} naming the file, line, column and field.
 */
class MalformedQuoteTableTest {

    private static final Path REAL = SharedData.data("cboe/spx-2024-11-11-es.csv");

    @TempDir
    Path dir;

    private static List<String> lines() throws IOException {
        return new ArrayList<>(Files.readAllLines(REAL, StandardCharsets.UTF_8));
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private static ChainFormatException error(Path file) {
        try {
            ChainFiles.read(file);
        } catch (ChainFormatException e) {
            assertThat(e.source()).isEqualTo(file.toString());
            return e;
        }
        throw new AssertionError("no error for " + file);
    }

    @Test
    void truncatedRow_namesTheFirstMissingColumn() throws IOException {
        List<String> lines = lines();
        String last = lines.get(283);
        lines.set(283, last.substring(0, last.indexOf(",0.1147,")));   // line 284 cut after its put-side Volume
        ChainFormatException e = error(write("truncated.csv", lines));
        assertThat(e).hasMessageEndingWith("line 284, column 19 (IV): the row has 18 fields but the header has 22 "
                + "(a truncated row?)");
        assertThat(e.line()).isEqualTo(284);
        assertThat(e.column()).isEqualTo(19);
        assertThat(e.field()).isEqualTo("IV");
    }

    @Test
    void truncatedFile_cutInsideARow_isTheSameError() throws IOException {
        byte[] all = Files.readAllBytes(REAL);
        Path file = Files.write(dir.resolve("cut.csv"), Arrays.copyOf(all, all.length / 2));
        ChainFormatException e = error(file);
        assertThat(e.line()).isBetween(5, 284);
        assertThat(e.column()).isBetween(1, 22);
        assertThat(e.field()).isNotNull();
        assertThat(e).hasMessageContaining("fields but the header has 22");
    }

    @Test
    void nonNumericStrike_namesTheStrikeColumn() throws IOException {
        List<String> lines = lines();
        lines.set(99, lines.get(99).replace(",6010.00,", ",6010.OO,"));
        ChainFormatException e = error(write("strike.csv", lines));
        assertThat(e).hasMessageEndingWith("line 100, column 12 (Strike): '6010.OO' is not a number");
        assertThat(e.field()).isEqualTo("Strike");
    }

    @Test
    void missingIvColumn_isTheLayoutWithoutIv() throws IOException {
        // drop field 19 (the put side's IV) from the header and from every row
        List<String> lines = lines();
        for (int i = 3; i < lines.size(); i++) {
            List<String> f = new ArrayList<>(Arrays.asList(lines.get(i).split(",", -1)));
            f.remove(18);
            lines.set(i, String.join(",", f));
        }
        ChainFormatException e = error(write("no-iv.csv", lines));
        assertThat(e).hasMessageEndingWith("line 4, column 13 (IV): the put side (columns 14 to 21, after 'Puts') "
                + "has no 'IV' column: this layout has no implied volatility, from which the exposures are computed, "
                + "so it cannot be read; download the quote table with its IV columns");
    }

    @Test
    void missingStrikeColumn_namesTheColumn() throws IOException {
        List<String> lines = lines();
        for (int i = 3; i < lines.size(); i++) {
            List<String> f = new ArrayList<>(Arrays.asList(lines.get(i).split(",", -1)));
            f.remove(11);
            lines.set(i, String.join(",", f));
        }
        ChainFormatException e = error(write("no-strike.csv", lines));
        assertThat(e).hasMessageEndingWith("line 4 (Strike): the header has no 'Strike' column (expected "
                + "'Expiration Date,Calls,…,Strike,Puts,…')");
        assertThat(e.field()).isEqualTo("Strike");
    }

    @Test
    void headerWithSwappedNames_leavesASideWithoutItsColumn() throws IOException {
        // "…,Gamma,Strike,Open Interest,Puts,…": the call's open interest now lies outside the call side
        List<String> lines = lines();
        lines.set(3, lines.get(3).replace("Gamma,Open Interest,Strike,Puts", "Gamma,Strike,Open Interest,Puts"));
        ChainFormatException e = error(write("swapped.csv", lines));
        assertThat(e).hasMessageEndingWith("line 4, column 2 (Open Interest): the call side (columns 3 to 10, "
                + "between 'Calls' and 'Strike') has no 'Open Interest' column");
    }

    @Test
    void strikeDisagreeingWithTheOptionSymbol_namesTheStrikeColumn() throws IOException {
        // line 5: Mon Nov 11 2024,SPXW241111C05950000,…,5950.00,SPXW241111P05950000,…
        List<String> lines = lines();
        lines.set(4, lines.get(4).replace(",5950.00,", ",5955.00,"));
        ChainFormatException e = error(write("strike-symbol.csv", lines));
        assertThat(e).hasMessageEndingWith("line 5, column 12 (Strike): strike 5955.00 differs from 5950 in the "
                + "option symbol 'SPXW241111C05950000' (column 2)");
    }

    @Test
    void reversedHeader_isRejectedAtTheHeader() throws IOException {
        List<String> lines = lines();
        List<String> names = new ArrayList<>(Arrays.asList(lines.get(3).split(",", -1)));
        java.util.Collections.reverse(names);
        lines.set(3, String.join(",", names));
        ChainFormatException e = error(write("reversed.csv", lines));
        assertThat(e).hasMessageEndingWith("line 4, column 21 (Calls): the 'Calls' column must come before 'Strike' "
                + "(column 11)");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void shuffledHeader_givesAnErrorNamingLineColumnAndField(long seed) throws IOException {
        List<String> lines = lines();
        List<String> names = new ArrayList<>(Arrays.asList(lines.get(3).split(",", -1)));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = names.size() - 1; i > 0; i--) {
            java.util.Collections.swap(names, i, random.nextInt(i + 1));
        }
        lines.set(3, String.join(",", names));
        Path file = write("shuffled-" + seed + ".csv", lines);
        ChainFormatException e = error(file);
        assertThat(e.line()).as("seed %d: %s", seed, e.getMessage()).isBetween(4, 284);
        assertThat(e.column()).as("seed %d: %s", seed, e.getMessage()).isBetween(1, 22);
        assertThat(e.field()).as("seed %d: %s", seed, e.getMessage()).isNotNull();
    }

    @Test
    void emptyFile_isLineOneColumnOne() throws IOException {
        Path file = Files.write(dir.resolve("empty.csv"), new byte[0]);
        ChainFormatException e = error(file);
        assertThat(e).hasMessage(file + ": line 1, column 1: empty file: expected option chains");
        Path blank = Files.writeString(dir.resolve("blank.csv"), "\n \r\n");
        assertThat(error(blank)).hasMessage(blank + ": line 1, column 1: empty file: expected option chains");
    }

    @Test
    void headerNeverComes_namesTheExpectedHeader() throws IOException {
        List<String> lines = lines();
        Path file = write("short.csv", lines.subList(0, 3));
        assertThatThrownBy(() -> CboeQuoteTable.read(file))
                .isInstanceOf(ChainFormatException.class)
                .hasMessage(file + ": line 4 (Expiration Date): no header line with an 'Expiration Date' column "
                        + "before the end of the input");
        // ChainFiles does not even recognise it as a quote table
        assertThat(error(file)).hasMessageContaining("line 1, column 1: not a recognised chain file");
    }

    @Test
    void otherRowErrors_nameLineColumnAndField() throws IOException {
        List<String> lines = lines();
        List<String> l = new ArrayList<>(lines);
        l.set(4, l.get(4).replace("Mon Nov 11 2024", "Tue Nov 11 2024"));
        assertThat(error(write("weekday.csv", l))).hasMessageEndingWith("line 5, column 1 (Expiration Date): "
                + "'Tue Nov 11 2024' names the wrong weekday: 2024-11-11 is a Mon");
        l = new ArrayList<>(lines);
        l.set(4, l.get(4).replace(",0.195,", ",n/a,"));
        assertThat(error(write("iv.csv", l))).hasMessageEndingWith("line 5, column 8 (IV): 'n/a' is not a number");
        l = new ArrayList<>(lines);
        l.set(4, l.get(4).replace(",SPXW241111P05950000,", ",SPXW241111C05950000,"));
        assertThat(error(write("type.csv", l))).hasMessageEndingWith("line 5, column 13 (Puts): "
                + "'SPXW241111C05950000' is a call symbol in the Puts column");
        l = new ArrayList<>(lines);
        l.set(4, l.get(4) + ",extra");
        assertThat(error(write("extra.csv", l))).hasMessageEndingWith("line 5, column 23: unexpected value 'extra' "
                + "after the 22 columns of the header");
        l = new ArrayList<>(lines);
        l.set(2, l.get(2).replace("Date: 11 de noviembre de 2024", "Date: 11 de noviembre de 2024 \"x"));
        assertThat(error(write("quote.csv", l))).hasMessageEndingWith("line 3, column 1: malformed CSV: Unexpected "
                + "character ('x' (code 120)): Expected column separator character (',' (code 44)) or end-of-line");
    }
}
