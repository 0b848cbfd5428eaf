package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.exposure.BucketExposure;
import java.io.IOException;

/**
 * Writes a {@link BucketExposure} as
 * {@code {"bucket","dte_range":[min,max],"net_gex","net_dex","net_vex","net_chex","contract_count"}}.
 */
final class BucketExposureSerializer extends StdSerializer<BucketExposure> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final BucketExposureSerializer INSTANCE = new BucketExposureSerializer();

    private BucketExposureSerializer() {
        super(BucketExposure.class);
    }

    @Override
    public void serialize(BucketExposure value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        gen.writeStringField("bucket", value.bucket());
        gen.writeFieldName("dte_range");
        gen.writeStartArray(null, 2);
        gen.writeNumber(value.dteMin());
        gen.writeNumber(value.dteMax());
        gen.writeEndArray();
        ExposureSerializer.writeFields(value.exposure(), gen);
        gen.writeNumberField("contract_count", value.contractCount());
        gen.writeEndObject();
    }
}
