package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.exposure.Greek;
import dev.exposure.StrikeExposure;
import dev.exposure.StrikeSheet;
import java.io.IOException;

/**
 * Writes an {@link ExposureSheet} as the body of {@code /v1/exposure/gex|dex|vex|chex/{symbol}}:
 * {@code {"symbol","underlying_price","as_of","gamma_flip","net_gex","net_gex_label","strikes":[{"strike",
 * "call_gex","put_gex","net_gex","call_oi","put_oi"}]}} for GEX, the same with {@code dex}, {@code vex} or
 * {@code chex} and without {@code gamma_flip} and {@code net_gex_label} for the others; plus
 * {@code "skipped_contracts"} when it is not 0. See {@link ExposureModule}.
 */
final class ExposureSheetSerializer extends StdSerializer<ExposureSheet> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final ExposureSheetSerializer INSTANCE = new ExposureSheetSerializer();

    private ExposureSheetSerializer() {
        super(ExposureSheet.class);
    }

    @Override
    public void serialize(ExposureSheet value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        Greek g = value.greek();
        String code = g.code();
        StrikeSheet s = value.sheet();
        gen.writeStartObject(value);
        gen.writeStringField("symbol", s.symbol());
        gen.writeFieldName("underlying_price");
        PlainDecimal.write(gen, s.underlyingPrice());
        gen.writeStringField("as_of", s.asOf().toString());
        if (g == Greek.GEX) {
            writeOptional(gen, "gamma_flip", value.gammaFlip());
        }
        double total = g.of(s.total());
        gen.writeFieldName("net_" + code);
        PlainDecimal.write(gen, total);
        if (g == Greek.GEX) {
            gen.writeStringField("net_gex_label", label(total));
        }
        gen.writeFieldName("strikes");
        gen.writeStartArray(s.strikes(), s.strikes().size());
        String call = "call_" + code;
        String put = "put_" + code;
        String net = "net_" + code;
        for (StrikeExposure r : s.strikes()) {
            gen.writeStartObject(r);
            gen.writeFieldName("strike");
            PlainDecimal.write(gen, r.strike());
            gen.writeFieldName(call);
            PlainDecimal.write(gen, g.of(r.calls()));
            gen.writeFieldName(put);
            PlainDecimal.write(gen, g.of(r.puts()));
            gen.writeFieldName(net);
            PlainDecimal.write(gen, g.of(r.net()));
            gen.writeFieldName("call_oi");
            PlainDecimal.write(gen, r.callOpenInterest());
            gen.writeFieldName("put_oi");
            PlainDecimal.write(gen, r.putOpenInterest());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        if (s.skippedContracts() > 0) {
            // not in the published shape: written only when there is something to report, as for term structures
            gen.writeNumberField("skipped_contracts", s.skippedContracts());
        }
        gen.writeEndObject();
    }

    /**
     * Returns the label of a net GEX.
     *
     * @param netGex the net GEX
     * @return {@code "positive"} when it is ≥ 0, else {@code "negative"}
     */
    static String label(double netGex) {
        return netGex >= 0 ? "positive" : "negative";
    }

    /**
     * Writes a number field that may be empty, as {@code null} then.
     *
     * @param gen the generator, inside an object
     * @param name the field name
     * @param value the value
     * @throws IOException if the generator fails
     */
    static void writeOptional(JsonGenerator gen, String name, java.util.OptionalDouble value) throws IOException {
        gen.writeFieldName(name);
        if (value.isPresent()) {
            PlainDecimal.write(gen, value.getAsDouble());
        } else {
            gen.writeNull();
        }
    }
}
