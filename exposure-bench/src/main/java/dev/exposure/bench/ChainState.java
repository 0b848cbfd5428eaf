package dev.exposure.bench;

import dev.exposure.Exposure;
import dev.exposure.GammaProfileBuilder;
import dev.exposure.OptionChain;
import dev.exposure.internal.ChainColumns;
import dev.exposure.internal.ExposureKernel;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One generated chain per {@code size}, built once per trial, shared by every single-chain benchmark.
 *
 * <p><b>Scores are nanoseconds per contract.</b> JMH's {@code @OperationsPerInvocation} must be a constant, so
 * each benchmark method is annotated with {@code @OperationsPerInvocation(CONTRACTS_PER_INVOCATION)} and evaluates
 * the chain {@link #passes} = {@value #CONTRACTS_PER_INVOCATION} / {@code size} times per invocation: every
 * invocation processes exactly {@value #CONTRACTS_PER_INVOCATION} contracts whatever the size, and the
 * {@code avgt} score is directly ns/contract. Under {@code -prof gc}, {@code gc.alloc.rate.norm} is likewise in
 * bytes per contract; multiplied by {@code size} it gives the bytes allocated by one evaluation of the chain.
 */
@State(Scope.Benchmark)
public class ChainState {

    /** Contracts processed by one benchmark invocation, for every size. */
    public static final int CONTRACTS_PER_INVOCATION = 1_000_000;

    /** Underlying price of the single-chain benchmarks, USD. */
    static final double SPOT = 500.0;

    /** Seed of the single-chain benchmarks. */
    static final long SEED = 20_240_304L;

    /** The default gamma profile, as the profile benchmarks build it. */
    private static final GammaProfileBuilder PROFILE = new GammaProfileBuilder();

    /** Contracts in the chain; must divide {@value #CONTRACTS_PER_INVOCATION}. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    /** The chain, as a user holds it. */
    public OptionChain chain;

    /** Its kernel layout (built with the chain; no copy). */
    public ChainColumns columns;

    /** Chain evaluations per invocation: {@value #CONTRACTS_PER_INVOCATION} / {@link #size}. */
    public int passes;

    /** The kernel's chain totals, the reference every baseline must match. */
    public Exposure expected;

    /** Builds the chain and computes the reference totals. */
    @Setup(Level.Trial)
    public void setUp() {
        if (size <= 0 || CONTRACTS_PER_INVOCATION % size != 0) {
            throw new IllegalArgumentException("size must divide " + CONTRACTS_PER_INVOCATION + ": " + size);
        }
        chain = ChainGenerator.generate("BENCH", SPOT, size, SEED);
        columns = ChainColumns.of(chain);
        passes = CONTRACTS_PER_INVOCATION / size;
        expected = ExposureKernel.compute(columns).total();
    }

    /**
     * Computes the chain totals with the kernel, {@code ExposureKernel.compute(columns).total()}, {@link #passes}
     * times: the body of every {@code kernel} benchmark.
     *
     * @param bh sink
     */
    void kernelPasses(Blackhole bh) {
        for (int p = 0; p < passes; p++) {
            bh.consume(ExposureKernel.compute(columns).total());
        }
    }

    /**
     * Builds the default gamma profile of the chain, {@code new GammaProfileBuilder().build(chain)}, {@link #passes}
     * times: the body of every {@code profile} benchmark.
     *
     * @param bh sink
     */
    void profilePasses(Blackhole bh) {
        for (int p = 0; p < passes; p++) {
            bh.consume(PROFILE.build(chain));
        }
    }

    /**
     * Throws unless {@code actual} matches {@code expected} to {@code tolerance} relative, greek by greek.
     *
     * @param what the name of the implementation checked, for the message
     * @param expected the kernel's totals
     * @param actual the other implementation's totals
     * @param tolerance the relative tolerance
     * @throws IllegalStateException if a greek differs by more than {@code tolerance·|expected|}
     */
    static void requireMatch(String what, Exposure expected, Exposure actual, double tolerance) {
        double[] e = {expected.netGex(), expected.netDex(), expected.netVex(), expected.netChex()};
        double[] a = {actual.netGex(), actual.netDex(), actual.netVex(), actual.netChex()};
        String[] names = {"netGex", "netDex", "netVex", "netChex"};
        for (int g = 0; g < 4; g++) {
            if (!(Math.abs(a[g] - e[g]) <= tolerance * Math.abs(e[g]))) {
                throw new IllegalStateException(what + ": " + names[g] + " = " + a[g] + " but the kernel gives "
                        + e[g] + " (relative difference " + Math.abs(a[g] - e[g]) / Math.abs(e[g])
                        + " > " + tolerance + ")");
            }
        }
    }
}
