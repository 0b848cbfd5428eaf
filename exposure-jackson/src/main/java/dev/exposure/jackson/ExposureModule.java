package dev.exposure.jackson;

import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.exposure.BasketResult;
import dev.exposure.BucketExposure;
import dev.exposure.Constituent;
import dev.exposure.ExpiryExposure;
import dev.exposure.Exposure;
import dev.exposure.ExposureError;
import dev.exposure.ExposureException;
import dev.exposure.ExposureLevels;
import dev.exposure.GammaProfile;
import dev.exposure.OptionChain;
import dev.exposure.ProfilePoint;
import dev.exposure.Regime;
import dev.exposure.TermStructure;

/**
 * Jackson module for the exposure JSON shapes: term structures, basket results, strike sheets, gamma profiles,
 * levels, error bodies and option chains.
 *
 * <p>Register it explicitly ({@code mapper.registerModule(new ExposureModule())}) or let
 * {@code ObjectMapper.findAndRegisterModules()} find it through {@code META-INF/services}. For reading untrusted
 * input, {@link ExposureJson#newMapper()} adds tight read limits and duplicate-key detection.
 *
 * <h2>Wire format</h2>
 * Field names are snake case and written in the order shown. Dates are {@code YYYY-MM-DD}; {@code as_of} is an
 * ISO-8601 instant in UTC as {@link java.time.Instant#toString()} writes it ({@code 2026-05-29T15:30:00Z}, with a
 * fraction only when the instant has one).
 *
 * <p>{@link TermStructure}:
 * <pre>{@code
 * {"symbol":"SPY","underlying_price":597.5,"as_of":"2026-05-29T15:30:00Z",
 *  "by_dte_bucket":[{"bucket":"0-7d","dte_range":[0,7],"net_gex":920000000,"net_dex":-120000000,
 *                    "net_vex":85000000,"net_chex":380000000,"contract_count":412}],
 *  "by_expiry":[{"expiration":"2026-06-18","dte":20,"is_opex":true,"is_triple_witching":true,
 *                "net_gex":980000000,"net_dex":-160000000,"net_vex":420000000,"net_chex":260000000,
 *                "pct_of_chain_gex":33.42}]}
 * }</pre>
 * {@code dte_range} is {@code [dteMin, dteMax]}, inclusive days (the last bucket's upper bound is 2147483647).
 * {@code skipped_contracts} (live contracts left out for bad market data) is not part of the published shape: it
 * is written last, and only when it is not 0, so a clean chain's term structure has exactly the published shape;
 * it is optional on reading (0 when absent), so round trips are exact.
 *
 * <p>{@link BasketResult}:
 * <pre>{@code
 * {"as_of":"2026-05-29T15:30:00Z","constituent_count":1,"missing_symbols":["XYZ"],
 *  "aggregate":{"net_gex":920000000,"net_dex":-120000000,"net_vex":340000000,"net_chex":260000000},
 *  "constituents":[{"symbol":"AAPL","weight":1,"underlying_price":210.45,"net_gex":920000000,
 *                   "net_dex":-120000000,"net_vex":340000000,"net_chex":260000000,"contribution_pct":100,
 *                   "regime":"positive_gamma"}]}
 * }</pre>
 * {@link Exposure} alone is the {@code aggregate} object; {@link BucketExposure}, {@link ExpiryExposure} and
 * {@link Constituent} alone are the array elements above; {@link Regime} and {@link ExposureError} are their
 * wire codes ({@code "positive_gamma"}, {@code "no_data"}). Exposures are USD as documented in {@link Exposure}:
 * GEX per 1% move, DEX in USD, VEX per 1.00 of volatility, CHEX per calendar day; percentages are 0 to 100.
 *
 * <p>{@link ExposureException} (the error body a service answers with):
 * <pre>{@code
 * {"status":400,"error":"too_many_symbols","message":"more than 50 distinct symbols (the 51st is SYM50)"}
 * {"status":404,"error":"no_data","message":"no data for any requested symbol: XYZ","missing_symbols":["XYZ"]}
 * }</pre>
 * {@code missing_symbols} is written for {@code no_data} only, and required with it on reading.
 *
 * <p>{@link OptionChain} (any implementation; read as the core's columnar chain):
 * <pre>{@code
 * {"symbol":"SPY","underlying_price":597.5,"as_of":"2026-05-29T15:30:00Z","risk_free_rate":0.043,
 *  "dividend_yield":0.0125,"contract_multiplier":100,
 *  "contracts":[{"type":"call","expiration":"2026-06-18","strike":600,"open_interest":15000,
 *                "implied_volatility":0.1432}]}
 * }</pre>
 * {@code risk_free_rate} and {@code dividend_yield} (continuous, annual fractions) default to 0 and
 * {@code contract_multiplier} to 100 on reading; writing always includes them. {@code type} is {@code "call"} or
 * {@code "put"}; strikes are USD, open interest a number of contracts, implied volatility an annual fraction.
 *
 * <p>{@link ExposureSheet} (one greek's strike sheet, the body of {@code /v1/exposure/gex/{symbol}}), for GEX:
 * <pre>{@code
 * {"symbol":"SPY","underlying_price":597.5,"as_of":"2026-05-29T15:30:00Z","gamma_flip":590.25,
 *  "net_gex":1500000000,"net_gex_label":"positive",
 *  "strikes":[{"strike":590,"call_gex":250000000,"put_gex":-410000000,"net_gex":-160000000,"call_oi":12000,
 *              "put_oi":31000}]}
 * }</pre>
 * {@code gamma_flip} is null when there is none; {@code net_gex_label} is {@code positive} when {@code net_gex}
 * ≥ 0, else {@code negative}. For DEX, VEX and CHEX the fields are {@code net_dex}, {@code call_dex},
 * {@code put_dex} (and so on) and there is no {@code gamma_flip} nor {@code net_gex_label}. {@code call_oi} and
 * {@code put_oi} are the open interest of the strike's calls and puts, contracts. {@code skipped_contracts} is
 * written last and only when it is not 0, as for term structures. Only the sheet's greek is on the wire: an
 * {@code ExposureSheet} holds exactly that (the other greeks 0), so round trips are exact.
 *
 * <p>{@link GammaProfile}:
 * <pre>{@code
 * {"symbol":"SPY","underlying_price":597.5,"as_of":"2026-05-29T15:30:00Z","gamma_flip":590.25,
 *  "profile":[{"spot":478,"net_gex":-2100000000},{"spot":483,"net_gex":-1950000000}]}
 * }</pre>
 * {@link ProfilePoint} alone is an element of {@code profile}; {@code gamma_flip} is null when there is none.
 *
 * <p>{@link ExposureLevels}:
 * <pre>{@code
 * {"symbol":"SPY","underlying_price":597.5,"as_of":"2026-05-29T15:30:00Z",
 *  "levels":{"gamma_flip":590.25,"max_positive_gamma":600,"max_negative_gamma":580,"call_wall":610,
 *            "put_wall":575,"highest_oi_strike":600,"zero_dte_magnet":595}}
 * }</pre>
 * Each level is null when empty. The shape carries only the magnet of the same-day summary
 * ({@link ExposureLevels#zeroDte()}): on reading, a non-null {@code zero_dte_magnet} gives a {@code ZeroDte} on the
 * as-of date in New York with that magnet and a zero exposure and share, the figures the shape does not hold (the
 * strike sheet of that expiration, {@code /v1/exposure/gex/{symbol}?expiration=…}, has them).
 *
 * <h2>Numbers</h2>
 * Every double is written as a plain decimal, never with an exponent, with the fewest significant digits that read
 * back to the same double: {@code 1.64E9} is {@code 1640000000}, {@code 0.5} is {@code 0.5}, {@code 1.0E-7} is
 * {@code 0.0000001}, {@code 0.1 + 0.2} is {@code 0.30000000000000004}. Integral values have no fraction, negative
 * zero is {@code -0.0}. Values written this way read back exactly. Integers ({@code dte}, counts, status) are
 * plain JSON integers.
 *
 * <h2>Reading</h2>
 * Fields may come in any order. Every field is required unless stated above; unknown and repeated fields, nulls,
 * and values of the wrong JSON type (a string for a number, a fraction for an integer) are rejected. Every error is
 * a {@link com.fasterxml.jackson.databind.JsonMappingException} whose message names the field by its path (for
 * example {@code contracts[12].strike}) and the line and column. Values that the core types reject (a weight
 * outside [0, 1], a negative {@code constituent_count}) fail the same way. {@code constituent_count} is read as
 * written, even where it differs from the number of constituents listed (as in the published example).
 *
 * <p>Immutable; safe to register with any number of mappers.
 */
public final class ExposureModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module with every serializer and deserializer of the exposure shapes. */
    public ExposureModule() {
        super("ExposureModule", PackageVersion.VERSION);
        addSerializer(TermStructure.class, TermStructureSerializer.INSTANCE);
        addSerializer(BucketExposure.class, BucketExposureSerializer.INSTANCE);
        addSerializer(ExpiryExposure.class, ExpiryExposureSerializer.INSTANCE);
        addSerializer(BasketResult.class, BasketResultSerializer.INSTANCE);
        addSerializer(Constituent.class, ConstituentSerializer.INSTANCE);
        addSerializer(Exposure.class, ExposureSerializer.INSTANCE);
        addSerializer(Regime.class, RegimeSerializer.INSTANCE);
        addSerializer(ExposureError.class, ExposureErrorSerializer.INSTANCE);
        addSerializer(ExposureException.class, ExposureExceptionSerializer.INSTANCE);
        addSerializer(OptionChain.class, OptionChainSerializer.INSTANCE);
        addSerializer(ExposureSheet.class, ExposureSheetSerializer.INSTANCE);
        addSerializer(GammaProfile.class, GammaProfileSerializer.INSTANCE);
        addSerializer(ProfilePoint.class, ProfilePointSerializer.INSTANCE);
        addSerializer(ExposureLevels.class, ExposureLevelsSerializer.INSTANCE);

        addDeserializer(TermStructure.class, TermStructureDeserializer.INSTANCE);
        addDeserializer(BucketExposure.class, BucketExposureDeserializer.INSTANCE);
        addDeserializer(ExpiryExposure.class, ExpiryExposureDeserializer.INSTANCE);
        addDeserializer(BasketResult.class, BasketResultDeserializer.INSTANCE);
        addDeserializer(Constituent.class, ConstituentDeserializer.INSTANCE);
        addDeserializer(Exposure.class, ExposureDeserializer.INSTANCE);
        addDeserializer(Regime.class, RegimeDeserializer.INSTANCE);
        addDeserializer(ExposureError.class, ExposureErrorDeserializer.INSTANCE);
        addDeserializer(ExposureException.class, ExposureExceptionDeserializer.INSTANCE);
        addDeserializer(OptionChain.class, OptionChainDeserializer.INSTANCE);
        addDeserializer(ExposureSheet.class, ExposureSheetDeserializer.INSTANCE);
        addDeserializer(GammaProfile.class, GammaProfileDeserializer.INSTANCE);
        addDeserializer(ProfilePoint.class, ProfilePointDeserializer.INSTANCE);
        addDeserializer(ExposureLevels.class, ExposureLevelsDeserializer.INSTANCE);
    }

    /**
     * Returns the version of this module.
     *
     * @return {@link PackageVersion#VERSION}
     */
    @Override
    public com.fasterxml.jackson.core.Version version() {
        return PackageVersion.VERSION;
    }
}
