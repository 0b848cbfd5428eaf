package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.exposure.OptionChain;
import java.io.IOException;

/**
 * Writes an {@link OptionChain} in the shape {@link OptionChainDeserializer} reads, every field present:
 * {@code {"symbol","underlying_price","as_of","risk_free_rate","dividend_yield","contract_multiplier",
 * "contracts":[{"type","expiration","strike","open_interest","implied_volatility"}]}}, contracts in index order.
 * JSON has no NaN or infinity: a chain holding one (allowed in the core as bad market data) cannot be written, and
 * the error names the contract and field.
 */
final class OptionChainSerializer extends StdSerializer<OptionChain> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final OptionChainSerializer INSTANCE = new OptionChainSerializer();

    private OptionChainSerializer() {
        super(OptionChain.class);
    }

    @Override
    public void serialize(OptionChain value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        gen.writeStringField("symbol", value.symbol());
        number(gen, "underlying_price", value.underlyingPrice(), value, "underlying_price");
        gen.writeStringField("as_of", value.asOf().toString());
        number(gen, "risk_free_rate", value.riskFreeRate(), value, "risk_free_rate");
        number(gen, "dividend_yield", value.dividendYield(), value, "dividend_yield");
        gen.writeNumberField("contract_multiplier", value.contractMultiplier());
        gen.writeFieldName("contracts");
        int n = value.size();
        gen.writeStartArray(null, n);
        for (int i = 0; i < n; i++) {
            gen.writeStartObject();
            gen.writeStringField("type", OptionChainCodes.type(value.type(i)));
            gen.writeStringField("expiration", value.expiration(i).toString());
            number(gen, "strike", value.strike(i), value, "contracts[" + i + "].strike");
            number(gen, "open_interest", value.openInterest(i), value, "contracts[" + i + "].open_interest");
            number(gen, "implied_volatility", value.impliedVolatility(i), value,
                    "contracts[" + i + "].implied_volatility");
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void number(JsonGenerator gen, String name, double x, OptionChain chain, String path)
            throws IOException {
        if (!Double.isFinite(x)) {
            throw new JsonGenerationException("OptionChain " + chain.symbol() + " " + path + " is " + x
                    + ", which JSON cannot represent", gen);
        }
        gen.writeFieldName(name);
        PlainDecimal.write(gen, x);
    }
}
