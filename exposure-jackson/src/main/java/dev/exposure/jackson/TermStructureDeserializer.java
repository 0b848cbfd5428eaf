package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.exposure.BucketExposure;
import dev.exposure.ExpiryExposure;
import dev.exposure.TermStructure;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link TermStructure} from the shape documented in {@link ExposureModule}. Every field is required
 * except {@code skipped_contracts} (0 when absent, so the documented API example without it reads too); unknown
 * fields are rejected.
 */
final class TermStructureDeserializer extends StrictDeserializer<TermStructure> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final TermStructureDeserializer INSTANCE = new TermStructureDeserializer();

    private static final String TYPE = "TermStructure";

    private static final JsonInput.Shape SHAPE = new JsonInput.Shape(TYPE, Set.of("skipped_contracts"),
            "symbol", "underlying_price", "as_of", "by_dte_bucket", "by_expiry", "skipped_contracts");

    private TermStructureDeserializer() {
        super(TermStructure.class);
    }

    @Override
    public TermStructure deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        JsonInput.Fields in = SHAPE.enter(p, "");
        String symbol = null;
        double price = 0;
        Instant asOf = null;
        List<BucketExposure> buckets = null;
        List<ExpiryExposure> expiries = null;
        int skipped = 0;
        Map<String, LocalDate> dates = new HashMap<>();
        for (int f = in.next(); f >= 0; f = in.next()) {
            String fp = in.path();
            switch (f) {
                case 0:
                    symbol = JsonInput.string(p, fp);
                    break;
                case 1:
                    price = JsonInput.number(p, fp);
                    break;
                case 2:
                    asOf = JsonInput.instant(p, fp);
                    break;
                case 3:
                    buckets = JsonInput.list(p, fp, BucketExposureDeserializer::read);
                    break;
                case 4:
                    expiries = JsonInput.list(p, fp, (q, path) -> ExpiryExposureDeserializer.read(q, path, dates));
                    break;
                default:
                    skipped = JsonInput.integer(p, fp);
                    break;
            }
        }
        String s = symbol;
        double u = price;
        Instant a = asOf;
        List<BucketExposure> b = buckets;
        List<ExpiryExposure> e = expiries;
        int k = skipped;
        return JsonInput.construct(p, TYPE, start, () -> new TermStructure(s, u, a, b, e, k));
    }
}
