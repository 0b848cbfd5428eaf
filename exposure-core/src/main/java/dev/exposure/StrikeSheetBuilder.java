package dev.exposure;

import dev.exposure.internal.ChainColumns;
import dev.exposure.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * Lays a chain's dealer exposure out by strike: the "GEX by strike" sheet (with DEX, VEX and CHEX alongside).
 *
 * <p>Every live valid contract's exposure (SPEC §3, units and signs in {@link Exposure}) is computed by the one
 * kernel, then summed per strike and side with compensated sums: {@code calls} and {@code puts} per strike,
 * {@code net = calls + puts}, the open interest of each side, and the sheet's {@code total}, which is the chain
 * total of the same contracts. Under the dealer convention a strike's call GEX is ≥ 0 and its put GEX ≤ 0.
 * {@link Conventions} choose the time basis and the GEX unit.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class StrikeSheetBuilder {

    private final Conventions conventions;

    /** Creates a builder with the {@linkplain Conventions#defaults() default conventions}. */
    public StrikeSheetBuilder() {
        this(Conventions.defaults());
    }

    /**
     * Creates a builder with the given conventions.
     *
     * @param conventions the conventions (time basis and GEX unit; the calendar is not used here)
     * @throws NullPointerException if {@code conventions} is null
     */
    public StrikeSheetBuilder(Conventions conventions) {
        this.conventions = Checks.notNull(conventions, "conventions");
    }

    /**
     * Computes the strike sheet of every live expiration of a chain.
     *
     * @param chain the chain
     * @return one row per strike with a live valid contract, ascending, and the total
     * @throws NullPointerException if {@code chain} is null
     * @throws ExposureException with {@link ExposureError#NO_DATA} (and the symbol in
     *     {@link ExposureException#missingSymbols()}) when the chain has no data
     * @throws IllegalArgumentException if an exposure lies beyond the double range
     */
    public StrikeSheet build(OptionChain chain) {
        return build(chain, expiration -> true);
    }

    /**
     * Computes the strike sheet of some expirations of a chain, for example one expiry
     * ({@code d -> d.equals(LocalDate.of(2026, 6, 18))}). A selection without any live valid contract gives a sheet
     * with no rows and a zero total.
     *
     * @param chain the chain
     * @param expirations which expirations count
     * @return one row per strike with a live valid contract of those expirations, ascending, and their total
     * @throws NullPointerException if an argument is null
     * @throws ExposureException with {@link ExposureError#NO_DATA} when the chain as a whole has no data
     * @throws IllegalArgumentException if an exposure lies beyond the double range
     */
    public StrikeSheet build(OptionChain chain, Predicate<LocalDate> expirations) {
        Checks.notNull(chain, "chain");
        Checks.notNull(expirations, "expirations");
        ChainColumns c = Views.layout(chain, conventions);
        boolean[] selected = new boolean[c.rows];
        for (int r = 0; r < c.rows; r++) {
            selected[r] = expirations.test(c.rowExpiration[r]);
        }
        StrikeRows rows = new StrikeRows(c, conventions.gexUnit(), selected);
        int[] slots = rows.slotsByStrike(selected);
        List<StrikeExposure> strikes = rows.byStrike(slots);
        return new StrikeSheet(c.symbol, c.spot, c.asOf, strikes, rows.sum(slots, 0, slots.length),
                c.skipped(expirations));
    }

    @Override
    public String toString() {
        return "StrikeSheetBuilder[" + conventions + "]";
    }
}
