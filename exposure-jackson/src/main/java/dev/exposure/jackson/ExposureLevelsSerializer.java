package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.exposure.ExposureLevels;
import java.io.IOException;
import java.util.OptionalDouble;

/**
 * Writes {@link ExposureLevels} as {@code {"symbol","underlying_price","as_of","levels":{"gamma_flip",
 * "max_positive_gamma","max_negative_gamma","call_wall","put_wall","highest_oi_strike","zero_dte_magnet"}}}
 * (null where empty), exactly the published shape; see {@link ExposureModule}. Of the same-day summary the shape
 * carries only the magnet.
 */
final class ExposureLevelsSerializer extends StdSerializer<ExposureLevels> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final ExposureLevelsSerializer INSTANCE = new ExposureLevelsSerializer();

    private ExposureLevelsSerializer() {
        super(ExposureLevels.class);
    }

    @Override
    public void serialize(ExposureLevels value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        gen.writeStringField("symbol", value.symbol());
        gen.writeFieldName("underlying_price");
        PlainDecimal.write(gen, value.underlyingPrice());
        gen.writeStringField("as_of", value.asOf().toString());
        gen.writeFieldName("levels");
        gen.writeStartObject();
        ExposureSheetSerializer.writeOptional(gen, "gamma_flip", value.gammaFlip());
        ExposureSheetSerializer.writeOptional(gen, "max_positive_gamma", value.maxPositiveGamma());
        ExposureSheetSerializer.writeOptional(gen, "max_negative_gamma", value.maxNegativeGamma());
        ExposureSheetSerializer.writeOptional(gen, "call_wall", value.callWall());
        ExposureSheetSerializer.writeOptional(gen, "put_wall", value.putWall());
        ExposureSheetSerializer.writeOptional(gen, "highest_oi_strike", value.highestOiStrike());
        ExposureSheetSerializer.writeOptional(gen, "zero_dte_magnet", value.zeroDte().isPresent()
                ? OptionalDouble.of(value.zeroDte().get().magnet()) : OptionalDouble.empty());
        gen.writeEndObject();
        gen.writeEndObject();
    }
}
