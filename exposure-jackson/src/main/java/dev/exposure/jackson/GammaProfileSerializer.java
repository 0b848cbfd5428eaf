package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.exposure.GammaProfile;
import dev.exposure.ProfilePoint;
import java.io.IOException;

/**
 * Writes a {@link GammaProfile} as {@code {"symbol","underlying_price","as_of","gamma_flip","profile":[{"spot",
 * "net_gex"}]}} ({@code gamma_flip} null when empty); see {@link ExposureModule}.
 */
final class GammaProfileSerializer extends StdSerializer<GammaProfile> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final GammaProfileSerializer INSTANCE = new GammaProfileSerializer();

    private GammaProfileSerializer() {
        super(GammaProfile.class);
    }

    @Override
    public void serialize(GammaProfile value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        gen.writeStringField("symbol", value.symbol());
        gen.writeFieldName("underlying_price");
        PlainDecimal.write(gen, value.underlyingPrice());
        gen.writeStringField("as_of", value.asOf().toString());
        ExposureSheetSerializer.writeOptional(gen, "gamma_flip", value.gammaFlip());
        gen.writeFieldName("profile");
        gen.writeStartArray(value.points(), value.points().size());
        for (ProfilePoint p : value.points()) {
            ProfilePointSerializer.INSTANCE.serialize(p, gen, provider);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }
}
