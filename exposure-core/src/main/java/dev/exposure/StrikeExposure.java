package dev.exposure;

import java.util.Objects;

/**
 * One strike's dealer exposure in a {@link StrikeSheet}: its calls, its puts and their sum.
 *
 * <p>Under the dealer convention (long calls, short puts) the calls' GEX is ≥ 0 and the puts' GEX is ≤ 0. Units
 * and signs of each figure are those of {@link Exposure} (GEX in the unit of the {@link Conventions} used).
 *
 * @param strike the strike K, USD
 * @param calls the summed exposure of the strike's live valid calls
 * @param puts the summed exposure of the strike's live valid puts
 * @param net {@code calls + puts}, per greek
 * @param callOpenInterest open interest of those calls, contracts
 * @param putOpenInterest open interest of those puts, contracts
 */
public record StrikeExposure(double strike, Exposure calls, Exposure puts, Exposure net, double callOpenInterest,
        double putOpenInterest) {

    /**
     * Creates a strike row.
     *
     * @throws NullPointerException if an exposure is null
     * @throws IllegalArgumentException if {@code strike} is not finite and positive, or an open interest is not
     *     finite and non-negative
     */
    public StrikeExposure {
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(puts, "puts");
        Objects.requireNonNull(net, "net");
        if (!(strike > 0 && strike < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("strike must be finite and > 0 but was " + strike);
        }
        if (!(callOpenInterest >= 0 && callOpenInterest < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("callOpenInterest must be finite and >= 0 but was "
                    + callOpenInterest);
        }
        if (!(putOpenInterest >= 0 && putOpenInterest < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("putOpenInterest must be finite and >= 0 but was " + putOpenInterest);
        }
        callOpenInterest += 0.0; // no −0.0, so equal rows are equal
        putOpenInterest += 0.0;
    }

    /**
     * Returns the total open interest of the strike, calls and puts.
     *
     * @return {@code callOpenInterest + putOpenInterest}, contracts
     */
    public double openInterest() {
        return callOpenInterest + putOpenInterest;
    }
}
