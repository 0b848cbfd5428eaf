package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.exposure.ExposureError;
import dev.exposure.ExposureException;
import java.io.IOException;

/**
 * Writes an {@link ExposureException} as the error body a service answers with:
 * {@code {"status":400,"error":"too_many_symbols","message":"…"}}, plus {@code "missing_symbols":[…]} (possibly
 * empty) when, and only when, the error is {@code no_data}. No stack trace, cause or suppressed exception is
 * written.
 */
final class ExposureExceptionSerializer extends StdSerializer<ExposureException> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final ExposureExceptionSerializer INSTANCE = new ExposureExceptionSerializer();

    private ExposureExceptionSerializer() {
        super(ExposureException.class);
    }

    @Override
    public void serialize(ExposureException value, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
        gen.writeStartObject(value);
        gen.writeNumberField("status", value.error().httpStatus());
        gen.writeStringField("error", value.error().code());
        gen.writeStringField("message", value.getMessage());
        if (value.error() == ExposureError.NO_DATA) {
            gen.writeFieldName("missing_symbols");
            gen.writeStartArray(value.missingSymbols(), value.missingSymbols().size());
            for (String s : value.missingSymbols()) {
                gen.writeString(s);
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }
}
