/**
 * JMH benchmarks of the exposure kernels and of two peer baselines, on deterministic realistic chains.
 *
 * <p>Build and list: {@code mvn -B -q package -DskipTests && java -jar exposure-bench/target/benchmarks.jar -l}.
 * Every benchmark reports nanoseconds per option contract (see {@link dev.exposure.bench.ChainState}); the
 * results, the machine and the exact commands are in {@code BENCHMARKS.md} at the repository root.
 */
package dev.exposure.bench;
