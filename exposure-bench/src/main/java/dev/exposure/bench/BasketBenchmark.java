package dev.exposure.bench;

import dev.exposure.BasketAggregator;
import dev.exposure.BasketRequest;
import dev.exposure.MarketDataStore;
import dev.exposure.OptionChain;
import dev.exposure.internal.ChainColumns;
import dev.exposure.internal.ExposureKernel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The public {@link BasketAggregator} over a basket of {@value #SYMBOLS} chains of {@value #CONTRACTS} contracts
 * (40 expirations each), sequentially and with a 2-thread executor. Both return identical results.
 *
 * <p>Scores are ns per contract: each invocation aggregates the basket {@value #PASSES} times, that is
 * {@value #CONTRACTS_PER_INVOCATION} contracts, and the methods say so with {@code @OperationsPerInvocation}.
 *
 * <p>Control: {@code controlKernelsSequential} and {@code controlKernelsTwoThreads} run only the kernel over the
 * same chains, on the calling thread and split in two halves on the same 2-thread pool. Their ratio is what this
 * machine gives for perfectly parallel work at that moment (its two cores are shared), the ceiling for the
 * aggregator's own ratio.
 *
 * <p>Run: {@code java -jar exposure-bench/target/benchmarks.jar BasketBenchmark -f 2 -wi 3 -i 5}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class BasketBenchmark {

    /** Chains in the basket. */
    static final int SYMBOLS = 50;
    /** Contracts per chain. */
    static final int CONTRACTS = 4000;
    /** Basket aggregations per invocation. */
    static final int PASSES = 5;
    /** Contracts processed by one invocation. */
    static final int CONTRACTS_PER_INVOCATION = SYMBOLS * CONTRACTS * PASSES;

    private BasketAggregator sequential;
    private BasketAggregator concurrent;
    private ExecutorService executor;
    private BasketRequest request;
    private ChainColumns[] columns;

    /** Builds the chains, the store, a weighted request and a 2-thread pool; checks both paths agree. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        List<OptionChain> chains = new ArrayList<>(SYMBOLS);
        List<String> symbols = new ArrayList<>(SYMBOLS);
        List<Double> weights = new ArrayList<>(SYMBOLS);
        for (int s = 0; s < SYMBOLS; s++) {
            String symbol = String.format(Locale.ROOT, "SYM%02d", s);
            double spot = 20.0 + 980.0 * random.nextDouble();
            chains.add(ChainGenerator.generate(symbol, spot, CONTRACTS, random.nextLong()));
            symbols.add(symbol);
            weights.add(0.5 + random.nextDouble());
        }
        columns = new ChainColumns[SYMBOLS];
        for (int s = 0; s < SYMBOLS; s++) {
            columns[s] = ChainColumns.of(chains.get(s));
        }
        MarketDataStore store = MarketDataStore.of(chains);
        request = BasketRequest.of(symbols, weights);
        executor = Executors.newFixedThreadPool(2);
        sequential = new BasketAggregator(store);
        concurrent = new BasketAggregator(store, executor);
        if (!sequential.aggregate(request).equals(concurrent.aggregate(request))) {
            throw new IllegalStateException("the concurrent basket differs from the sequential one");
        }
    }

    /** Stops the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        executor.shutdownNow();
    }

    /**
     * The basket on the calling thread.
     *
     * @return the last result
     */
    @Benchmark
    @OperationsPerInvocation(CONTRACTS_PER_INVOCATION)
    public Object sequential() {
        Object last = null;
        for (int p = 0; p < PASSES; p++) {
            last = sequential.aggregate(request);
        }
        return last;
    }

    /**
     * The basket on a 2-thread executor.
     *
     * @return the last result
     */
    @Benchmark
    @OperationsPerInvocation(CONTRACTS_PER_INVOCATION)
    public Object twoThreads() {
        Object last = null;
        for (int p = 0; p < PASSES; p++) {
            last = concurrent.aggregate(request);
        }
        return last;
    }

    /**
     * Control: the kernel alone over the basket's chains, on the calling thread.
     *
     * @return a checksum
     */
    @Benchmark
    @OperationsPerInvocation(CONTRACTS_PER_INVOCATION)
    public double controlKernelsSequential() {
        return kernels(0, 1);
    }

    /**
     * Control: the kernel alone over the basket's chains, even and odd chains as two tasks on the 2-thread pool.
     *
     * @return a checksum
     * @throws InterruptedException if interrupted while waiting
     * @throws ExecutionException if a task failed
     */
    @Benchmark
    @OperationsPerInvocation(CONTRACTS_PER_INVOCATION)
    public double controlKernelsTwoThreads() throws InterruptedException, ExecutionException {
        Future<Double> even = executor.submit(() -> kernels(0, 2));
        Future<Double> odd = executor.submit(() -> kernels(1, 2));
        return even.get() + odd.get();
    }

    private double kernels(int first, int step) {
        double checksum = 0;
        for (int p = 0; p < PASSES; p++) {
            for (int s = first; s < SYMBOLS; s += step) {
                checksum += ExposureKernel.compute(columns[s]).total().netGex();
            }
        }
        return checksum;
    }
}
