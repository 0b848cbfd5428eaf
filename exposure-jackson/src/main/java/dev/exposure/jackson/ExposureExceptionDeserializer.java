package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.exposure.ExposureError;
import dev.exposure.ExposureException;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Reads an {@link ExposureException} from the error body {@code {"status","error","message","missing_symbols"?}}.
 * {@code status} must be the error's HTTP status; {@code missing_symbols} is required for {@code no_data} and
 * rejected for every other error; unknown fields are rejected.
 */
final class ExposureExceptionDeserializer extends StrictDeserializer<ExposureException> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final ExposureExceptionDeserializer INSTANCE = new ExposureExceptionDeserializer();

    private static final String TYPE = "ExposureException";

    private static final JsonInput.Shape SHAPE = new JsonInput.Shape(TYPE, Set.of("missing_symbols"),
            "status", "error", "message", "missing_symbols");

    private ExposureExceptionDeserializer() {
        super(ExposureException.class);
    }

    @Override
    public ExposureException deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        JsonInput.Fields in = SHAPE.enter(p, "");
        int status = 0;
        ExposureError error = null;
        String message = null;
        List<String> missing = null;
        for (int f = in.next(); f >= 0; f = in.next()) {
            String fp = in.path();
            switch (f) {
                case 0:
                    status = JsonInput.integer(p, fp);
                    break;
                case 1:
                    error = ExposureErrorDeserializer.read(p, fp);
                    break;
                case 2:
                    message = JsonInput.string(p, fp);
                    break;
                default:
                    missing = BasketResultDeserializer.readStrings(p, fp);
                    break;
            }
        }
        if (status != error.httpStatus()) {
            throw JsonInput.fail(p, "status", status + " is not the status of error " + error.code() + " ("
                    + error.httpStatus() + ")");
        }
        if (error == ExposureError.NO_DATA && missing == null) {
            throw JsonInput.fail(p, TYPE, "missing required field 'missing_symbols' (required for no_data)");
        }
        if (error != ExposureError.NO_DATA && missing != null) {
            throw JsonInput.fail(p, "missing_symbols", "only allowed with error no_data, not " + error.code());
        }
        ExposureError e = error;
        String m = message;
        List<String> s = missing == null ? List.of() : missing;
        return JsonInput.construct(p, TYPE, start, () -> new ExposureException(e, m, s));
    }
}
