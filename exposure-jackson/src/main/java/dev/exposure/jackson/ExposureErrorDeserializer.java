package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.exposure.ExposureError;
import java.io.IOException;

/** Reads an {@link ExposureError} from its wire code, e.g. {@code "no_data"}. */
final class ExposureErrorDeserializer extends StrictDeserializer<ExposureError> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final ExposureErrorDeserializer INSTANCE = new ExposureErrorDeserializer();

    private ExposureErrorDeserializer() {
        super(ExposureError.class);
    }

    @Override
    public ExposureError deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, "error");
    }

    /**
     * Reads an error code.
     *
     * @param p the parser, at the value
     * @param path the field's path
     * @return the error
     * @throws IOException if the value is not a known code
     */
    static ExposureError read(JsonParser p, String path) throws IOException {
        String code = JsonInput.string(p, path);
        for (ExposureError e : ExposureError.values()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        throw JsonInput.fail(p, path, "unknown error code \"" + code + "\"");
    }
}
