package dev.exposure.internal;

import dev.exposure.GexUnit;
import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The vectorised implementations of {@link ExposureKernel#compute(ChainColumns, GexUnit)} and of the per-point loops
 * of {@link ProfileKernel}, on the JDK's incubating Vector API ({@code jdk.incubator.vector}), and the one-time
 * decision whether to use them.
 *
 * <h2>When the vector kernels are used</h2>
 * Decided once, when a kernel first runs (class initialisation of this class), and never revisited:
 * <ol>
 *   <li>the system property {@value #PROPERTY} is not {@code false} (it lets a user who adds the module for other
 *       reasons keep the scalar kernel);</li>
 *   <li>the module {@code jdk.incubator.vector} is present in the layer of this library (the JVM runs with
 *       {@code --add-modules jdk.incubator.vector}); the JDK prints its own "Using incubator modules" warning then,
 *       the library prints nothing, ever;</li>
 *   <li>the implementation class, {@code IncubatorVectorKernel}, loads (it is compiled separately, see below) and
 *       reports that the platform's preferred vector holds at least four doubles (256 bits: AVX2, AVX-512, SVE of
 *       256 bits and more; 128-bit vectors would be no faster than the scalar kernel);</li>
 *   <li>a self-check passes: a small chain covering every branch of the kernels (each interval of the normal
 *       distribution, a partial vector at the end of a row, the overflow slow path) gives the scalar results to
 *       1e-12 through both kernels and the profile. This also catches an incubating API that changed under a
 *       future JDK: any {@link LinkageError} or exception selects the scalar kernel.</li>
 * </ol>
 * Otherwise the scalar kernels run, unchanged. {@link #status()} says which was chosen and why.
 *
 * <h2>Compilation</h2>
 * {@code javac --release 17} hides incubator modules unless asked, so the implementation lives in its own source
 * root, {@code src/main/vector}, compiled by a second execution of the compiler plugin with
 * {@code --release 17 --add-modules jdk.incubator.vector} into the same output directory and package. The rest of
 * the library is compiled without the module and cannot refer to it; this class loads the implementation by name,
 * so the library loads and runs on any JDK 17+ whether or not the module is present. When the library runs as a
 * named module, the loader first makes that module read {@code jdk.incubator.vector} ({@link Module#addReads}), so
 * no {@code requires} clause is needed in its descriptor.
 *
 * <h2>Results</h2>
 * Same formulas, same blocks of {@value ExposureKernel#BLOCK} contracts, same Neumaier folds across blocks and
 * rows, same slow path for a row whose sums meet NaN or ±∞; within a block each lane sums its own contracts and the
 * lanes are added in lane order. So every total meets the accuracy contract of {@link ExposureKernel} (within about
 * (BLOCK/lanes + lanes)·ε·Σ|terms|, tighter than the scalar kernel's bound) and is deterministic for a given JVM
 * configuration (the vector width fixes which contracts share a lane). Results differ from the scalar kernel's in
 * the last bits: the exponential, the logarithm and the rational functions are evaluated by polynomials with fused
 * multiply-adds rather than by the scalar kernel's tables. Within the vector kernels, the profile at X = S is bit
 * for bit the chain's net GEX, as it is within the scalar ones.
 */
abstract class VectorKernel {

    /** System property: {@code false} keeps the scalar kernels even when the incubator module is present. */
    static final String PROPERTY = "dev.exposure.vector";

    /** The name of the implementation class, compiled from {@code src/main/vector}. */
    private static final String IMPLEMENTATION = "dev.exposure.internal.IncubatorVectorKernel";

    /** The vector kernels, or null when the scalar kernels run. */
    static final VectorKernel INSTANCE;

    /** Which kernels run, and why. */
    private static final String STATUS;

    /** Grid of the self-check's profile (declared, as every static field, before the initialiser below). */
    static final double[] CHECK_SPOTS = {70, 95, 100, 104.5, 130};

    /** Price of the self-check's slope. */
    static final double CHECK_SLOPE_SPOT = 97;

    /** See {@link #firstResults}. */
    private static final double[][] FIRST_RESULTS = new double[GexUnit.values().length][];

    static {
        VectorKernel chosen = null;
        String status;
        try {
            Object[] loaded = load(System.getProperty(PROPERTY, "true"));
            chosen = (VectorKernel) loaded[0];
            status = (String) loaded[1];
        } catch (LinkageError | RuntimeException e) {
            status = "scalar: the vector kernel failed to load (" + e + ")";
        }
        INSTANCE = chosen;
        STATUS = status;
    }

    /**
     * Returns which kernels run and why: {@code "vector: …"} or {@code "scalar: …"}.
     *
     * @return a one-line description
     */
    static String status() {
        return STATUS;
    }

    /**
     * Decides which kernels run: loads and checks the vector kernel unless {@code property} says not to or the
     * incubator module is absent.
     *
     * @param property the value of {@value #PROPERTY}; {@code "false"} (any case, blanks around) keeps the scalar
     *     kernels
     * @return {vector kernel or null, status}
     */
    static Object[] load(String property) {
        if ("false".equalsIgnoreCase(property.trim())) {
            return new Object[] {null, "scalar: disabled by -D" + PROPERTY + "=false"};
        }
        Module self = VectorKernel.class.getModule();
        ModuleLayer layer = self.getLayer() != null ? self.getLayer() : ModuleLayer.boot();
        Optional<Module> vector = layer.findModule("jdk.incubator.vector");
        if (vector.isEmpty()) {
            return new Object[] {null, "scalar: module jdk.incubator.vector not present"
                    + " (run with --add-modules jdk.incubator.vector for the vector kernel)"};
        }
        self.addReads(vector.get()); // a named module must read the incubator module (no-op when unnamed)
        VectorKernel kernel;
        try {
            kernel = (VectorKernel) Class.forName(IMPLEMENTATION, true, VectorKernel.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            return new Object[] {null, "scalar: " + IMPLEMENTATION + " not available (" + e + ")"};
        }
        String unsupported = kernel.unsupported();
        if (unsupported != null) {
            return new Object[] {null, "scalar: " + unsupported};
        }
        String failure = selfCheck(kernel);
        if (failure != null) {
            return new Object[] {null, "scalar: the vector kernel's self-check failed (" + failure + ")"};
        }
        return new Object[] {kernel, "vector: " + kernel.describe()};
    }

    /**
     * Returns the vector kernels' results on {@link #selfCheckChain()} in the self-check, the first run of their
     * code in this JVM (interpreted): per unit, the rows' GEX, DEX, VEX, CHEX, then the profile at
     * {@link #CHECK_SPOTS}, then the value and slope at {@link #CHECK_SLOPE_SPOT}. Null unless the vector kernels are in use. Tests
     * compare them with the same computation once compiled.
     *
     * @param unit the unit of GEX
     * @return a copy of the results, or null
     */
    static double[] firstResults(GexUnit unit) {
        double[] first = FIRST_RESULTS[unit.ordinal()];
        return INSTANCE == null || first == null ? null : first.clone();
    }

    /**
     * Compares the vector kernels with the scalar ones on {@link #selfCheckChain()}, and keeps the vector results
     * (see {@link #firstResults}).
     *
     * @return null when they agree to 1e-12 relative (1e-300 absolute), else what differs
     */
    private static String selfCheck(VectorKernel kernel) {
        ChainColumns c = selfCheckChain();
        for (GexUnit unit : GexUnit.values()) {
            double[] v = results(kernel, c, unit);
            double[] s = results(null, c, unit);
            String d = differs(unit + ": result", v, s);
            if (d != null) {
                return d;
            }
            if (FIRST_RESULTS[unit.ordinal()] == null) { // the very first run only (the initialiser's)
                FIRST_RESULTS[unit.ordinal()] = v;
            }
        }
        return null;
    }

    /**
     * Computes, with the given vector kernel or (null) the scalar kernels, the rows of {@code c}, its profile at
     * {@link #CHECK_SPOTS} and its value and slope at {@link #CHECK_SLOPE_SPOT}, in that order.
     */
    static double[] results(VectorKernel kernel, ChainColumns c, GexUnit unit) {
        ExposureKernel.RowExposures rows = kernel != null ? kernel.compute(c, unit)
                : ExposureKernel.computeScalar(c, unit);
        double[] out = new double[4 * c.rows + CHECK_SPOTS.length + 2];
        for (int r = 0; r < c.rows; r++) {
            out[4 * r] = rows.gex[r];
            out[4 * r + 1] = rows.dex[r];
            out[4 * r + 2] = rows.vex[r];
            out[4 * r + 3] = rows.chex[r];
        }
        double[] profile = new double[CHECK_SPOTS.length];
        double[] slope = new double[2];
        if (kernel != null) {
            kernel.netGex(c, unit, CHECK_SPOTS, profile);
            kernel.netGexAndSlope(c, unit, CHECK_SLOPE_SPOT, slope);
        } else {
            ProfileKernel.netGexScalar(c, unit, CHECK_SPOTS, profile);
            ProfileKernel.netGexAndSlopeScalar(c, unit, CHECK_SLOPE_SPOT, slope);
        }
        System.arraycopy(profile, 0, out, 4 * c.rows, profile.length);
        System.arraycopy(slope, 0, out, 4 * c.rows + profile.length, 2);
        return out;
    }

    /**
     * A small chain that takes every branch of the kernels: strikes from 1 % to 100 times spot (every interval of
     * the normal distribution), an overflowing ratio S/K, rows whose length is not a multiple of the vector
     * length, and a row whose sums meet NaN (the slow path).
     *
     * @return its layout
     */
    static ChainColumns selfCheckChain() {
        Instant asOf = Instant.parse("2026-05-29T15:30:00Z");
        LocalDate today = LocalDate.of(2026, 5, 29);
        OptionChain.Builder b = ColumnarOptionChain.builder("CHECK", 100, asOf).riskFreeRate(0.04)
                .dividendYield(0.01);
        int[] days = {0, 3, 30, 400};
        for (int r = 0; r < days.length; r++) {
            for (int j = 0; j < 9 + 4 * r; j++) {
                double strike = 100 * Math.pow(10, -2 + 4.0 * j / (8 + 4 * r));
                b.add(j % 2 == 0 ? OptionType.CALL : OptionType.PUT, today.plusDays(days[r]), strike,
                        1000 + 37 * j, 0.1 + 0.05 * j);
            }
        }
        b.add(OptionType.CALL, today.plusDays(7), 1e-320, 1, 0.3); // S/K overflows: d1 clamped
        b.add(OptionType.PUT, today.plusDays(7), 1e300, 1, 0.3); // far out of the money
        b.add(OptionType.CALL, today.plusDays(9), 90, 1, 1e-320); // σ√τ underflows: the slow path
        b.add(OptionType.PUT, today.plusDays(9), 90, 1, 0.2);
        return ((ColumnarOptionChain) b.build()).columns();
    }

    private static String differs(String what, double[] actual, double[] expected) {
        for (int i = 0; i < actual.length; i++) {
            boolean same = Double.isNaN(expected[i]) ? Double.isNaN(actual[i]) // no slope from either
                    : Math.abs(actual[i] - expected[i]) <= 1e-12 * Math.abs(expected[i]) + 1e-300;
            if (!same) {
                return what + ", value " + i + ": " + actual[i] + " instead of " + expected[i];
            }
        }
        return null;
    }

    /**
     * Tells why this implementation cannot run here.
     *
     * @return null when it can, else the reason (e.g. the vector width)
     */
    abstract String unsupported();

    /**
     * Describes the implementation.
     *
     * @return e.g. "8 lanes of double (512-bit vectors)"
     */
    abstract String describe();

    /**
     * Computes the exposure of every row, as {@link ExposureKernel#compute(ChainColumns, GexUnit)}.
     *
     * @param c the chain layout; {@link ChainColumns#hasData()} must hold
     * @param unit the unit of GEX
     * @return per-row exposures
     * @throws IllegalArgumentException if a row's exposure lies beyond the double range
     */
    abstract ExposureKernel.RowExposures compute(ChainColumns c, GexUnit unit);

    /**
     * Computes the net GEX at each hypothetical underlying price, as
     * {@link ProfileKernel#netGex(ChainColumns, GexUnit, double[], double[])}.
     *
     * @param c the chain layout; {@link ChainColumns#hasData()} must hold
     * @param unit the unit of GEX
     * @param spots the underlying prices, finite and positive
     * @param out receives GEX(spots[p]) at index p
     * @throws IllegalArgumentException if a value lies beyond the double range
     */
    abstract void netGex(ChainColumns c, GexUnit unit, double[] spots, double[] out);

    /**
     * Computes the net GEX at one price and its slope, as
     * {@link ProfileKernel#netGexAndSlope(ChainColumns, GexUnit, double, double[])}.
     *
     * @param c the chain layout; {@link ChainColumns#hasData()} must hold
     * @param unit the unit of GEX
     * @param spot the underlying price, finite and positive
     * @param out receives the value at index 0 (bit for bit {@link #netGex} at that price) and the slope at 1
     * @throws IllegalArgumentException if the value lies beyond the double range
     */
    abstract void netGexAndSlope(ChainColumns c, GexUnit unit, double spot, double[] out);

    /**
     * Evaluates the vector kernels' density factor e^{−x²/2} on every element (for tests of its exponential).
     *
     * @param x any doubles
     * @param out receives e^{−x²/2} with −x²/2 rounded as {@code -0.5 * x * x}; 0 where that is below −708
     */
    abstract void density(double[] x, double[] out);

    /**
     * Evaluates the vector kernels' ln(S/K) on every strike (for tests of its logarithm).
     *
     * @param spot S, positive and finite
     * @param strikes K, positive and finite
     * @param out receives ln(S/K) as the kernels compute it (of the rounded ratio)
     */
    abstract void logRatio(double spot, double[] strikes, double[] out);
}
