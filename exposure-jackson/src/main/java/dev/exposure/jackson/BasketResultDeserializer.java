package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.exposure.BasketResult;
import dev.exposure.Constituent;
import dev.exposure.Exposure;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@link BasketResult} from the shape documented in {@link ExposureModule}; every field required, unknown
 * fields rejected; {@code constituent_count} is kept as written.
 */
final class BasketResultDeserializer extends StrictDeserializer<BasketResult> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final BasketResultDeserializer INSTANCE = new BasketResultDeserializer();

    private static final String TYPE = "BasketResult";

    private static final JsonInput.Shape SHAPE = new JsonInput.Shape(TYPE, Set.of(),
            "as_of", "constituent_count", "missing_symbols", "aggregate", "constituents");

    private BasketResultDeserializer() {
        super(BasketResult.class);
    }

    @Override
    public BasketResult deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        JsonInput.Fields in = SHAPE.enter(p, "");
        Instant asOf = null;
        int count = 0;
        List<String> missing = null;
        Exposure aggregate = null;
        List<Constituent> constituents = null;
        for (int f = in.next(); f >= 0; f = in.next()) {
            String fp = in.path();
            switch (f) {
                case 0:
                    asOf = JsonInput.instant(p, fp);
                    break;
                case 1:
                    count = JsonInput.integer(p, fp);
                    break;
                case 2:
                    missing = readStrings(p, fp);
                    break;
                case 3:
                    aggregate = ExposureDeserializer.read(p, fp);
                    break;
                default:
                    constituents = JsonInput.list(p, fp, ConstituentDeserializer::read);
                    break;
            }
        }
        Instant a = asOf;
        int n = count;
        List<String> m = missing;
        Exposure g = aggregate;
        List<Constituent> c = constituents;
        return JsonInput.construct(p, TYPE, start, () -> new BasketResult(a, n, m, g, c));
    }

    /**
     * Reads an array of strings.
     *
     * @param p the parser, at the array's start
     * @param path the array's path
     * @return the strings, in order
     * @throws IOException if the value is not an array of strings
     */
    static List<String> readStrings(JsonParser p, String path) throws IOException {
        return JsonInput.list(p, path, JsonInput::string);
    }
}
