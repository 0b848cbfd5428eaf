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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Loads option chains from a file, or from every chain file of a directory.
 *
 * <ul>
 *   <li>{@code *.json}: one chain object (shape in {@link ExposureModule}), or an array of them; read with the
 *       limits of {@link ExposureJson#newMapper()};</li>
 *   <li>{@code *.csv}: one or more chains, as documented in {@link ChainCsv};</li>
 *   <li>a directory: its {@code *.json} and {@code *.csv} files (extension in any letter case), in file-name
 *       order; other files and subdirectories are not read.</li>
 * </ul>
 * A symbol may appear in one place only (symbols are compared ignoring case, as in {@link MarketDataStore#of}).
 * Errors are {@link ChainFormatException}s naming the file, line, column and field.
 */
public final class ChainFiles {

    private static final ObjectMapper MAPPER = ExposureJson.newMapper();

    /** Reads one chain from a parser that may hold more (the array elements); trailing content is checked here. */
    private static final ObjectReader CHAIN = MAPPER.readerFor(OptionChain.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ChainFiles() {
    }

    /**
     * Reads the chains of a file or directory.
     *
     * @param path a {@code .json} or {@code .csv} file, or a directory of them
     * @return the chains, file by file in name order, each file's in its own order
     * @throws ChainFormatException if a file is malformed, a file has another extension, or two chains have the
     *     same symbol
     * @throws UncheckedIOException if the path does not exist or cannot be read, or is a directory without any
     *     {@code .json} or {@code .csv} file
     * @throws NullPointerException if {@code path} is null
     */
    public static List<OptionChain> read(Path path) {
        Objects.requireNonNull(path, "path");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> list = Files.list(path)) {
                list.filter(f -> Files.isRegularFile(f) && kind(f) != null)
                        .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path, e);
            }
            if (files.isEmpty()) {
                throw new UncheckedIOException("no .json or .csv chain file in directory " + path,
                        new NoSuchFileException(path.toString()));
            }
        } else if (Files.isRegularFile(path)) {
            if (kind(path) == null) {
                throw new ChainFormatException(path.toString(), 0, 0, null,
                        "unsupported file type: expected a .json or .csv file");
            }
            files.add(path);
        } else {
            throw new UncheckedIOException("no such file or directory: " + path,
                    new NoSuchFileException(path.toString()));
        }
        List<OptionChain> out = new ArrayList<>();
        Map<String, String> origin = new HashMap<>();
        for (Path f : files) {
            List<OptionChain> chains = "csv".equals(kind(f)) ? ChainCsv.read(f) : readJson(f);
            for (OptionChain c : chains) {
                String key = c.symbol().trim().toUpperCase(Locale.ROOT);
                String before = origin.putIfAbsent(key, f.toString());
                if (before != null) {
                    throw new ChainFormatException(f.toString(), 0, 0, null, "a second chain for symbol "
                            + c.symbol() + " (the first is in " + before + ")");
                }
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Reads the chains of a file or directory into a market data store.
     *
     * @param path a {@code .json} or {@code .csv} file, or a directory of them
     * @return a store of every chain read
     * @throws ChainFormatException if a file is malformed or two chains have the same symbol
     * @throws UncheckedIOException if the path does not exist or cannot be read, or is a directory without any
     *     {@code .json} or {@code .csv} file
     * @throws NullPointerException if {@code path} is null
     */
    public static MarketDataStore readStore(Path path) {
        return MarketDataStore.of(read(path));
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
                        throw new ChainFormatException(source, p.currentLocation().getLineNr(), 0, null,
                                "unexpected end of input inside the array of chains");
                    }
                    try {
                        out.add(CHAIN.readValue(p));
                    } catch (JsonProcessingException e) {
                        throw translate(source, "[" + out.size() + "] ", e);
                    }
                }
            } else if (t == null) {
                throw new ChainFormatException(source, 0, 0, null, "empty file: expected a chain object or an "
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

    private static String kind(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".json")) {
            return "json";
        }
        return n.endsWith(".csv") ? "csv" : null;
    }
}
