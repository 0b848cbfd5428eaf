package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.exposure.BucketExposure;
import dev.exposure.ExpiryExposure;
import dev.exposure.TermStructure;
import java.io.IOException;

/**
 * Writes a {@link TermStructure} as {@code {"symbol","underlying_price","as_of","by_dte_bucket":[…],
 * "by_expiry":[…]}}, plus {@code "skipped_contracts"} when it is not 0; see {@link ExposureModule} for the full shape.
 */
final class TermStructureSerializer extends StdSerializer<TermStructure> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final TermStructureSerializer INSTANCE = new TermStructureSerializer();

    private TermStructureSerializer() {
        super(TermStructure.class);
    }

    @Override
    public void serialize(TermStructure value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        gen.writeStringField("symbol", value.symbol());
        gen.writeFieldName("underlying_price");
        PlainDecimal.write(gen, value.underlyingPrice());
        gen.writeStringField("as_of", value.asOf().toString());
        gen.writeFieldName("by_dte_bucket");
        gen.writeStartArray(value.byDteBucket(), value.byDteBucket().size());
        for (BucketExposure b : value.byDteBucket()) {
            BucketExposureSerializer.INSTANCE.serialize(b, gen, provider);
        }
        gen.writeEndArray();
        gen.writeFieldName("by_expiry");
        gen.writeStartArray(value.byExpiry(), value.byExpiry().size());
        for (ExpiryExposure e : value.byExpiry()) {
            ExpiryExposureSerializer.INSTANCE.serialize(e, gen, provider);
        }
        gen.writeEndArray();
        if (value.skippedContracts() > 0) {
            // not in the published shape: written only when there is something to report, so clean chains match it
            gen.writeNumberField("skipped_contracts", value.skippedContracts());
        }
        gen.writeEndObject();
    }
}
