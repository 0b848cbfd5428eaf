package dev.exposure.bench;

import dev.exposure.TermStructureBuilder;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-chain benchmarks: the exposure kernel, the term structure built on it, and the two baselines, on the same
 * generated chain ({@link ChainGenerator}) of 1 000 to 1 000 000 contracts. Scores are ns per contract (see
 * {@link ChainState}).
 *
 * <ul>
 *   <li>{@code kernel}: {@code ExposureKernel.compute(columns).total()}, the chain totals through the internal API
 *       (what {@code BasketAggregator} does per symbol, without the store look-up);</li>
 *   <li>{@code termStructure}: {@code TermStructureBuilder.build(chain)}, the kernel plus per-expiration rows,
 *       OPEX flags and DTE buckets;</li>
 *   <li>{@code straightforward}: {@link StraightforwardExposure}, records, a loop and a HashMap per expiration;</li>
 *   <li>{@code strata}: {@link StrataExposure}, OpenGamma Strata's Black–Scholes greeks, four calls per contract.</li>
 * </ul>
 * Each baseline's setup throws unless its totals match the kernel's to 1e-9 relative.
 *
 * <p>Run: {@code java -jar exposure-bench/target/benchmarks.jar KernelBenchmark -f 2 -wi 3 -i 5}
 * (add {@code -prof gc} for allocation, {@code -p size=100000} for one size).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class KernelBenchmark {

    /** The straightforward baseline's copy of the chain, checked against the kernel. */
    @State(Scope.Benchmark)
    public static class StraightforwardState {
        StraightforwardExposure.Chain chain;

        /**
         * Copies the chain into records and checks the baseline's totals.
         *
         * @param state the chain
         */
        @Setup(Level.Trial)
        public void setUp(ChainState state) {
            chain = StraightforwardExposure.copyOf(state.chain);
            ChainState.requireMatch("straightforward", state.expected, StraightforwardExposure.totals(chain), 1e-9);
        }
    }

    /** Checks the Strata baseline's totals once per trial. */
    @State(Scope.Benchmark)
    public static class StrataState {
        /**
         * Checks the baseline's totals.
         *
         * @param state the chain
         */
        @Setup(Level.Trial)
        public void setUp(ChainState state) {
            ChainState.requireMatch("strata", state.expected, StrataExposure.totals(state.columns), 1e-9);
        }
    }

    private static final TermStructureBuilder TERM_STRUCTURE = new TermStructureBuilder();

    /**
     * The kernel: chain totals.
     *
     * @param state the chain
     * @param bh sink
     */
    @Benchmark
    @OperationsPerInvocation(ChainState.CONTRACTS_PER_INVOCATION)
    public void kernel(ChainState state, Blackhole bh) {
        state.kernelPasses(bh);
    }

    /**
     * The term structure of the chain.
     *
     * @param state the chain
     * @param bh sink
     */
    @Benchmark
    @OperationsPerInvocation(ChainState.CONTRACTS_PER_INVOCATION)
    public void termStructure(ChainState state, Blackhole bh) {
        for (int p = 0; p < state.passes; p++) {
            bh.consume(TERM_STRUCTURE.build(state.chain));
        }
    }

    /**
     * The straightforward baseline: chain totals.
     *
     * @param state the chain
     * @param baseline its record copy
     * @param bh sink
     */
    @Benchmark
    @OperationsPerInvocation(ChainState.CONTRACTS_PER_INVOCATION)
    public void straightforward(ChainState state, StraightforwardState baseline, Blackhole bh) {
        for (int p = 0; p < state.passes; p++) {
            bh.consume(StraightforwardExposure.totals(baseline.chain));
        }
    }

    /**
     * The Strata baseline: chain totals.
     *
     * @param state the chain
     * @param checked proof that the baseline matches
     * @param bh sink
     */
    @Benchmark
    @OperationsPerInvocation(ChainState.CONTRACTS_PER_INVOCATION)
    public void strata(ChainState state, StrataState checked, Blackhole bh) {
        for (int p = 0; p < state.passes; p++) {
            bh.consume(StrataExposure.totals(state.columns));
        }
    }
}
