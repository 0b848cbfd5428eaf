package dev.exposure;

import dev.exposure.internal.ChainColumns;
import dev.exposure.internal.Checks;
import dev.exposure.internal.ExposureKernel;
import dev.exposure.internal.Shares;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * Derives the key price levels of a chain: gamma flip, call and put walls, strikes of extreme net GEX, the
 * highest open interest and the same-day (0DTE) share with its magnet. Definitions in {@link ExposureLevels}.
 *
 * <p>One kernel pass gives every live valid contract's exposure, summed by strike as in
 * {@link StrikeSheetBuilder}; the flip is that of the default {@link GammaProfileBuilder} profile (0.8·S to 1.2·S,
 * 81 points); the 0DTE figures are those of the expiration with 0 days to expiry (the as-of date in New York), its
 * share {@code 100·|its GEX| / Σ_expiries |GEX|} as in the term structure. A level qualifies only with a strictly
 * positive score: the call wall needs a call GEX &gt; 0, the put wall a put GEX &lt; 0, {@code maxPositiveGamma} a
 * net GEX &gt; 0, {@code maxNegativeGamma} a net GEX &lt; 0, {@code highestOiStrike} an open interest &gt; 0 and the
 * magnet a net GEX ≠ 0 (otherwise the magnet is the same-day strike nearest the underlying price). Ties go to the
 * strike nearest the underlying price, then to the lower one.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class LevelsBuilder {

    private final Conventions conventions;

    /** Creates a builder with the {@linkplain Conventions#defaults() default conventions}. */
    public LevelsBuilder() {
        this(Conventions.defaults());
    }

    /**
     * Creates a builder with the given conventions.
     *
     * @param conventions the conventions (time basis and GEX unit)
     * @throws NullPointerException if {@code conventions} is null
     */
    public LevelsBuilder(Conventions conventions) {
        this.conventions = Checks.notNull(conventions, "conventions");
    }

    /**
     * Computes the levels of a chain.
     *
     * @param chain the chain
     * @return its levels; each empty where no strike qualifies
     * @throws NullPointerException if {@code chain} is null
     * @throws ExposureException with {@link ExposureError#NO_DATA} (and the symbol in
     *     {@link ExposureException#missingSymbols()}) when the chain has no data
     * @throws IllegalArgumentException if an exposure lies beyond the double range
     */
    public ExposureLevels build(OptionChain chain) {
        Checks.notNull(chain, "chain");
        ChainColumns c = Views.layout(chain, conventions);
        GexUnit unit = conventions.gexUnit();
        StrikeRows contracts = new StrikeRows(c, unit, null);
        List<StrikeExposure> strikes = contracts.byStrike(contracts.slotsByStrike(null));
        double spot = c.spot;
        OptionalDouble flip = GammaProfileBuilder.profile(c, unit, GammaProfileBuilder.defaultGrid(spot))
                .gammaFlip();
        return new ExposureLevels(c.symbol, spot, c.asOf, flip,
                level(strikes, spot, row -> row.calls().netGex()),
                level(strikes, spot, row -> -row.puts().netGex()),
                level(strikes, spot, row -> row.net().netGex()),
                level(strikes, spot, row -> -row.net().netGex()),
                level(strikes, spot, StrikeExposure::openInterest),
                zeroDte(c, unit, contracts));
    }

    private static OptionalDouble level(List<StrikeExposure> strikes, double spot,
            ToDoubleFunction<StrikeExposure> score) {
        StrikeExposure best = StrikeRows.best(strikes, spot, score);
        return best == null ? OptionalDouble.empty() : OptionalDouble.of(best.strike());
    }

    private static Optional<ZeroDte> zeroDte(ChainColumns c, GexUnit unit, StrikeRows contracts) {
        if (c.rows == 0 || c.rowDte[0] != 0) {
            return Optional.empty(); // rows ascend by date: a same-day expiration is the first row
        }
        boolean[] sameDay = new boolean[c.rows];
        sameDay[0] = true;
        List<StrikeExposure> strikes = contracts.byStrike(contracts.slotsByStrike(sameDay));
        ExposureKernel.RowExposures rows = ExposureKernel.compute(c, unit);
        double pct = Shares.percentOfAbsoluteTotal(rows.gex)[0];
        StrikeExposure magnet = StrikeRows.best(strikes, c.spot, row -> Math.abs(row.net().netGex()));
        if (magnet == null) {
            // no same-day strike with non-zero GEX (all zero open interest): the strike nearest the price
            magnet = StrikeRows.best(strikes, c.spot, row -> 1.0);
        }
        return Optional.of(new ZeroDte(c.rowExpiration[0], rows.row(0), pct, magnet.strike()));
    }

    @Override
    public String toString() {
        return "LevelsBuilder[" + conventions + "]";
    }
}
