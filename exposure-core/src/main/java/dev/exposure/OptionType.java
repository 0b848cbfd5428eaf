package dev.exposure;

/**
 * The right an option contract gives its holder.
 *
 * <p>The exposure conventions of this library assume dealers are long calls and short puts: a call's
 * gamma, vanna and charm enter the exposures with sign {@code +1}, a put's with sign {@code -1}
 * (see {@link OptionType#sign()}).
 */
public enum OptionType {
    /** The right to buy the underlying at the strike. Dealer sign {@code +1}. */
    CALL,
    /** The right to sell the underlying at the strike. Dealer sign {@code -1}. */
    PUT;

    /**
     * Returns the dealer-position sign used in the exposure formulas.
     *
     * @return {@code +1} for {@link #CALL}, {@code -1} for {@link #PUT}
     */
    public int sign() {
        return this == CALL ? 1 : -1;
    }
}
