package dev.exposure.jackson;

import dev.exposure.OptionChain;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the vendor table readers ({@link CboeQuoteTable}, {@link YfinanceCsv}) share: opening the input, with the
 * same argument checks and I/O error messages, and the abbreviation of a quoted value in an error message.
 */
final class VendorTables {

    private VendorTables() {
    }

    /** One pass over the records of a table, giving its chain. */
    @FunctionalInterface
    interface Pass {

        /**
         * Reads a table.
         *
         * @param records its records
         * @param source the name used in error messages, or null
         * @param options values that override the file's
         * @return its chain
         * @throws IOException if reading fails
         */
        OptionChain run(CsvRecords records, String source, ReadOptions options) throws IOException;
    }

    /**
     * Reads a table file (UTF-8).
     *
     * @param file the file
     * @param options values that override the file's
     * @param pass the reader of the format
     * @param unnamed what the input is called in an I/O error message when it has no source name
     * @return its chain
     * @throws ChainFormatException if the file is malformed
     * @throws UncheckedIOException if it cannot be read
     * @throws NullPointerException if {@code file} or {@code options} is null
     */
    static OptionChain read(Path file, ReadOptions options, Pass pass, String unnamed) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString(), options, pass, unnamed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads a table from text.
     *
     * @param in the text; closed when done
     * @param source the name used in error messages, or null
     * @param options values that override the file's
     * @param pass the reader of the format
     * @param unnamed what the input is called in an I/O error message when {@code source} is null
     * @return its chain
     * @throws ChainFormatException if the text is malformed
     * @throws UncheckedIOException if reading fails
     * @throws NullPointerException if {@code in} or {@code options} is null
     */
    static OptionChain read(Reader in, String source, ReadOptions options, Pass pass, String unnamed) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        try (CsvRecords r = new CsvRecords(in, source)) {
            return pass.run(r, source, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + (source == null ? unnamed : source), e);
        }
    }

    /**
     * Shortens a value quoted in an error message to at most 40 characters.
     *
     * @param s the value
     * @return the value, or its first 37 characters followed by {@code ...}
     */
    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
