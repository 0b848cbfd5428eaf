package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.exposure.BasketResult;
import dev.exposure.Constituent;
import java.io.IOException;

/**
 * Writes a {@link BasketResult} as {@code {"as_of","constituent_count","missing_symbols":[…],"aggregate":{…},
 * "constituents":[…]}}; see {@link ExposureModule} for the full shape.
 */
final class BasketResultSerializer extends StdSerializer<BasketResult> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final BasketResultSerializer INSTANCE = new BasketResultSerializer();

    private BasketResultSerializer() {
        super(BasketResult.class);
    }

    @Override
    public void serialize(BasketResult value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        gen.writeStringField("as_of", value.asOf().toString());
        gen.writeNumberField("constituent_count", value.constituentCount());
        gen.writeFieldName("missing_symbols");
        gen.writeStartArray(value.missingSymbols(), value.missingSymbols().size());
        for (String s : value.missingSymbols()) {
            gen.writeString(s);
        }
        gen.writeEndArray();
        gen.writeFieldName("aggregate");
        ExposureSerializer.INSTANCE.serialize(value.aggregate(), gen, provider);
        gen.writeFieldName("constituents");
        gen.writeStartArray(value.constituents(), value.constituents().size());
        for (Constituent c : value.constituents()) {
            ConstituentSerializer.INSTANCE.serialize(c, gen, provider);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }
}
