/**
 * JMH benchmarks of the exposure kernels and of two peer baselines, on deterministic realistic chains, and of the
 * chain file readers on a real Cboe quote table.
 *
 * <p>Build and list: {@code mvn -B -q package -DskipTests && java -jar exposure-bench/target/benchmarks.jar -l}.
 * The kernel and basket benchmarks report nanoseconds per option contract (see
 * {@link dev.exposure.bench.ChainState}); {@link dev.exposure.bench.ReadBenchmark} reports files per second with
 * bytes and contracts per second beside. The results, the machine and the exact commands are in
 * {@code BENCHMARKS.md} at the repository root.
 */
package dev.exposure.bench;
