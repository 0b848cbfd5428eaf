package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.exposure.Constituent;
import dev.exposure.Exposure;
import dev.exposure.Regime;
import java.io.IOException;
import java.util.Set;

/**
 * Reads a {@link Constituent} from {@code {"symbol","weight","underlying_price","net_gex","net_dex","net_vex",
 * "net_chex","contribution_pct","regime"}}; every field required, no other field.
 */
final class ConstituentDeserializer extends StrictDeserializer<Constituent> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final ConstituentDeserializer INSTANCE = new ConstituentDeserializer();

    private static final JsonInput.Shape SHAPE = new JsonInput.Shape("Constituent", Set.of(),
            "symbol", "weight", "underlying_price", "net_gex", "net_dex", "net_vex", "net_chex", "contribution_pct",
            "regime");

    private ConstituentDeserializer() {
        super(Constituent.class);
    }

    @Override
    public Constituent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, "");
    }

    /**
     * Reads a constituent row.
     *
     * @param p the parser, at the object's start
     * @param path the object's path, empty at the root
     * @return the constituent
     * @throws IOException on malformed input, naming the field
     */
    static Constituent read(JsonParser p, String path) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        JsonInput.Fields in = SHAPE.enter(p, path);
        String symbol = null;
        double[] x = new double[7]; // weight, price, gex, dex, vex, chex, pct
        Regime regime = null;
        for (int f = in.next(); f >= 0; f = in.next()) {
            String fp = in.path();
            if (f == 0) {
                symbol = JsonInput.string(p, fp);
            } else if (f == 8) {
                regime = RegimeDeserializer.read(p, fp);
            } else {
                x[f - 1] = JsonInput.number(p, fp);
            }
        }
        String s = symbol;
        Regime r = regime;
        return JsonInput.construct(p, SHAPE.where(path), start,
                () -> new Constituent(s, x[0], x[1], new Exposure(x[2], x[3], x[4], x[5]), x[6], r));
    }
}
