package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.exposure.ExpiryExposure;
import dev.exposure.Exposure;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads an {@link ExpiryExposure} from {@code {"expiration","dte","is_opex","is_triple_witching","net_gex",
 * "net_dex","net_vex","net_chex","pct_of_chain_gex"}}; every field required, no other field.
 */
final class ExpiryExposureDeserializer extends StrictDeserializer<ExpiryExposure> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final ExpiryExposureDeserializer INSTANCE = new ExpiryExposureDeserializer();

    private static final JsonInput.Shape SHAPE = new JsonInput.Shape("ExpiryExposure", Set.of(),
            "expiration", "dte", "is_opex", "is_triple_witching", "net_gex", "net_dex", "net_vex", "net_chex",
            "pct_of_chain_gex");

    private ExpiryExposureDeserializer() {
        super(ExpiryExposure.class);
    }

    @Override
    public ExpiryExposure deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, "", new HashMap<>());
    }

    /**
     * Reads an expiry row.
     *
     * @param p the parser, at the object's start
     * @param path the object's path, empty at the root
     * @param dates parsed dates by text (updated)
     * @return the expiry row
     * @throws IOException on malformed input, naming the field
     */
    static ExpiryExposure read(JsonParser p, String path, Map<String, LocalDate> dates) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        JsonInput.Fields in = SHAPE.enter(p, path);
        LocalDate expiration = null;
        int dte = 0;
        boolean opex = false;
        boolean triple = false;
        double[] x = new double[4];
        double pct = 0;
        for (int f = in.next(); f >= 0; f = in.next()) {
            String fp = in.path();
            switch (f) {
                case 0:
                    expiration = JsonInput.date(p, fp, dates);
                    break;
                case 1:
                    dte = JsonInput.integer(p, fp);
                    break;
                case 2:
                    opex = JsonInput.bool(p, fp);
                    break;
                case 3:
                    triple = JsonInput.bool(p, fp);
                    break;
                case 4:
                case 5:
                case 6:
                case 7:
                    x[f - 4] = JsonInput.number(p, fp);
                    break;
                default:
                    pct = JsonInput.number(p, fp);
                    break;
            }
        }
        LocalDate e = expiration;
        int d = dte;
        boolean o = opex;
        boolean w = triple;
        double c = pct;
        return JsonInput.construct(p, SHAPE.where(path), start,
                () -> new ExpiryExposure(e, d, o, w, new Exposure(x[0], x[1], x[2], x[3]), c));
    }
}
