package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.exposure.Constituent;
import java.io.IOException;

/**
 * Writes a {@link Constituent} as {@code {"symbol","weight","underlying_price","net_gex","net_dex","net_vex",
 * "net_chex","contribution_pct","regime"}}, the regime as its wire code ({@code positive_gamma} or
 * {@code negative_gamma}).
 */
final class ConstituentSerializer extends StdSerializer<Constituent> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final ConstituentSerializer INSTANCE = new ConstituentSerializer();

    private ConstituentSerializer() {
        super(Constituent.class);
    }

    @Override
    public void serialize(Constituent value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        gen.writeStringField("symbol", value.symbol());
        gen.writeFieldName("weight");
        PlainDecimal.write(gen, value.weight());
        gen.writeFieldName("underlying_price");
        PlainDecimal.write(gen, value.underlyingPrice());
        ExposureSerializer.writeFields(value.exposure(), gen);
        gen.writeFieldName("contribution_pct");
        PlainDecimal.write(gen, value.contributionPct());
        gen.writeStringField("regime", value.regime().code());
        gen.writeEndObject();
    }
}
