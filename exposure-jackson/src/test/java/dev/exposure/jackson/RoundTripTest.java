package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.BasketResult;
import dev.exposure.BucketExposure;
import dev.exposure.Constituent;
import dev.exposure.ExpiryExposure;
import dev.exposure.Exposure;
import dev.exposure.ExposureError;
import dev.exposure.ExposureException;
import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import dev.exposure.Regime;
import dev.exposure.TermStructure;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Write, read back, compare: randomized values from seeded generators, with the extreme doubles mixed in. Every
 * failure names its seed; rerun that seed alone to reproduce it.
 */
class RoundTripTest {

    /** Doubles that stress the number format; all finite. */
    private static final double[] EXTREMES = {
        1e-300, 1.7e308, Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, -0.0, 0.0, 0.1 + 0.2, 0x1p53 + 2,
        0x1p60, 1e23, 2e23, 5.684341886080802e-14, 1.64e9, 1.0e-7, -1e-300, -Double.MAX_VALUE, 1.0, 100.0,
    };

    /** A mapper with the module and the strict read limits, and one found by service lookup without limits. */
    private static final ObjectMapper STRICT = ExposureJson.newMapper();
    private static final ObjectMapper DISCOVERED = new ObjectMapper().findAndRegisterModules();

    static LongStream seeds() {
        return LongStream.range(0, 40).map(i -> 20260529L * 31 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void termStructure_writeThenRead_isEqual(long seed) throws IOException {
        TermStructure ts = randomTermStructure(new SplittableRandom(seed));
        for (ObjectMapper mapper : List.of(STRICT, DISCOVERED)) {
            String json = mapper.writeValueAsString(ts);
            assertNoExponent(json, seed);
            assertThat(mapper.readValue(json, TermStructure.class)).as("seed %d: %s", seed, json).isEqualTo(ts);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void basket_writeThenRead_isEqual(long seed) throws IOException {
        BasketResult r = randomBasket(new SplittableRandom(seed));
        for (ObjectMapper mapper : List.of(STRICT, DISCOVERED)) {
            String json = mapper.writeValueAsString(r);
            assertNoExponent(json, seed);
            assertThat(mapper.readValue(json, BasketResult.class)).as("seed %d: %s", seed, json).isEqualTo(r);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void error_writeThenRead_keepsCodeMessageAndMissingSymbols(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        ExposureError error = ExposureError.values()[random.nextInt(ExposureError.values().length)];
        List<String> missing = error == ExposureError.NO_DATA ? symbols(random, random.nextInt(4)) : List.of();
        String message = randomText(random);
        ExposureException e = new ExposureException(error, message, missing);
        String json = STRICT.writeValueAsString(e);
        ExposureException back = STRICT.readValue(json, ExposureException.class);
        assertThat(back.error()).as("seed %d", seed).isEqualTo(error);
        assertThat(back.getMessage()).as("seed %d", seed).isEqualTo(message);
        assertThat(back.missingSymbols()).as("seed %d", seed).isEqualTo(missing);
        assertThat(STRICT.readTree(json).get("status").intValue()).isEqualTo(error.httpStatus());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void chain_writeThenRead_hasTheSameContracts(long seed) throws IOException {
        OptionChain chain = randomChain(new SplittableRandom(seed));
        for (ObjectMapper mapper : List.of(STRICT, DISCOVERED)) {
            String json = mapper.writeValueAsString(chain);
            assertNoExponent(json, seed);
            Fixtures.assertSameChain(mapper.readValue(json, OptionChain.class), chain, "seed " + seed + " JSON");
        }
        List<OptionChain> csv = ChainCsv.read(new StringReader(ChainCsv.toCsv(List.of(chain))), "seed " + seed);
        assertThat(csv).as("seed %d", seed).hasSize(1);
        Fixtures.assertSameChain(csv.get(0), chain, "seed " + seed + " CSV");
    }

    /** Scans the token stream: no number token may carry an exponent. */
    static void assertNoExponent(String json, long seed) throws IOException {
        try (JsonParser p = DISCOVERED.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    assertThat(p.getText()).as("seed %d, number token at %s", seed, p.currentTokenLocation())
                            .doesNotContain("e", "E");
                }
            }
        }
    }

    // ---- generators --------------------------------------------------------------------------------------------

    /** Any finite double: an extreme, a random bit pattern, or a market-sized value. */
    static double anyDouble(SplittableRandom r) {
        switch (r.nextInt(4)) {
            case 0:
                return EXTREMES[r.nextInt(EXTREMES.length)];
            case 1: {
                double x;
                do {
                    x = Double.longBitsToDouble(r.nextLong());
                } while (!Double.isFinite(x));
                return x;
            }
            case 2:
                return (r.nextDouble() - 0.5) * 2e10;
            default:
                return r.nextInt(-1_000_000, 1_000_000);
        }
    }

    /** A finite double in [lo, hi], extremes included when they fall in range. */
    static double doubleIn(SplittableRandom r, double lo, double hi) {
        for (int attempt = 0; attempt < 8; attempt++) {
            double x = r.nextBoolean() ? EXTREMES[r.nextInt(EXTREMES.length)] : lo + (hi - lo) * r.nextDouble();
            if (x >= lo && x <= hi) {
                return x;
            }
        }
        return lo;
    }

    static double positive(SplittableRandom r) {
        double x = Math.abs(anyDouble(r));
        return x > 0 ? x : 597.5;
    }

    static Exposure exposure(SplittableRandom r) {
        return new Exposure(anyDouble(r), anyDouble(r), anyDouble(r), anyDouble(r));
    }

    static Instant instant(SplittableRandom r) {
        long seconds = r.nextLong(0, 4_102_444_800L); // 1970 to 2100
        return r.nextBoolean() ? Instant.ofEpochSecond(seconds)
                : Instant.ofEpochSecond(seconds, r.nextInt(1_000_000_000));
    }

    static TermStructure randomTermStructure(SplittableRandom r) {
        String[] names = {"0-7d", "8-30d", "31-60d", "61-180d", "180d+"};
        int[] min = {0, 8, 31, 61, 181};
        int[] max = {7, 30, 60, 180, Integer.MAX_VALUE};
        List<BucketExposure> buckets = new ArrayList<>();
        for (int b = 0; b < names.length; b++) {
            if (r.nextInt(4) != 0) {
                buckets.add(new BucketExposure(names[b], min[b], max[b], exposure(r), r.nextInt(0, 100_000)));
            }
        }
        List<ExpiryExposure> expiries = new ArrayList<>();
        LocalDate d = LocalDate.of(2026, 5, 29);
        int rows = r.nextInt(0, 40);
        for (int i = 0; i < rows; i++) {
            d = d.plusDays(r.nextInt(1, 60));
            boolean opex = r.nextBoolean();
            expiries.add(new ExpiryExposure(d, r.nextInt(0, 5000), opex, opex && r.nextBoolean(), exposure(r),
                    doubleIn(r, 0, 100)));
        }
        return new TermStructure(symbols(r, 1).get(0), positive(r), instant(r), buckets, expiries,
                r.nextInt(0, 1000));
    }

    static BasketResult randomBasket(SplittableRandom r) {
        int n = r.nextInt(0, 8);
        List<Constituent> constituents = new ArrayList<>();
        for (String s : symbols(r, n)) {
            Exposure x = exposure(r);
            constituents.add(new Constituent(s, doubleIn(r, 0, 1), positive(r), x, doubleIn(r, 0, 100),
                    Regime.of(x.netGex())));
        }
        return new BasketResult(instant(r), n, symbols(r, r.nextInt(0, 4)), exposure(r), constituents);
    }

    static OptionChain randomChain(SplittableRandom r) {
        OptionChain.Builder b = OptionChain.builder(symbols(r, 1).get(0), anyDouble(r), instant(r))
                .riskFreeRate(anyDouble(r)).dividendYield(anyDouble(r)).contractMultiplier(r.nextInt(1, 1000));
        int n = r.nextInt(0, 60);
        for (int i = 0; i < n; i++) {
            b.add(r.nextBoolean() ? OptionType.CALL : OptionType.PUT, LocalDate.of(2026, 5, 29)
                    .plusDays(r.nextInt(-10, 1000)), anyDouble(r), anyDouble(r), anyDouble(r));
        }
        return b.build();
    }

    static List<String> symbols(SplittableRandom r, int n) {
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(1, 6);
            for (int i = 0; i < len; i++) {
                sb.append((char) ('A' + r.nextInt(26)));
            }
            if (!out.contains(sb.toString())) {
                out.add(sb.toString());
            }
        }
        return out;
    }

    static String randomText(SplittableRandom r) {
        String alphabet = "abc XYZ,;:\"\\/\t\n\u00e9\u20ac\u2603{}[]0123456789";
        StringBuilder sb = new StringBuilder();
        int len = r.nextInt(1, 80);
        for (int i = 0; i < len; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
