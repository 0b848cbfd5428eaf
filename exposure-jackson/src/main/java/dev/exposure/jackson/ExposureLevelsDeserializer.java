package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.exposure.Exposure;
import dev.exposure.ExposureLevels;
import dev.exposure.ZeroDte;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads {@link ExposureLevels} from the shape documented in {@link ExposureModule}. Every field is required except
 * {@code zero_dte}, which must be present exactly when {@code levels.zero_dte_magnet} is not null (the magnet is
 * part of the same-day summary); the levels are numbers or null; unknown fields are rejected.
 */
final class ExposureLevelsDeserializer extends StdDeserializer<ExposureLevels> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final ExposureLevelsDeserializer INSTANCE = new ExposureLevelsDeserializer();

    private static final String TYPE = "ExposureLevels";

    private static final JsonInput.Shape SHAPE = new JsonInput.Shape(TYPE, Set.of("zero_dte"),
            "symbol", "underlying_price", "as_of", "levels", "zero_dte");

    private static final JsonInput.Shape LEVELS = new JsonInput.Shape("levels", Set.of(), "gamma_flip",
            "max_positive_gamma", "max_negative_gamma", "call_wall", "put_wall", "highest_oi_strike",
            "zero_dte_magnet");

    private static final JsonInput.Shape ZERO_DTE = new JsonInput.Shape("zero_dte", Set.of(), "expiration",
            "net_gex", "net_dex", "net_vex", "net_chex", "pct_of_total_gex");

    private ExposureLevelsDeserializer() {
        super(ExposureLevels.class);
    }

    @Override
    public ExposureLevels deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        JsonInput.enterObject(p, TYPE);
        String symbol = null;
        double price = 0;
        Instant asOf = null;
        OptionalDouble[] levels = null;
        LocalDate[] zeroDate = new LocalDate[1];
        double[] zero = null;
        JsonLocation zeroAt = null;
        long seen = 0;
        for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = JsonInput.next(p, "")) {
            int f = SHAPE.field(p, "", seen);
            seen |= 1L << f;
            String fp = SHAPE.name(f);
            JsonInput.value(p, fp);
            switch (f) {
                case 0:
                    symbol = JsonInput.nonBlankString(p, fp);
                    break;
                case 1:
                    price = JsonInput.number(p, fp);
                    break;
                case 2:
                    asOf = JsonInput.instant(p, fp);
                    break;
                case 3:
                    levels = readLevels(p, fp);
                    break;
                default:
                    zeroAt = p.currentTokenLocation();
                    zero = readZeroDte(p, fp, zeroDate);
                    break;
            }
        }
        SHAPE.requireAll(p, "", seen);
        OptionalDouble magnet = levels[6];
        if (magnet.isPresent() != (zero != null)) {
            throw JsonInput.failAt(p, zero != null ? zeroAt : start, zero != null ? "zero_dte" : "levels",
                    magnet.isPresent() ? "zero_dte_magnet is set but the zero_dte object is missing"
                            : "zero_dte is present but levels.zero_dte_magnet is null");
        }
        String s = symbol;
        double u = price;
        Instant a = asOf;
        OptionalDouble[] l = levels;
        double[] z = zero;
        return JsonInput.construct(p, TYPE, start, () -> new ExposureLevels(s, u, a, l[0], l[3], l[4], l[1], l[2],
                l[5], z == null ? Optional.empty() : Optional.of(new ZeroDte(zeroDate[0],
                        new Exposure(z[0], z[1], z[2], z[3]), z[4], magnet.getAsDouble()))));
    }

    /** Reads the levels object: the seven levels in wire order. */
    private static OptionalDouble[] readLevels(JsonParser p, String path) throws IOException {
        JsonInput.enterObject(p, path);
        OptionalDouble[] v = new OptionalDouble[7];
        long seen = 0;
        for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = JsonInput.next(p, path)) {
            int f = LEVELS.field(p, path, seen);
            seen |= 1L << f;
            String fp = JsonInput.child(path, LEVELS.name(f));
            JsonInput.value(p, fp);
            v[f] = JsonInput.optionalNumber(p, fp);
        }
        LEVELS.requireAll(p, path, seen);
        return v;
    }

    /** Reads the same-day summary: GEX, DEX, VEX, CHEX and the share; the date into {@code date[0]}. */
    private static double[] readZeroDte(JsonParser p, String path, LocalDate[] date) throws IOException {
        JsonInput.enterObject(p, path);
        double[] v = new double[5];
        long seen = 0;
        for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = JsonInput.next(p, path)) {
            int f = ZERO_DTE.field(p, path, seen);
            seen |= 1L << f;
            String fp = JsonInput.child(path, ZERO_DTE.name(f));
            JsonInput.value(p, fp);
            if (f == 0) {
                date[0] = JsonInput.date(p, fp, new HashMap<>());
            } else {
                v[f - 1] = JsonInput.number(p, fp);
            }
        }
        ZERO_DTE.requireAll(p, path, seen);
        return v;
    }
}
