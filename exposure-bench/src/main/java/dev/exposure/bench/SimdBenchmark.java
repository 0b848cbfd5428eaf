package dev.exposure.bench;

import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import dev.exposure.TermStructure;
import dev.exposure.TermStructureBuilder;
import dev.exposure.internal.ExposureKernel;
import java.time.LocalDate;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The scalar and the vector kernels side by side, and what it costs to get a chain into them. Every benchmark
 * exists twice: {@code …Scalar} runs in forks started as users start the library by default, {@code …Vector} in
 * forks started with {@code --add-modules jdk.incubator.vector} (each method's own {@code @Fork}), so one JMH run
 * measures both. A setup check fails the benchmark if its fork does not run the kernel its name says
 * ({@link ExposureKernel#implementation()}). Scores are ns per contract (see {@link ChainState}).
 *
 * <ul>
 *   <li>{@code kernel…}: {@code ExposureKernel.compute(columns).total()}, as in {@link KernelBenchmark};</li>
 *   <li>{@code profile…}: {@code new GammaProfileBuilder().build(chain)}, the default 81-point profile and its
 *       flip;</li>
 *   <li>{@code bulkTermStructure…}: {@link OptionChain#fromColumns} from primitive columns (in the order
 *       {@link ChainGenerator} lists them: by expiration, strike, call then put) and the term structure of that
 *       chain: ingestion end to end;</li>
 *   <li>{@code builderTermStructure…}: the same contracts through {@code OptionChain.builder(…).add(…)} one by one
 *       (types and dates as objects, made in the setup), {@code build()}, and the term structure.</li>
 * </ul>
 * The setup checks that both ways of building give the term structure of {@link ChainState#chain}.
 *
 * <p>The forks pre-touch their heap ({@code -XX:+AlwaysPreTouch}): building chains allocates 36 to 70 bytes per
 * contract, tens of megabytes per invocation, and without it the first write to each page of the heap (a page
 * fault, costly in a virtual machine) dominates the building benchmarks until the whole heap has been used once;
 * a long-running process pays that once.
 *
 * <p>Run: {@code java -jar exposure-bench/target/benchmarks.jar SimdBenchmark -f 2 -wi 3 -i 8 -w 1s -r 1s}
 * (add {@code -prof gc} for allocation, {@code -p size=100000} for one size).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SimdBenchmark {

    private static final TermStructureBuilder TERM_STRUCTURE = new TermStructureBuilder();

    /** Fails the trial unless the fork runs the kernel the benchmark's name says. */
    @State(Scope.Benchmark)
    public static class KernelCheck {
        /**
         * Checks the kernel in use.
         *
         * @param params the running benchmark
         * @throws IllegalStateException if a {@code …Vector} benchmark runs the scalar kernel, or the reverse
         */
        @Setup(Level.Trial)
        public void check(BenchmarkParams params) {
            boolean vector = params.getBenchmark().endsWith("Vector");
            String implementation = ExposureKernel.implementation();
            if (implementation.startsWith("vector: ") != vector) {
                throw new IllegalStateException(params.getBenchmark() + " must run the " + (vector ? "vector"
                        : "scalar") + " kernel but runs the " + implementation);
            }
        }
    }

    /** The chain of {@link ChainState} as primitive columns and as the objects a caller of the builder holds. */
    @State(Scope.Benchmark)
    public static class Columns {
        boolean[] calls;
        int[] days;
        double[] strikes;
        double[] openInterest;
        double[] volatility;
        OptionType[] types;
        LocalDate[] expirations;

        /**
         * Reads the chain's contracts in add order and checks that both ways of building give its term structure.
         *
         * @param state the chain
         * @throws IllegalStateException if a rebuilt chain's term structure differs
         */
        @Setup(Level.Trial)
        public void setUp(ChainState state) {
            OptionChain chain = state.chain;
            int n = chain.size();
            calls = new boolean[n];
            days = new int[n];
            strikes = new double[n];
            openInterest = new double[n];
            volatility = new double[n];
            types = new OptionType[n];
            expirations = new LocalDate[n];
            for (int i = 0; i < n; i++) {
                types[i] = chain.type(i);
                expirations[i] = chain.expiration(i); // one LocalDate object per expiration, as readers keep them
                calls[i] = types[i] == OptionType.CALL;
                days[i] = (int) expirations[i].toEpochDay();
                strikes[i] = chain.strike(i);
                openInterest[i] = chain.openInterest(i);
                volatility[i] = chain.impliedVolatility(i);
            }
            TermStructure expected = TERM_STRUCTURE.build(chain);
            if (!TERM_STRUCTURE.build(bulk(this)).equals(expected)
                    || !TERM_STRUCTURE.build(oneByOne(this)).equals(expected)) {
                throw new IllegalStateException("a rebuilt chain's term structure differs from the original's");
            }
        }
    }

    private static OptionChain bulk(Columns c) {
        return OptionChain.fromColumns("BENCH", ChainState.SPOT, ChainGenerator.AS_OF, ChainGenerator.RATE,
                ChainGenerator.YIELD, 100, c.calls, c.days, c.strikes, c.openInterest, c.volatility);
    }

    private static OptionChain oneByOne(Columns c) {
        OptionChain.Builder b = OptionChain.builder("BENCH", ChainState.SPOT, ChainGenerator.AS_OF)
                .riskFreeRate(ChainGenerator.RATE).dividendYield(ChainGenerator.YIELD).contractMultiplier(100);
        for (int i = 0; i < c.strikes.length; i++) {
            b.add(c.types[i], c.expirations[i], c.strikes[i], c.openInterest[i], c.volatility[i]);
        }
        return b.build();
    }

    private static void bulkTermStructure(ChainState state, Columns columns, Blackhole bh) {
        for (int p = 0; p < state.passes; p++) {
            bh.consume(TERM_STRUCTURE.build(bulk(columns)));
        }
    }

    private static void builderTermStructure(ChainState state, Columns columns, Blackhole bh) {
        for (int p = 0; p < state.passes; p++) {
            bh.consume(TERM_STRUCTURE.build(oneByOne(columns)));
        }
    }

    /**
     * The kernel, scalar.
     *
     * @param state the chain
     * @param check the kernel check
     * @param bh sink
     */
    @Benchmark
    @Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
    @OperationsPerInvocation(ChainState.CONTRACTS_PER_INVOCATION)
    public void kernelScalar(ChainState state, KernelCheck check, Blackhole bh) {
        state.kernelPasses(bh);
    }

    /**
     * The kernel, vector.
     *
     * @param state the chain
     * @param check the kernel check
     * @param bh sink
     */
    @Benchmark
    @Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch",
            "--add-modules=jdk.incubator.vector"})
    @OperationsPerInvocation(ChainState.CONTRACTS_PER_INVOCATION)
    public void kernelVector(ChainState state, KernelCheck check, Blackhole bh) {
        state.kernelPasses(bh);
    }

    /**
     * The default gamma profile and its flip, scalar.
     *
     * @param state the chain
     * @param check the kernel check
     * @param bh sink
     */
    @Benchmark
    @Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
    @OperationsPerInvocation(ChainState.CONTRACTS_PER_INVOCATION)
    public void profileScalar(ChainState state, KernelCheck check, Blackhole bh) {
        state.profilePasses(bh);
    }

    /**
     * The default gamma profile and its flip, vector.
     *
     * @param state the chain
     * @param check the kernel check
     * @param bh sink
     */
    @Benchmark
    @Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch",
            "--add-modules=jdk.incubator.vector"})
    @OperationsPerInvocation(ChainState.CONTRACTS_PER_INVOCATION)
    public void profileVector(ChainState state, KernelCheck check, Blackhole bh) {
        state.profilePasses(bh);
    }

    /**
     * {@link OptionChain#fromColumns} and the term structure, scalar kernel.
     *
     * @param state the chain
     * @param columns its columns
     * @param check the kernel check
     * @param bh sink
     */
    @Benchmark
    @Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
    @OperationsPerInvocation(ChainState.CONTRACTS_PER_INVOCATION)
    public void bulkTermStructureScalar(ChainState state, Columns columns, KernelCheck check, Blackhole bh) {
        bulkTermStructure(state, columns, bh);
    }

    /**
     * {@link OptionChain#fromColumns} and the term structure, vector kernel.
     *
     * @param state the chain
     * @param columns its columns
     * @param check the kernel check
     * @param bh sink
     */
    @Benchmark
    @Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch",
            "--add-modules=jdk.incubator.vector"})
    @OperationsPerInvocation(ChainState.CONTRACTS_PER_INVOCATION)
    public void bulkTermStructureVector(ChainState state, Columns columns, KernelCheck check, Blackhole bh) {
        bulkTermStructure(state, columns, bh);
    }

    /**
     * The one-by-one builder and the term structure, scalar kernel.
     *
     * @param state the chain
     * @param columns its contracts
     * @param check the kernel check
     * @param bh sink
     */
    @Benchmark
    @Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
    @OperationsPerInvocation(ChainState.CONTRACTS_PER_INVOCATION)
    public void builderTermStructureScalar(ChainState state, Columns columns, KernelCheck check, Blackhole bh) {
        builderTermStructure(state, columns, bh);
    }

    /**
     * The one-by-one builder and the term structure, vector kernel.
     *
     * @param state the chain
     * @param columns its contracts
     * @param check the kernel check
     * @param bh sink
     */
    @Benchmark
    @Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch",
            "--add-modules=jdk.incubator.vector"})
    @OperationsPerInvocation(ChainState.CONTRACTS_PER_INVOCATION)
    public void builderTermStructureVector(ChainState state, Columns columns, KernelCheck check, Blackhole bh) {
        builderTermStructure(state, columns, bh);
    }
}
