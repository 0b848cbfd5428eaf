package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads an {@link OptionChain}, streaming, from
 * {@code {"symbol","underlying_price","as_of","risk_free_rate"?,"dividend_yield"?,"contract_multiplier"?,
 * "contracts":[{"type","expiration","strike","open_interest","implied_volatility"}]}}.
 *
 * <p>No tree is built: contracts are read token by token into primitive columns and handed to
 * {@link OptionChain#builder} once the object ends (fields may come in any order, so the header may follow the
 * contracts). Rules, each failure naming the field path (e.g. {@code contracts[12].strike}) and the parser location:
 * <ul>
 *   <li>{@code symbol} a non-blank string; {@code as_of} an ISO-8601 instant; {@code expiration} a
 *       {@code YYYY-MM-DD} date; {@code type} exactly {@code "call"} or {@code "put"};</li>
 *   <li>prices, rates, strikes, open interest and volatilities are JSON numbers (strings are not converted) in the
 *       double range; {@code contract_multiplier} an integer of at least 1;</li>
 *   <li>{@code risk_free_rate} and {@code dividend_yield} default to 0, {@code contract_multiplier} to 100;</li>
 *   <li>every other field is required; unknown and repeated fields are rejected.</li>
 * </ul>
 * Market data is otherwise kept as given: a zero or negative strike, volatility or open interest is read, and the
 * core skips and counts that contract when it computes exposures. Nothing is dropped at read time.
 */
final class OptionChainDeserializer extends StrictDeserializer<OptionChain> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final OptionChainDeserializer INSTANCE = new OptionChainDeserializer();

    private static final String TYPE = "OptionChain";

    private static final JsonInput.Shape SHAPE = new JsonInput.Shape(TYPE,
            Set.of("risk_free_rate", "dividend_yield", "contract_multiplier"),
            "symbol", "underlying_price", "as_of", "risk_free_rate", "dividend_yield", "contract_multiplier",
            "contracts");

    private static final JsonInput.Shape CONTRACT = new JsonInput.Shape("contract", Set.of(),
            "type", "expiration", "strike", "open_interest", "implied_volatility");

    private OptionChainDeserializer() {
        super(OptionChain.class);
    }

    @Override
    public OptionChain deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        JsonInput.Fields in = SHAPE.enter(p, "");
        JsonInput.Head head = new JsonInput.Head();
        double rate = 0;
        double yield = 0;
        int multiplier = 100;
        Contracts contracts = null;
        for (int f = in.next(); f >= 0; f = in.next()) {
            String fp = in.path();
            if (head.read(p, f, fp)) {
                continue;
            }
            switch (f) {
                case 3:
                    rate = JsonInput.number(p, fp);
                    break;
                case 4:
                    yield = JsonInput.number(p, fp);
                    break;
                case 5:
                    multiplier = JsonInput.integer(p, fp);
                    if (multiplier < 1) {
                        throw JsonInput.fail(p, fp, "must be at least 1 but was " + multiplier);
                    }
                    break;
                default:
                    contracts = readContracts(p, fp);
                    break;
            }
        }
        double r = rate;
        double q = yield;
        int m = multiplier;
        Contracts c = contracts;
        return JsonInput.construct(p, TYPE, start, () -> c.addTo(OptionChain.builder(head.symbol, head.price,
                head.asOf).riskFreeRate(r).dividendYield(q).contractMultiplier(m)).build());
    }

    /** Reads the {@code contracts} array into columns. */
    private static Contracts readContracts(JsonParser p, String path) throws IOException {
        JsonInput.startArray(p, path);
        Contracts out = new Contracts();
        Map<String, LocalDate> dates = new HashMap<>();
        for (JsonToken e = JsonInput.next(p, path); e != JsonToken.END_ARRAY; e = JsonInput.next(p, path)) {
            String cp = JsonInput.element(path, out.size);
            JsonInput.Fields in = CONTRACT.enter(p, cp);
            OptionType type = null;
            LocalDate expiration = null;
            double strike = 0;
            double openInterest = 0;
            double volatility = 0;
            for (int f = in.next(); f >= 0; f = in.next()) {
                String fp = in.path();
                switch (f) {
                    case 0:
                        type = optionType(p, fp);
                        break;
                    case 1:
                        expiration = JsonInput.date(p, fp, dates);
                        break;
                    case 2:
                        strike = JsonInput.number(p, fp);
                        break;
                    case 3:
                        openInterest = JsonInput.number(p, fp);
                        break;
                    default:
                        volatility = JsonInput.number(p, fp);
                        break;
                }
            }
            out.add(type, expiration, strike, openInterest, volatility);
        }
        return out;
    }

    /**
     * Reads an option type: exactly {@code "call"} or {@code "put"}.
     *
     * @param p the parser, at the value
     * @param path the field's path
     * @return the type
     * @throws IOException if the value is anything else
     */
    static OptionType optionType(JsonParser p, String path) throws IOException {
        String text = JsonInput.string(p, path);
        OptionType type = OptionChainCodes.typeOf(text);
        if (type != null) {
            return type;
        }
        throw JsonInput.fail(p, path, "unknown option type \"" + text + "\" (expected \"call\" or \"put\")");
    }

    /** Contracts read so far, column-wise. */
    private static final class Contracts {
        int size;
        OptionType[] type = new OptionType[64];
        LocalDate[] expiration = new LocalDate[64];
        double[] strike = new double[64];
        double[] openInterest = new double[64];
        double[] volatility = new double[64];

        void add(OptionType t, LocalDate e, double k, double oi, double v) {
            if (size == strike.length) {
                int n = size * 2;
                type = Arrays.copyOf(type, n);
                expiration = Arrays.copyOf(expiration, n);
                strike = Arrays.copyOf(strike, n);
                openInterest = Arrays.copyOf(openInterest, n);
                volatility = Arrays.copyOf(volatility, n);
            }
            type[size] = t;
            expiration[size] = e;
            strike[size] = k;
            openInterest[size] = oi;
            volatility[size] = v;
            size++;
        }

        OptionChain.Builder addTo(OptionChain.Builder builder) {
            for (int i = 0; i < size; i++) {
                builder.add(type[i], expiration[i], strike[i], openInterest[i], volatility[i]);
            }
            return builder;
        }
    }
}
