package dev.exposure.jackson;

import dev.exposure.Conventions;
import dev.exposure.ExposureException;
import dev.exposure.Exposure;
import dev.exposure.GammaProfileBuilder;
import dev.exposure.Greek;
import dev.exposure.OptionChain;
import dev.exposure.StrikeExposure;
import dev.exposure.StrikeSheet;
import dev.exposure.StrikeSheetBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One greek's strike sheet, the body of {@code /v1/exposure/gex|dex|vex|chex/{symbol}}: the rows and total of a
 * {@link StrikeSheet} in one greek, and, for GEX, the gamma flip.
 *
 * <p>The sheet held is the given sheet reduced to this greek: in every row and in the total, the other three
 * greeks are 0 (so that what is held is exactly what the JSON carries, and reading the JSON back gives an equal
 * value). Its JSON shape is documented in {@link ExposureModule}.
 *
 * @param greek the greek shown
 * @param sheet the strike sheet, reduced to {@code greek}
 * @param gammaFlip the gamma flip of the same contracts, USD; empty when there is none, and always empty unless the
 *     greek is {@link Greek#GEX}
 */
public record ExposureSheet(Greek greek, StrikeSheet sheet, OptionalDouble gammaFlip) {

    /**
     * Creates a one-greek sheet, reducing {@code sheet} to {@code greek}.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a flip is given for another greek than GEX, or is not finite and
     *     positive
     */
    public ExposureSheet {
        Objects.requireNonNull(greek, "greek");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(gammaFlip, "gammaFlip");
        if (gammaFlip.isPresent()) {
            if (greek != Greek.GEX) {
                throw new IllegalArgumentException("gammaFlip applies to GEX only, not to " + greek);
            }
            double f = gammaFlip.getAsDouble();
            if (!(f > 0 && f < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("gammaFlip must be finite and > 0 but was " + f);
            }
        }
        sheet = reduce(greek, sheet);
    }

    /**
     * Computes the one-greek sheet of every live expiration of a chain; for GEX with the gamma flip of its default
     * {@link dev.exposure.GammaProfile} (0.8·S to 1.2·S, 81 points).
     *
     * @param greek the greek
     * @param chain the chain
     * @param conventions the conventions of the computation
     * @return the sheet
     * @throws NullPointerException if an argument is null
     * @throws ExposureException with {@code NO_DATA} when the chain has no data
     * @throws IllegalArgumentException if an exposure lies beyond the double range
     */
    public static ExposureSheet of(Greek greek, OptionChain chain, Conventions conventions) {
        Objects.requireNonNull(greek, "greek");
        StrikeSheet sheet = new StrikeSheetBuilder(conventions).build(chain);
        OptionalDouble flip = greek == Greek.GEX ? new GammaProfileBuilder(conventions).build(chain).gammaFlip()
                : OptionalDouble.empty();
        return new ExposureSheet(greek, sheet, flip);
    }

    /**
     * Computes the one-greek sheet of one expiration of a chain; for GEX with the gamma flip of the default profile
     * of that expiration's contracts alone (empty when none of them is live and valid).
     *
     * @param greek the greek
     * @param chain the chain
     * @param conventions the conventions of the computation
     * @param expiration the expiration shown
     * @return the sheet; without rows, and with a zero total, when the expiration has no live valid contract
     * @throws NullPointerException if an argument is null
     * @throws ExposureException with {@code NO_DATA} when the chain has no data
     * @throws IllegalArgumentException if an exposure lies beyond the double range
     */
    public static ExposureSheet of(Greek greek, OptionChain chain, Conventions conventions, LocalDate expiration) {
        Objects.requireNonNull(greek, "greek");
        Objects.requireNonNull(expiration, "expiration");
        StrikeSheet sheet = new StrikeSheetBuilder(conventions).build(chain, expiration::equals);
        OptionalDouble flip = OptionalDouble.empty();
        if (greek == Greek.GEX && !sheet.strikes().isEmpty()) {
            flip = new GammaProfileBuilder(conventions).build(only(chain, expiration)).gammaFlip();
        }
        return new ExposureSheet(greek, sheet, flip);
    }

    /**
     * Leaves out the strike rows whose call plus put open interest is below a threshold; the total, the skipped
     * count and the flip stay those of the whole sheet.
     *
     * @param minOpenInterest the least call + put open interest of a row kept, contracts; finite
     * @return the filtered sheet (this one when no row is left out)
     * @throws IllegalArgumentException if {@code minOpenInterest} is not finite
     */
    public ExposureSheet withMinOpenInterest(double minOpenInterest) {
        if (!Double.isFinite(minOpenInterest)) {
            throw new IllegalArgumentException("minOpenInterest must be finite but was " + minOpenInterest);
        }
        List<StrikeExposure> kept = new ArrayList<>(sheet.strikes().size());
        for (StrikeExposure row : sheet.strikes()) {
            if (row.callOpenInterest() + row.putOpenInterest() >= minOpenInterest) {
                kept.add(row);
            }
        }
        if (kept.size() == sheet.strikes().size()) {
            return this;
        }
        return new ExposureSheet(greek, new StrikeSheet(sheet.symbol(), sheet.underlyingPrice(), sheet.asOf(), kept,
                sheet.total(), sheet.skippedContracts()), gammaFlip);
    }

    /** Returns the contracts of one expiration as a chain of their own (same header). */
    private static OptionChain only(OptionChain chain, LocalDate expiration) {
        OptionChain.Builder b = OptionChain.builder(chain.symbol(), chain.underlyingPrice(), chain.asOf())
                .riskFreeRate(chain.riskFreeRate()).dividendYield(chain.dividendYield())
                .contractMultiplier(chain.contractMultiplier());
        for (int i = 0, n = chain.size(); i < n; i++) {
            if (expiration.equals(chain.expiration(i))) {
                b.add(chain.type(i), chain.expiration(i), chain.strike(i), chain.openInterest(i),
                        chain.impliedVolatility(i));
            }
        }
        return b.build();
    }

    private static StrikeSheet reduce(Greek greek, StrikeSheet sheet) {
        List<StrikeExposure> rows = new ArrayList<>(sheet.strikes().size());
        boolean same = sheet.total().equals(only(greek, sheet.total()));
        for (StrikeExposure r : sheet.strikes()) {
            StrikeExposure reduced = new StrikeExposure(r.strike(), only(greek, r.calls()), only(greek, r.puts()),
                    only(greek, r.net()), r.callOpenInterest(), r.putOpenInterest());
            same &= reduced.equals(r);
            rows.add(reduced);
        }
        return same ? sheet : new StrikeSheet(sheet.symbol(), sheet.underlyingPrice(), sheet.asOf(), rows,
                only(greek, sheet.total()), sheet.skippedContracts());
    }

    /**
     * Returns an exposure holding one greek's figure, the others 0.
     *
     * @param greek the greek kept
     * @param e the exposure
     * @return the reduced exposure
     */
    static Exposure only(Greek greek, Exposure e) {
        switch (greek) {
            case GEX:
                return new Exposure(e.netGex(), 0, 0, 0);
            case DEX:
                return new Exposure(0, e.netDex(), 0, 0);
            case VEX:
                return new Exposure(0, 0, e.netVex(), 0);
            default:
                return new Exposure(0, 0, 0, e.netChex());
        }
    }
}
