package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.exposure.Exposure;
import dev.exposure.Greek;
import dev.exposure.StrikeExposure;
import dev.exposure.StrikeSheet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads an {@link ExposureSheet} from the shape documented in {@link ExposureModule}. The greek is the one of the
 * {@code net_*} field (exactly one must be present); for GEX {@code gamma_flip} (a number or null) and
 * {@code net_gex_label} (which must agree with {@code net_gex}) are required, for the others they are not allowed;
 * every strike row must carry the fields of the same greek; {@code skipped_contracts} is optional (0 when absent);
 * unknown fields are rejected.
 */
final class ExposureSheetDeserializer extends StrictDeserializer<ExposureSheet> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final ExposureSheetDeserializer INSTANCE = new ExposureSheetDeserializer();

    private static final String TYPE = "ExposureSheet";

    private static final Greek[] GREEKS = Greek.values();

    /** Fields 5 to 8 are net_gex, net_dex, net_vex, net_chex, in the order of {@link Greek#values()}. */
    private static final JsonInput.Shape SHAPE = new JsonInput.Shape(TYPE, Set.of("gamma_flip", "net_gex",
            "net_dex", "net_vex", "net_chex", "net_gex_label", "skipped_contracts"),
            "symbol", "underlying_price", "as_of", "strikes", "gamma_flip", "net_gex", "net_dex", "net_vex",
            "net_chex", "net_gex_label", "skipped_contracts");

    /** Fields 3 + 3·g to 5 + 3·g are call_, put_, net_ of greek g. */
    private static final JsonInput.Shape ROW = new JsonInput.Shape("strike row", Set.of("call_gex", "put_gex",
            "net_gex", "call_dex", "put_dex", "net_dex", "call_vex", "put_vex", "net_vex", "call_chex", "put_chex",
            "net_chex"),
            "strike", "call_oi", "put_oi", "call_gex", "put_gex", "net_gex", "call_dex", "put_dex", "net_dex",
            "call_vex", "put_vex", "net_vex", "call_chex", "put_chex", "net_chex");

    private ExposureSheetDeserializer() {
        super(ExposureSheet.class);
    }

    /** A strike row as read, before the sheet's greek is known. */
    private static final class Row {
        final Greek greek;
        final double[] v; // strike, call_oi, put_oi, call, put, net
        final JsonLocation at;
        final String path;

        Row(Greek greek, double[] v, JsonLocation at, String path) {
            this.greek = greek;
            this.v = v;
            this.at = at;
            this.path = path;
        }
    }

    @Override
    public ExposureSheet deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        JsonInput.Fields in = SHAPE.enter(p, "");
        JsonInput.Head head = new JsonInput.Head();
        List<Row> rows = null;
        OptionalDouble flip = OptionalDouble.empty();
        Greek greek = null;
        double total = 0;
        String label = null;
        JsonLocation labelAt = null;
        int skipped = 0;
        for (int f = in.nextName(); f >= 0; f = in.nextName()) {
            String fp = in.path();
            if (f >= 5 && f <= 8 && greek != null) {
                throw JsonInput.fail(p, fp, "a sheet has one greek, but net_" + greek.code() + " came before");
            }
            JsonInput.value(p, fp);
            if (head.read(p, f, fp)) {
                continue;
            }
            switch (f) {
                case 3:
                    rows = JsonInput.list(p, fp, ExposureSheetDeserializer::readRow);
                    break;
                case 4:
                    flip = JsonInput.optionalNumber(p, fp);
                    break;
                case 9:
                    labelAt = p.currentTokenLocation();
                    label = JsonInput.string(p, fp);
                    break;
                case 10:
                    skipped = JsonInput.integer(p, fp);
                    break;
                default:
                    greek = GREEKS[f - 5];
                    total = JsonInput.number(p, fp);
                    break;
            }
        }
        long seen = in.seen();
        if (greek == null) {
            throw JsonInput.fail(p, TYPE, "missing the total: one of net_gex, net_dex, net_vex, net_chex");
        }
        boolean gex = greek == Greek.GEX;
        for (String name : new String[] {"gamma_flip", "net_gex_label"}) {
            boolean present = (seen & 1L << (name.equals("gamma_flip") ? 4 : 9)) != 0;
            if (present != gex) {
                throw JsonInput.fail(p, TYPE, gex ? "missing required field '" + name + "' of a GEX sheet"
                        : "field '" + name + "' belongs to a GEX sheet, not to a " + greek.code() + " sheet");
            }
        }
        if (gex && !label.equals(ExposureSheetSerializer.label(total))) {
            throw JsonInput.failAt(p, labelAt, "net_gex_label", "'" + label + "' does not agree with net_gex "
                    + PlainDecimal.format(total) + " (expected '" + ExposureSheetSerializer.label(total) + "')");
        }
        List<StrikeExposure> strikes = new ArrayList<>(rows.size());
        for (Row r : rows) {
            if (r.greek != greek) {
                throw JsonInput.failAt(p, r.at, r.path, "has " + r.greek.code() + " fields in a " + greek.code()
                        + " sheet");
            }
            double[] v = r.v;
            Greek g = greek;
            strikes.add(JsonInput.construct(p, r.path, r.at, () -> new StrikeExposure(v[0], one(g, v[3]),
                    one(g, v[4]), one(g, v[5]), v[1], v[2])));
        }
        Greek g = greek;
        Exposure tot = one(greek, total);
        int k = skipped;
        OptionalDouble fl = flip;
        return JsonInput.construct(p, TYPE, start, () -> new ExposureSheet(g, new StrikeSheet(head.symbol, head.price,
                head.asOf, strikes, tot, k), fl));
    }

    private static Exposure one(Greek g, double x) {
        return ExposureSheet.only(g, new Exposure(x, x, x, x));
    }

    /** Reads one strike row, telling its greek from its field names. */
    private static Row readRow(JsonParser p, String path) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        JsonInput.Fields in = ROW.enter(p, path);
        double[] v = new double[6];
        Greek greek = null;
        for (int f = in.nextName(); f >= 0; f = in.nextName()) {
            String fp = in.path();
            if (f >= 3) {
                Greek g = GREEKS[(f - 3) / 3];
                if (greek != null && g != greek) {
                    throw JsonInput.fail(p, fp, "a strike row has one greek, but " + greek.code()
                            + " fields came before");
                }
                greek = g;
            }
            JsonInput.value(p, fp);
            v[f < 3 ? f : 3 + (f - 3) % 3] = JsonInput.number(p, fp);
        }
        if (greek == null) {
            throw JsonInput.fail(p, path, "missing the exposures: call_gex, put_gex, net_gex (or dex, vex, chex)");
        }
        int base = 3 + 3 * greek.ordinal();
        for (int i = base; i < base + 3; i++) {
            if ((in.seen() & 1L << i) == 0) {
                throw JsonInput.fail(p, path, "missing required field '" + ROW.name(i) + "'");
            }
        }
        return new Row(greek, v, start, path);
    }
}
