package dev.exposure.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.OptionChain;
import dev.exposure.jackson.CboeQuoteTable;
import dev.exposure.jackson.ChainCsv;
import dev.exposure.jackson.ChainFiles;
import dev.exposure.jackson.ExposureJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one real chain from a file: the largest Cboe quote table of {@code ../shared/data/cboe}
 * ({@code spx-2024-01-07.csv}, 1 578 085 bytes, 10 519 rows, 21 038 contracts) with {@link CboeQuoteTable}, against
 * the same chain written in the setup as the project's own CSV ({@link ChainCsv}) and JSON
 * ({@link ChainFiles#readJson}), and the quote table once more through {@link ChainFiles#read} (format recognition
 * included). Each benchmark reads the whole file from the (cached) file system into an {@link OptionChain}.
 *
 * <p>Scores: the primary score is files per second. The auxiliary counters {@code bytes} and {@code contracts},
 * reported by JMH as rates per second, give <b>MB/s</b> ({@code bytes} / 10^6) and <b>ns per contract</b>
 * (10^9 / {@code contracts}); MB/s is each file's own size, so compare formats by ns per contract.
 *
 * <p>The setup checks that the three files give the same contracts. The shared data directory is found through
 * the system property {@code exposure.shared.dir}, else as a {@code shared} directory beside the working directory
 * or one of its parents (run from the repository root).
 *
 * <p>Run: {@code java -jar exposure-bench/target/benchmarks.jar ReadBenchmark -f 2 -wi 3 -i 5}
 * (add {@code -prof gc} for allocation).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ReadBenchmark {

    /** The largest real quote table, relative to {@code shared/data}. */
    static final String FILE = "cboe/spx-2024-01-07.csv";

    private Path dir;
    private Path cboe;
    private Path csv;
    private Path json;
    private long cboeBytes;
    private long csvBytes;
    private long jsonBytes;

    /** Bytes and contracts read, reported by JMH per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Counters {
        /** Bytes of the files read. */
        public long bytes;
        /** Contracts read. */
        public long contracts;

        /** Starts each iteration from zero. */
        @Setup(Level.Iteration)
        public void clear() {
            bytes = 0;
            contracts = 0;
        }
    }

    /**
     * Reads the quote table and writes the same chain as the project's CSV and JSON into a temporary directory.
     *
     * @throws IOException if the files cannot be read or written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        cboe = sharedData().resolve(FILE);
        OptionChain chain = CboeQuoteTable.read(cboe);
        dir = Files.createTempDirectory("exposure-read-bench");
        csv = dir.resolve("chain.csv");
        json = dir.resolve("chain.json");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            ChainCsv.write(List.of(chain), w);
        }
        ObjectMapper mapper = ExposureJson.newMapper();
        mapper.writeValue(json.toFile(), chain);
        cboeBytes = Files.size(cboe);
        csvBytes = Files.size(csv);
        jsonBytes = Files.size(json);
        requireSame(chain, ChainCsv.read(csv).get(0), "csv");
        requireSame(chain, ChainFiles.readJson(json).get(0), "json");
        requireSame(chain, ChainFiles.read(cboe).get(0), "ChainFiles");
    }

    /**
     * Deletes the temporary files.
     *
     * @throws IOException if they cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(csv);
        Files.deleteIfExists(json);
        Files.deleteIfExists(dir);
    }

    /**
     * The Cboe quote table with {@link CboeQuoteTable#read(Path)}.
     *
     * @param counters bytes and contracts read
     * @return the chain
     */
    @Benchmark
    public OptionChain cboeQuoteTable(Counters counters) {
        OptionChain c = CboeQuoteTable.read(cboe);
        counters.bytes += cboeBytes;
        counters.contracts += c.size();
        return c;
    }

    /**
     * The Cboe quote table with {@link ChainFiles#read(Path)}: format recognition, then the same reader.
     *
     * @param counters bytes and contracts read
     * @return the chains
     */
    @Benchmark
    public List<OptionChain> chainFiles(Counters counters) {
        List<OptionChain> c = ChainFiles.read(cboe);
        counters.bytes += cboeBytes;
        counters.contracts += c.get(0).size();
        return c;
    }

    /**
     * The same chain as the project's CSV.
     *
     * @param counters bytes and contracts read
     * @return the chains
     */
    @Benchmark
    public List<OptionChain> ownCsv(Counters counters) {
        List<OptionChain> c = ChainCsv.read(csv);
        counters.bytes += csvBytes;
        counters.contracts += c.get(0).size();
        return c;
    }

    /**
     * The same chain as the project's JSON.
     *
     * @param counters bytes and contracts read
     * @return the chains
     */
    @Benchmark
    public List<OptionChain> ownJson(Counters counters) {
        List<OptionChain> c = ChainFiles.readJson(json);
        counters.bytes += jsonBytes;
        counters.contracts += c.get(0).size();
        return c;
    }

    private static void requireSame(OptionChain a, OptionChain b, String what) {
        boolean same = a.size() == b.size() && a.symbol().equals(b.symbol()) && a.asOf().equals(b.asOf())
                && a.underlyingPrice() == b.underlyingPrice();
        for (int i = 0; same && i < a.size(); i++) {
            same = a.type(i) == b.type(i) && a.expiration(i).equals(b.expiration(i))
                    && Double.compare(a.strike(i), b.strike(i)) == 0
                    && Double.compare(a.openInterest(i), b.openInterest(i)) == 0
                    && Double.compare(a.impliedVolatility(i), b.impliedVolatility(i)) == 0;
        }
        if (!same) {
            throw new IllegalStateException(what + ": the chain read back differs from the quote table's");
        }
    }

    private static Path sharedData() {
        String property = System.getProperty("exposure.shared.dir");
        if (property != null && Files.isDirectory(Path.of(property, "data"))) {
            return Path.of(property, "data");
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path shared = d.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(shared)) {
                return shared;
            }
        }
        throw new UncheckedIOException(new IOException("cannot find the shared data directory (shared/data beside "
                + "the working directory); set -Dexposure.shared.dir"));
    }
}
