package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.exposure.Exposure;
import dev.exposure.ExposureLevels;
import dev.exposure.ZeroDte;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads {@link ExposureLevels} from the shape documented in {@link ExposureModule}. Every field is required; the
 * levels are numbers or null; unknown fields are rejected. The shape carries only the magnet of the same-day
 * summary: a non-null {@code zero_dte_magnet} reads as a {@link ZeroDte} on the as-of date in New York with that
 * magnet, a zero exposure and a zero share (the figures the shape does not hold).
 */
final class ExposureLevelsDeserializer extends StrictDeserializer<ExposureLevels> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final ExposureLevelsDeserializer INSTANCE = new ExposureLevelsDeserializer();

    private static final String TYPE = "ExposureLevels";

    private static final JsonInput.Shape SHAPE = new JsonInput.Shape(TYPE, Set.of(),
            "symbol", "underlying_price", "as_of", "levels");

    private static final JsonInput.Shape LEVELS = new JsonInput.Shape("levels", Set.of(), "gamma_flip",
            "max_positive_gamma", "max_negative_gamma", "call_wall", "put_wall", "highest_oi_strike",
            "zero_dte_magnet");

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private ExposureLevelsDeserializer() {
        super(ExposureLevels.class);
    }

    @Override
    public ExposureLevels deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        JsonInput.Fields in = SHAPE.enter(p, "");
        JsonInput.Head head = new JsonInput.Head();
        OptionalDouble[] levels = null;
        for (int f = in.next(); f >= 0; f = in.next()) {
            String fp = in.path();
            if (!head.read(p, f, fp)) {
                levels = readLevels(p, fp);
            }
        }
        OptionalDouble magnet = levels[6];
        OptionalDouble[] l = levels;
        return JsonInput.construct(p, TYPE, start, () -> new ExposureLevels(head.symbol, head.price, head.asOf, l[0],
                l[3], l[4], l[1], l[2], l[5], magnet.isEmpty() ? Optional.empty() : Optional.of(new ZeroDte(
                        LocalDate.ofInstant(head.asOf, NEW_YORK), Exposure.ZERO, 0, magnet.getAsDouble()))));
    }

    /** Reads the levels object: the seven levels in wire order. */
    private static OptionalDouble[] readLevels(JsonParser p, String path) throws IOException {
        JsonInput.Fields in = LEVELS.enter(p, path);
        OptionalDouble[] v = new OptionalDouble[7];
        for (int f = in.next(); f >= 0; f = in.next()) {
            v[f] = JsonInput.optionalNumber(p, in.path());
        }
        return v;
    }
}
