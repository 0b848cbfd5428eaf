package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.exposure.ExpiryExposure;
import java.io.IOException;

/**
 * Writes an {@link ExpiryExposure} as {@code {"expiration","dte","is_opex","is_triple_witching","net_gex",
 * "net_dex","net_vex","net_chex","pct_of_chain_gex"}}, the expiration as {@code YYYY-MM-DD}.
 */
final class ExpiryExposureSerializer extends StdSerializer<ExpiryExposure> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final ExpiryExposureSerializer INSTANCE = new ExpiryExposureSerializer();

    private ExpiryExposureSerializer() {
        super(ExpiryExposure.class);
    }

    @Override
    public void serialize(ExpiryExposure value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        gen.writeStringField("expiration", value.expiration().toString());
        gen.writeNumberField("dte", value.dte());
        gen.writeBooleanField("is_opex", value.isOpex());
        gen.writeBooleanField("is_triple_witching", value.isTripleWitching());
        ExposureSerializer.writeFields(value.exposure(), gen);
        gen.writeFieldName("pct_of_chain_gex");
        PlainDecimal.write(gen, value.pctOfChainGex());
        gen.writeEndObject();
    }
}
