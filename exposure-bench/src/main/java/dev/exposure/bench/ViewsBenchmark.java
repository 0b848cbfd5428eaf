package dev.exposure.bench;

import dev.exposure.LevelsBuilder;
import dev.exposure.StrikeSheetBuilder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The views on top of the kernel, on the chains of {@link ChainState} (scores in ns per contract), with one kernel
 * evaluation of the same chain in the same run as the yardstick:
 * <ul>
 *   <li>{@code kernel}: {@code ExposureKernel.compute(columns).total()}, one pass;</li>
 *   <li>{@code profile}: {@code GammaProfileBuilder.build(chain)}, the default 81-point profile and its flip
 *       (Brent's method on the repriced function);</li>
 *   <li>{@code strikeSheet}: {@code StrikeSheetBuilder.build(chain)};</li>
 *   <li>{@code levels}: {@code LevelsBuilder.build(chain)}, the strike sheet plus the default profile.</li>
 * </ul>
 * profile / kernel is the cost of a profile in kernel passes (the goal: at most 30, about 0.37 of a pass per grid
 * point).
 *
 * <p>Run: {@code java -jar exposure-bench/target/benchmarks.jar ViewsBenchmark -p size=10000 -f 2 -wi 3 -i 8}
 * (add {@code -prof gc} for allocation).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ViewsBenchmark {

    private static final StrikeSheetBuilder SHEET = new StrikeSheetBuilder();
    private static final LevelsBuilder LEVELS = new LevelsBuilder();

    /**
     * One kernel pass: chain totals.
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
     * The default gamma profile and its flip.
     *
     * @param state the chain
     * @param bh sink
     */
    @Benchmark
    @OperationsPerInvocation(ChainState.CONTRACTS_PER_INVOCATION)
    public void profile(ChainState state, Blackhole bh) {
        state.profilePasses(bh);
    }

    /**
     * The strike sheet.
     *
     * @param state the chain
     * @param bh sink
     */
    @Benchmark
    @OperationsPerInvocation(ChainState.CONTRACTS_PER_INVOCATION)
    public void strikeSheet(ChainState state, Blackhole bh) {
        for (int p = 0; p < state.passes; p++) {
            bh.consume(SHEET.build(state.chain));
        }
    }

    /**
     * The levels.
     *
     * @param state the chain
     * @param bh sink
     */
    @Benchmark
    @OperationsPerInvocation(ChainState.CONTRACTS_PER_INVOCATION)
    public void levels(ChainState state, Blackhole bh) {
        for (int p = 0; p < state.passes; p++) {
            bh.consume(LEVELS.build(state.chain));
        }
    }
}
