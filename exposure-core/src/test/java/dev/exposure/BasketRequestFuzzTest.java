package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of {@link BasketRequest#parse} and {@link BasketRequest#of} against {@link ReferenceBasketParser}:
 * up to 120 symbol tokens (so often more than 50 distinct), long tokens, blanks of every kind (U+2003, U+3000,
 * zero-width, controls), letters whose upper case is longer, weights valid and not. Each case must give exactly
 * the reference's outcome: the same {@link ExposureError}, or the same symbols and weights (finite, in [0, 1],
 * summing to 1); nothing else may be thrown except the documented {@link NullPointerException} for a null symbol
 * element. Cases per target: {@code -Dexposure.fuzz.cases} (default 10 000, a few seconds); master seed:
 * {@code -Dexposure.fuzz.seed}. A failure names the case's own seed and input.
 */
class BasketRequestFuzzTest {

    private static final long MASTER_SEED = 0xBA5CE7_F022L;

    /** Weight agreement with the exact reference: a few ulps relative, and nothing for weights below 1e-300. */
    private static final double REL = 1e-15;
    private static final double ABS = 1e-300;

    private static final String[] WEIGHTS = {"0", "1", "2", "0.5", ".5", "5.", "+2", "1e308", "1E-320", "1e-400",
        "1e400", "-1", "-0", "NaN", "Infinity", "0x1p3", "1d", "", "1e", "e5", "+", ".", "1.5e+3", "00012",
        "\u0661", "1,5", "1 5", "3e-5", "12345678901234567890", "4.9e-324", "1.7976931348623157e308"};

    /** A symbol token: short and often repeated, sometimes long, odd, blank or padded. */
    private static String symbolToken(SplittableRandom random) {
        String core;
        switch (random.nextInt(10)) {
            case 0:
                core = "";
                break;
            case 1:
                // now and then a long token
                core = random.nextInt(8) == 0 ? "X".repeat(random.nextInt(100, 3000)) + random.nextInt(3) : "QQQ";
                break;
            case 2:
                core = Fuzz.ODD[random.nextInt(Fuzz.ODD.length)] + (char) ('a' + random.nextInt(3));
                break;
            case 3:
                core = "s" + random.nextInt(200); // many distinct symbols
                break;
            case 4:
                core = "brk.b x";
                break;
            default:
                core = (random.nextBoolean() ? "s" : "S") + random.nextInt(40);
                break;
        }
        return Fuzz.blanks(random) + core + Fuzz.blanks(random);
    }

    private static String weightToken(SplittableRandom random) {
        String w = random.nextInt(3) == 0 ? Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(-5, 5)))
                : WEIGHTS[random.nextInt(WEIGHTS.length)];
        if (random.nextInt(50) == 0) {
            w = "1." + "0".repeat(random.nextInt(1, 3000));
        }
        return Fuzz.blanks(random) + w + Fuzz.blanks(random);
    }

    /** One random request: symbol tokens, and weight tokens near their count (null: no weights). */
    private record Request(List<String> symbols, List<String> weights) {
        static Request random(SplittableRandom random) {
            int n = random.nextInt(8) == 0 ? random.nextInt(0, 3) : random.nextInt(1, 121);
            List<String> symbols = new ArrayList<>();
            int nonEmpty = 0;
            for (int i = 0; i < n; i++) {
                String t = symbolToken(random);
                symbols.add(t);
                if (!ReferenceBasketParser.strip(t).isEmpty()) {
                    nonEmpty++;
                }
            }
            if (random.nextInt(5) == 0) {
                return new Request(symbols, null);
            }
            int m = random.nextInt(6) == 0 ? Math.max(0, nonEmpty + random.nextInt(-1, 2)) : nonEmpty;
            List<String> weights = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                weights.add(random.nextInt(4) == 0 ? weightToken(random) : Integer.toString(random.nextInt(0, 9)));
            }
            return new Request(symbols, weights);
        }
    }

    @Test
    void parse_randomRequests_matchTheReferenceOrGiveItsError() {
        long master = Fuzz.masterSeed(MASTER_SEED);
        SplittableRandom seeds = new SplittableRandom(master);
        int cases = Fuzz.cases(10_000);
        for (int i = 0; i < cases; i++) {
            long seed = seeds.nextLong();
            SplittableRandom random = new SplittableRandom(seed);
            Request q = Request.random(random);
            String symbols = random.nextInt(200) == 0 ? null : String.join(",", q.symbols());
            String weights = q.weights() == null ? (random.nextBoolean() ? null : Fuzz.blanks(random))
                    : String.join(",", q.weights());
            int n = i;
            Supplier<String> what = () -> "case " + n + ", seed " + seed + ": parse(" + Fuzz.escape(symbols) + ", "
                    + Fuzz.escape(weights) + ")";
            ReferenceBasketParser.Outcome expected = ReferenceBasketParser.parse(symbols, weights);
            BasketRequest actual;
            try {
                actual = BasketRequest.parse(symbols, weights);
            } catch (ExposureException e) {
                assertThat(e.error()).as(() -> what.get() + ": " + e.getMessage()).isEqualTo(expected.error());
                assertThat(e.getMessage()).as(what).isNotBlank();
                continue;
            } catch (RuntimeException | Error e) {
                throw new AssertionError(what.get() + ": undocumented " + e, e);
            }
            assertSame(what, actual, expected);
        }
    }

    @Test
    void of_randomLists_matchTheReferenceOrGiveItsError() {
        long master = Fuzz.masterSeed(MASTER_SEED + 1);
        SplittableRandom seeds = new SplittableRandom(master);
        int cases = Fuzz.cases(10_000);
        for (int i = 0; i < cases; i++) {
            long seed = seeds.nextLong();
            SplittableRandom random = new SplittableRandom(seed);
            Request q = Request.random(random);
            List<String> symbols = new ArrayList<>();
            for (int k = 0; k < q.symbols().size(); k++) {
                // some elements hold several comma-separated symbols, as the list form allows
                if (k > 0 && random.nextInt(4) == 0) {
                    int last = symbols.size() - 1;
                    symbols.set(last, symbols.get(last) + "," + q.symbols().get(k));
                } else {
                    symbols.add(q.symbols().get(k));
                }
            }
            boolean nullElement = random.nextInt(100) == 0;
            if (nullElement) {
                symbols.add(random.nextInt(symbols.size() + 1), null);
            }
            List<Double> weights = null;
            if (q.weights() != null) {
                weights = new ArrayList<>();
                for (String w : q.weights()) {
                    weights.add(listWeight(random, w));
                }
            }
            int n = i;
            List<Double> w = weights;
            Supplier<String> what = () -> "case " + n + ", seed " + seed + ": of("
                    + symbols.stream().map(Fuzz::escape).toList() + ", " + w + ")";
            ReferenceBasketParser.Outcome expected = nullElement ? null : ReferenceBasketParser.of(symbols, weights);
            BasketRequest actual;
            try {
                actual = BasketRequest.of(symbols, weights);
            } catch (NullPointerException e) {
                assertThat(nullElement).as(() -> what.get() + ": " + e).isTrue();
                assertThat(e.getMessage()).as(what).startsWith("symbols[");
                continue;
            } catch (ExposureException e) {
                if (nullElement) {
                    // the 51st distinct symbol may come before the null element
                    assertThat(e.error()).as(() -> what.get() + ": " + e.getMessage())
                            .isEqualTo(ExposureError.TOO_MANY_SYMBOLS);
                } else {
                    assertThat(e.error()).as(() -> what.get() + ": " + e.getMessage()).isEqualTo(expected.error());
                }
                continue;
            } catch (RuntimeException | Error e) {
                throw new AssertionError(what.get() + ": undocumented " + e, e);
            }
            assertThat(nullElement).as(() -> what.get() + ": a null element was accepted").isFalse();
            assertSame(what, actual, expected);
        }
    }

    /** A list weight: the token's value when it is a number, else an edge value (NaN, ±∞, −0, negative, null). */
    private static Double listWeight(SplittableRandom random, String token) {
        try {
            return Double.valueOf(Double.parseDouble(token.strip()));
        } catch (NumberFormatException e) {
            Double[] edge = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, -1.0, null,
                Double.MIN_VALUE, Double.MAX_VALUE, 0.0};
            return edge[random.nextInt(edge.length)];
        }
    }

    private static void assertSame(Supplier<String> what, BasketRequest actual,
            ReferenceBasketParser.Outcome expected) {
        assertThat(expected.error()).as(() -> what.get() + ": expected " + expected.error() + " but got "
                + actual.symbols()).isNull();
        assertThat(actual.symbols()).as(what).isEqualTo(expected.symbols()).hasSizeBetween(1, 50);
        for (String s : actual.symbols()) {
            // each symbol is non-empty, upper case, stripped
            assertThat(!s.isEmpty() && s.equals(s.toUpperCase(Locale.ROOT)) && s.equals(ReferenceBasketParser.strip(s)))
                    .as(() -> what.get() + ": symbol " + Fuzz.escape(s)).isTrue();
        }
        assertThat(actual.weights()).as(what).hasSameSizeAs(actual.symbols());
        double sum = 0;
        for (int k = 0; k < actual.weights().size(); k++) {
            double w = actual.weights().get(k);
            double e = expected.weights().get(k);
            int index = k;
            assertThat(w).as(() -> what.get() + ": weight " + index).isBetween(0.0, 1.0)
                    .isCloseTo(e, within(REL * e + ABS));
            sum += w;
        }
        assertThat(sum).as(() -> what.get() + ": Σ weights").isCloseTo(1.0, within(1e-13));
    }
}
