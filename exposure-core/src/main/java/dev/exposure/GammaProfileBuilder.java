package dev.exposure;

import dev.exposure.internal.ChainColumns;
import dev.exposure.internal.Checks;
import dev.exposure.internal.ProfileKernel;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reprices a chain's net GEX across hypothetical underlying prices and finds its gamma flip ("zero gamma").
 *
 * <p>At each price X of an even grid every contract keeps its implied volatility, time to expiry and rates
 * ("sticky strike") and its GEX is recomputed at X: {@code sign·gamma(X)·OI·M·X²·0.01} (per 1% of X) or
 * {@code sign·gamma(X)·OI·M·X} ({@link GexUnit#PER_POINT}). Per grid point that costs one exponential per contract
 * (see {@code ProfileKernel}).
 *
 * <p>The gamma flip is the zero of this continuous function of X nearest to the underlying price S among the grid
 * intervals whose ends differ in sign; it is located by safeguarded Newton steps on the function itself (value and
 * derivative from one pass over the contracts, bisection whenever a step would leave the bracket), not by
 * interpolating the grid, to within 1e-9·S. A grid point where the function is exactly 0 between neighbours of
 * opposite signs is itself that zero. When no interval changes sign the flip is empty. The flip is the same in
 * both GEX units (they differ by the positive factor 0.01·X).
 *
 * <p>Immutable and safe to share between threads.
 */
public final class GammaProfileBuilder {

    /** Points of the default grid: 0.8·S to 1.2·S in steps of 0.005·S. */
    public static final int DEFAULT_POINTS = 81;

    /** The largest number of grid points accepted. */
    public static final int MAX_POINTS = 10_001;

    /** The flip is located to within this fraction of the underlying price. */
    static final double FLIP_TOLERANCE = 1e-9;

    private final Conventions conventions;

    /** Creates a builder with the {@linkplain Conventions#defaults() default conventions}. */
    public GammaProfileBuilder() {
        this(Conventions.defaults());
    }

    /**
     * Creates a builder with the given conventions.
     *
     * @param conventions the conventions (time basis and GEX unit; the calendar is not used here)
     * @throws NullPointerException if {@code conventions} is null
     */
    public GammaProfileBuilder(Conventions conventions) {
        this.conventions = Checks.notNull(conventions, "conventions");
    }

    /**
     * Computes the default profile: 81 points from 0.8·S to 1.2·S, the k-th at S·(160 + k)/200 (so the middle
     * point is S itself).
     *
     * @param chain the chain
     * @return the profile and its flip
     * @throws NullPointerException if {@code chain} is null
     * @throws ExposureException with {@link ExposureError#NO_DATA} (and the symbol in
     *     {@link ExposureException#missingSymbols()}) when the chain has no data
     * @throws IllegalArgumentException if a value lies beyond the double range
     */
    public GammaProfile build(OptionChain chain) {
        Checks.notNull(chain, "chain");
        ChainColumns c = Views.layout(chain, conventions);
        return profile(c, conventions.gexUnit(), defaultGrid(c.spot));
    }

    /**
     * Computes the profile on an even grid of {@code points} prices from {@code lowSpot} to {@code highSpot}
     * inclusive: the k-th is {@code lowSpot + (highSpot − lowSpot)·k/(points − 1)}, the last exactly
     * {@code highSpot}.
     *
     * @param chain the chain
     * @param lowSpot the lowest price, USD; finite and &gt; 0
     * @param highSpot the highest price, USD; finite and &gt; {@code lowSpot}
     * @param points the number of prices, 2 to {@value #MAX_POINTS}
     * @return the profile and its flip
     * @throws NullPointerException if {@code chain} is null
     * @throws IllegalArgumentException naming the argument if {@code lowSpot} or {@code highSpot} is not finite,
     *     {@code lowSpot ≤ 0}, {@code lowSpot ≥ highSpot} or {@code points} is out of range; or if a value lies
     *     beyond the double range
     * @throws ExposureException with {@link ExposureError#NO_DATA} when the chain has no data
     */
    public GammaProfile build(OptionChain chain, double lowSpot, double highSpot, int points) {
        Checks.notNull(chain, "chain");
        double[] grid = grid(lowSpot, highSpot, points);
        ChainColumns c = Views.layout(chain, conventions);
        return profile(c, conventions.gexUnit(), grid);
    }

    /** The default grid of a price: S·(160 + k)/200, k = 0 … 80. */
    static double[] defaultGrid(double spot) {
        double[] x = new double[DEFAULT_POINTS];
        for (int k = 0; k < DEFAULT_POINTS; k++) {
            x[k] = spot * ((160 + k) / 200.0);
        }
        return x;
    }

    /** Checks the arguments of a grid and returns it. */
    static double[] grid(double lowSpot, double highSpot, int points) {
        Checks.finite(lowSpot, "lowSpot");
        Checks.finite(highSpot, "highSpot");
        if (!(lowSpot > 0)) {
            throw new IllegalArgumentException("lowSpot must be > 0 but was " + lowSpot);
        }
        if (!(lowSpot < highSpot)) {
            throw new IllegalArgumentException("highSpot must be > lowSpot (" + lowSpot + ") but was " + highSpot);
        }
        if (points < 2 || points > MAX_POINTS) {
            throw new IllegalArgumentException("points must be in [2, " + MAX_POINTS + "] but was " + points);
        }
        double[] x = new double[points];
        double width = highSpot - lowSpot;
        for (int k = 0; k < points - 1; k++) {
            x[k] = lowSpot + width * k / (points - 1);
        }
        x[points - 1] = highSpot;
        for (int k = 1; k < points; k++) {
            if (!(x[k - 1] < x[k])) {
                throw new IllegalArgumentException("points must be at most the number of doubles between lowSpot "
                        + lowSpot + " and highSpot " + highSpot + " but was " + points);
            }
        }
        return x;
    }

    /** Evaluates the profile on a grid and locates the flip. */
    static GammaProfile profile(ChainColumns c, GexUnit unit, double[] grid) {
        double[] gex = new double[grid.length];
        ProfileKernel.netGex(c, unit, grid, gex);
        List<ProfilePoint> points = new ArrayList<>(grid.length);
        for (int k = 0; k < grid.length; k++) {
            points.add(new ProfilePoint(grid[k], gex[k]));
        }
        return new GammaProfile(c.symbol, c.spot, c.asOf, points, flip(c, unit, grid, gex));
    }

    /**
     * Returns the zero of the repriced GEX nearest to the underlying price among the grid intervals whose ends
     * differ in sign.
     */
    static OptionalDouble flip(ChainColumns c, GexUnit unit, double[] x, double[] f) {
        double spot = c.spot;
        double best = Double.NaN;
        // grid points that are exact zeros between neighbours of opposite signs (skipping other exact zeros)
        for (int k = 0; k < x.length; k++) {
            if (f[k] == 0) {
                double left = neighbour(f, k, -1);
                double right = neighbour(f, k, +1);
                if (left * right < 0 && (Double.isNaN(best) || closer(x[k], best, spot))) {
                    best = x[k];
                }
            }
        }
        // intervals with a strict sign change, nearest to S first: an interval farther than the best zero so far
        // cannot hold a nearer one
        List<Integer> intervals = new ArrayList<>();
        for (int k = 0; k + 1 < x.length; k++) {
            if (f[k] * f[k + 1] < 0 || f[k] < 0 && f[k + 1] > 0 || f[k] > 0 && f[k + 1] < 0) {
                intervals.add(k);
            }
        }
        intervals.sort((a, b) -> Double.compare(distance(x[a], x[a + 1], spot), distance(x[b], x[b + 1], spot)));
        double tolerance = FLIP_TOLERANCE * spot;
        for (int k : intervals) {
            if (!Double.isNaN(best) && distance(x[k], x[k + 1], spot) > Math.abs(best - spot)) {
                break;
            }
            double root = newton(c, unit, x[k], x[k + 1], f[k], f[k + 1], 0.05 * tolerance);
            if (Double.isNaN(best) || closer(root, best, spot)) {
                best = root;
            }
        }
        return Double.isNaN(best) ? OptionalDouble.empty() : OptionalDouble.of(best);
    }

    private static double neighbour(double[] f, int k, int step) {
        for (int j = k + step; j >= 0 && j < f.length; j += step) {
            if (f[j] != 0) {
                return f[j];
            }
        }
        return 0;
    }

    private static boolean closer(double a, double b, double spot) {
        double da = Math.abs(a - spot);
        double db = Math.abs(b - spot);
        return da < db || da == db && a < b;
    }

    /** Distance from {@code spot} to the interval [a, b] (0 inside it). */
    private static double distance(double a, double b, double spot) {
        return spot < a ? a - spot : spot > b ? spot - b : 0;
    }

    /**
     * Locates the zero of the repriced GEX in a bracket by safeguarded Newton steps ("rtsafe", Press et al.,
     * <i>Numerical Recipes</i>, 3rd ed., §9.4): the value and its derivative come from one pass over the contracts
     * ({@link ProfileKernel#netGexAndSlope}); a step that would leave the bracket, or a missing slope, is replaced
     * by bisection; every evaluation narrows the bracket by its sign. Started from the secant of the bracket's
     * ends, Newton's quadratic convergence typically needs two or three evaluations to a step below the
     * tolerance, where the remaining error is of the order of that step squared over the bracket.
     *
     * @param fa f(a), non-zero
     * @param fb f(b), of the other sign
     * @param t the absolute tolerance, &gt; 0
     * @return a zero within about t of the true one
     */
    static double newton(ChainColumns ch, GexUnit unit, double a, double b, double fa, double fb, double t) {
        double[] fs = new double[2];
        double x = a - fa * (b - a) / (fb - fa); // the secant of the bracket
        if (!(x > a && x < b)) {
            x = 0.5 * (a + b);
        }
        for (int iteration = 0; iteration < 200; iteration++) {
            ProfileKernel.netGexAndSlope(ch, unit, x, fs);
            double f = fs[0];
            double slope = fs[1];
            if (f == 0) {
                return x;
            }
            if (f > 0 == fa > 0) {
                a = x; // the zero lies between x and b
                fa = f;
            } else {
                b = x;
            }
            double next = x - f / slope;
            if (!(next > a && next < b)) {
                next = 0.5 * (a + b); // Newton would leave the bracket (or there is no slope): bisect
            }
            if (Math.abs(next - x) <= t || b - a <= t) {
                return next;
            }
            x = next;
        }
        return x; // not reached: the bracket halves at least every other step
    }

    @Override
    public String toString() {
        return "GammaProfileBuilder[" + conventions + "]";
    }
}
