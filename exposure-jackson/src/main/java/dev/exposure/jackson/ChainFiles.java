package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.exposure.MarketDataStore;
import dev.exposure.OptionChain;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads option chains from a file, or from the chain files of a directory, recognising each file's format from its
 * content (SPEC §7), never from its name.
 *
 * <h2>Formats</h2>
 * {@link #format(Path)} looks at the first 64 KiB of a file (after a UTF-8 byte-order mark and leading white space):
 * <ul>
 *   <li>{@link ChainFileFormat#JSON}: it starts with <code>{</code> or {@code [}: one chain object (shape in
 *       {@link ExposureModule}) or an array of them, read with the limits of {@link ExposureJson#newMapper()};</li>
 *   <li>{@link ChainFileFormat#YFINANCE}: its first line names a {@code contractSymbol} column
 *       ({@link YfinanceCsv});</li>
 *   <li>{@link ChainFileFormat#CSV}: its first line names one of the project's CSV columns {@code symbol},
 *       {@code underlying_price}, {@code as_of}, {@code expiration}, {@code open_interest} or
 *       {@code implied_volatility} ({@link ChainCsv});</li>
 *   <li>{@link ChainFileFormat#CBOE_QUOTE_TABLE}: one of its first four non-blank lines has an
 *       {@code Expiration Date} field ({@link CboeQuoteTable}, both the 2022+ and the 2019-2020 layouts).</li>
 * </ul>
 * Anything else, an empty file included, is a {@link ChainFormatException} at line 1, column 1.
 *
 * <h2>Directories</h2>
 * In a directory, the regular files whose names end in {@code .json}, {@code .csv} or {@code .dat} (in any letter
 * case) and do not start with a dot are read, in file-name order ({@link String#compareTo}); other files and
 * subdirectories are not. Each of them must hold a recognised format (a file that does not is an error, not passed
 * over in silence); the extension only selects the files, their content decides the format.
 *
 * <h2>Several chains of one symbol</h2>
 * A directory of daily downloads holds many chains of one symbol. {@link #read} returns every chain, file by file
 * in name order and each file's chains in their order. {@link #readStore} keeps, per symbol (compared ignoring
 * letter case, as {@link MarketDataStore#of} does), the chain with the latest as-of instant; between chains of equal
 * as-of instants, the one read last (the later file name, or the later chain of one file) wins.
 * {@link #latestBySymbol} applies the same rule to any list.
 *
 * <h2>Read options</h2>
 * The overloads taking {@link ReadOptions} apply them to every chain read, in every format: a given value replaces
 * the file's (see {@link ReadOptions} for the precedence).
 *
 * <p>Every error is a {@link ChainFormatException} naming the file, the line and the column where there is one, or
 * an {@link UncheckedIOException} when a path is missing or unreadable.
 */
public final class ChainFiles {

    /** How much of a file {@link #format} looks at, in bytes. */
    static final int SNIFF_BYTES = 64 * 1024;

    /** Project CSV columns that name the format (yfinance uses camel case, Cboe other names). */
    private static final Set<String> OWN_CSV_COLUMNS = Set.of("symbol", "underlying_price", "as_of", "expiration",
            "open_interest", "implied_volatility");

    private static final ObjectMapper MAPPER = ExposureJson.newMapper();

    /** Reads one chain from a parser that may hold more (the array elements); trailing content is checked here. */
    private static final ObjectReader CHAIN = MAPPER.readerFor(OptionChain.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ChainFiles() {
    }

    /**
     * Reads the chains of a file or directory, with default options.
     *
     * @param path a chain file of any recognised format, or a directory of them
     * @return every chain, file by file in name order, each file's in its own order
     * @throws ChainFormatException if a file is malformed or of no recognised format
     * @throws UncheckedIOException if the path does not exist or cannot be read, or is a directory without any
     *     {@code .json}, {@code .csv} or {@code .dat} file
     * @throws NullPointerException if {@code path} is null
     */
    public static List<OptionChain> read(Path path) {
        return read(path, ReadOptions.defaults());
    }

    /**
     * Reads the chains of a file or directory.
     *
     * @param path a chain file of any recognised format, or a directory of them
     * @param options values that override the files' (applied to every chain)
     * @return every chain, file by file in name order, each file's in its own order
     * @throws ChainFormatException if a file is malformed or of no recognised format
     * @throws UncheckedIOException if the path does not exist or cannot be read, or is a directory without any
     *     {@code .json}, {@code .csv} or {@code .dat} file
     * @throws NullPointerException if an argument is null
     */
    public static List<OptionChain> read(Path path, ReadOptions options) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(options, "options");
        List<OptionChain> out = new ArrayList<>();
        for (Path f : files(path)) {
            out.addAll(readFile(f, options));
        }
        return out;
    }

    /**
     * Reads the chains of a file or directory into a market data store, with default options: per symbol, the
     * chain with the latest as-of instant (see the class description).
     *
     * @param path a chain file of any recognised format, or a directory of them
     * @return a store of the latest chain of each symbol
     * @throws ChainFormatException if a file is malformed or of no recognised format
     * @throws UncheckedIOException if the path does not exist or cannot be read, or is a directory without any
     *     {@code .json}, {@code .csv} or {@code .dat} file
     * @throws NullPointerException if {@code path} is null
     */
    public static MarketDataStore readStore(Path path) {
        return readStore(path, ReadOptions.defaults());
    }

    /**
     * Reads the chains of a file or directory into a market data store: per symbol, the chain with the latest as-of
     * instant (see the class description).
     *
     * @param path a chain file of any recognised format, or a directory of them
     * @param options values that override the files' (applied to every chain)
     * @return a store of the latest chain of each symbol
     * @throws ChainFormatException if a file is malformed or of no recognised format
     * @throws UncheckedIOException if the path does not exist or cannot be read, or is a directory without any
     *     {@code .json}, {@code .csv} or {@code .dat} file
     * @throws NullPointerException if an argument is null
     */
    public static MarketDataStore readStore(Path path, ReadOptions options) {
        return latestBySymbol(read(path, options));
    }

    /**
     * Makes a store of the latest chain of each symbol: per symbol (trimmed, compared ignoring letter case), the
     * chain with the latest as-of instant; between equal instants, the later one in the list.
     *
     * @param chains the chains, in read order
     * @return the store
     * @throws NullPointerException if the list or a chain is null
     */
    public static MarketDataStore latestBySymbol(List<? extends OptionChain> chains) {
        Objects.requireNonNull(chains, "chains");
        Map<String, OptionChain> latest = new LinkedHashMap<>();
        for (OptionChain c : chains) {
            Objects.requireNonNull(c, "chain");
            latest.merge(c.symbol().trim().toUpperCase(Locale.ROOT), c,
                    (before, now) -> now.asOf().isBefore(before.asOf()) ? before : now);
        }
        return MarketDataStore.of(latest.values());
    }

    /**
     * Recognises the format of a chain file from its content (see the class description).
     *
     * @param file the file
     * @return its format
     * @throws ChainFormatException if the file is empty or of no recognised format (line 1, column 1)
     * @throws UncheckedIOException if it cannot be read
     * @throws NullPointerException if {@code file} is null
     */
    public static ChainFileFormat format(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] head = new byte[SNIFF_BYTES];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
                n += r;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return sniff(head, n, file.toString());
    }

    /** Recognises a format from the first bytes of a file; see {@link #format}. */
    static ChainFileFormat sniff(byte[] head, int n, String source) {
        // a cut multi-byte character at the end becomes U+FFFD, which no rule below looks at
        String text = new String(head, 0, n, StandardCharsets.UTF_8);
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            throw new ChainFormatException(source, 1, 1, null, "empty file: expected option chains");
        }
        if (text.charAt(i) == '{' || text.charAt(i) == '[') {
            return ChainFileFormat.JSON;
        }
        // line by line, without CSV rules: the sample may end inside a record, and a malformed line must reach
        // the format's reader, which names it
        int record = 0;
        for (String line : text.substring(i).split("\r\n|\r|\n", 64)) {
            if (line.replace(",", "").isBlank()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String name : line.split(",", -1)) {
                String t = name.strip();
                names.add(t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
                        ? t.substring(1, t.length() - 1).strip() : t);
            }
            if (record == 0) {
                if (names.contains("contractSymbol")) {
                    return ChainFileFormat.YFINANCE;
                }
                for (String name : names) {
                    if (OWN_CSV_COLUMNS.contains(name)) {
                        return ChainFileFormat.CSV;
                    }
                }
            }
            for (String name : names) {
                if (name.equalsIgnoreCase("Expiration Date")) {
                    return ChainFileFormat.CBOE_QUOTE_TABLE;
                }
            }
            if (++record == 4) {
                break;
            }
        }
        throw new ChainFormatException(source, 1, 1, null, "not a recognised chain file: expected the project's "
                + "JSON (starting with '{' or '['), the project's CSV (a header naming symbol, as_of, strike, …), a "
                + "Cboe quote table (a header line 'Expiration Date,Calls,…' after the title and date lines) or a "
                + "yfinance table (a header naming contractSymbol)");
    }

    /** Reads one recognised file. */
    private static List<OptionChain> readFile(Path file, ReadOptions options) {
        switch (format(file)) {
            case JSON:
                return apply(readJson(file), options);
            case CSV:
                return apply(ChainCsv.read(file), options);
            case CBOE_QUOTE_TABLE:
                return List.of(CboeQuoteTable.read(file, options));
            case YFINANCE:
                return List.of(YfinanceCsv.read(file, options));
            default:
                throw new AssertionError();
        }
    }

    private static List<OptionChain> apply(List<OptionChain> chains, ReadOptions options) {
        List<OptionChain> out = new ArrayList<>(chains.size());
        for (OptionChain c : chains) {
            out.add(options.apply(c));
        }
        return out;
    }

    /** The file itself, or the chain files of a directory in name order. */
    private static List<Path> files(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new UncheckedIOException("no such file or directory: " + path,
                    new NoSuchFileException(path.toString()));
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(path)) {
            list.filter(f -> Files.isRegularFile(f) && isChainFileName(f))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
        if (files.isEmpty()) {
            throw new UncheckedIOException("no .json, .csv or .dat chain file in directory " + path,
                    new NoSuchFileException(path.toString()));
        }
        return files;
    }

    private static boolean isChainFileName(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".json") || n.endsWith(".csv") || n.endsWith(".dat"));
    }

    /**
     * Reads a JSON chain file: one chain object, or an array of them.
     *
     * @param file the file
     * @return its chains
     * @throws ChainFormatException if the file is malformed
     * @throws UncheckedIOException if it cannot be read
     */
    public static List<OptionChain> readJson(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        List<OptionChain> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); JsonParser p = MAPPER.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t == null) {
                        throw new ChainFormatException(source, p.currentLocation().getLineNr(),
                                p.currentLocation().getColumnNr(), null,
                                "unexpected end of input inside the array of chains");
                    }
                    try {
                        out.add(CHAIN.readValue(p));
                    } catch (JsonProcessingException e) {
                        throw translate(source, "[" + out.size() + "] ", e);
                    }
                }
            } else if (t == null) {
                throw new ChainFormatException(source, 1, 1, null, "empty file: expected a chain object or an "
                        + "array of chain objects");
            } else {
                out.add(CHAIN.readValue(p));
            }
            if (p.nextToken() != null) {
                throw new ChainFormatException(source, p.currentTokenLocation().getLineNr(),
                        p.currentTokenLocation().getColumnNr(), null, "unexpected content after the chain data");
            }
        } catch (JsonProcessingException e) {
            throw translate(source, "", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return out;
    }

    private static ChainFormatException translate(String source, String prefix, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return new ChainFormatException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                null, prefix + e.getOriginalMessage(), e);
    }
}
