package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.exposure.ExposureError;
import java.io.IOException;

/** Writes an {@link ExposureError} as its wire code, e.g. {@code "no_data"}. */
final class ExposureErrorSerializer extends StdSerializer<ExposureError> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final ExposureErrorSerializer INSTANCE = new ExposureErrorSerializer();

    private ExposureErrorSerializer() {
        super(ExposureError.class);
    }

    @Override
    public void serialize(ExposureError value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.code());
    }
}
