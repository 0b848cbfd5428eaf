package dev.exposure.jackson;

import dev.exposure.BasketResult;
import dev.exposure.BucketExposure;
import dev.exposure.Constituent;
import dev.exposure.ExpiryExposure;
import dev.exposure.Exposure;
import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import dev.exposure.Regime;
import dev.exposure.TermStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Hand-built values behind the golden files, and resource loading. */
final class Fixtures {

    static final Instant AS_OF = Instant.parse("2026-05-29T15:30:00Z");

    private Fixtures() {
    }

    /** The term structure of golden-term-structure.json. */
    static TermStructure termStructure() {
        return new TermStructure("SPY", 597.5, AS_OF,
                List.of(new BucketExposure("0-7d", 0, 7, new Exposure(9.2e8, -1.2e8, 8.5e7, 3.8e8), 412),
                        new BucketExposure("180d+", 181, Integer.MAX_VALUE,
                                new Exposure(0.1 + 0.2, 0.0, 1.0e-7, 1.5e20), 3)),
                List.of(new ExpiryExposure(LocalDate.of(2026, 5, 29), 0, false, false,
                                new Exposure(3.2e8, -5.0e7, 2.5e7, 1.8e8), 10.91),
                        new ExpiryExposure(LocalDate.of(2026, 6, 18), 20, true, true,
                                new Exposure(9.8e8, -1.6e8, 4.2e8, 2.6e8), 33.42),
                        new ExpiryExposure(LocalDate.of(2027, 1, 15), 231, true, false,
                                new Exposure(-123456.789, 0.001, 0.0, 2.5), 55.67)),
                7);
    }

    /** The basket result of golden-basket.json. */
    static BasketResult basket() {
        return new BasketResult(AS_OF, 2, List.of("XYZ", "QQQQ"),
                new Exposure(1.22e8, -8.4e7, 2.2e8, 1.58e8),
                List.of(new Constituent("AAPL", 0.4, 210.45, new Exposure(9.2e8, -1.2e8, 3.4e8, 2.6e8), 59.93,
                                Regime.POSITIVE_GAMMA),
                        new Constituent("MSFT", 0.6, 432.8, new Exposure(-4.1e8, -6.0e7, 1.4e8, 9.0e7), 40.07,
                                Regime.NEGATIVE_GAMMA)));
    }

    /** The chain of golden-chain.json. */
    static OptionChain chain() {
        return OptionChain.builder("SPY", 597.5, AS_OF).riskFreeRate(0.043).dividendYield(0.0125)
                .add(OptionType.CALL, LocalDate.of(2026, 6, 18), 600, 15000, 0.1432)
                .add(OptionType.PUT, LocalDate.of(2026, 6, 18), 590, 22500.5, 0.1518)
                .add(OptionType.PUT, LocalDate.of(2026, 5, 29), 597.5, 0, 1.0e-7)
                .build();
    }

    /**
     * Reads a test resource of this package as UTF-8 text.
     *
     * @param name the file name
     * @return its content
     */
    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts two chains hold the same header and contracts, bit for bit. */
    static void assertSameChain(OptionChain actual, OptionChain expected, String context) {
        org.assertj.core.api.Assertions.assertThat(describe(actual)).as(context).isEqualTo(describe(expected));
    }

    /** A full textual description of a chain, with doubles as their exact bits. */
    static String describe(OptionChain c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.symbol()).append('|').append(bits(c.underlyingPrice())).append('|').append(c.asOf())
                .append('|').append(bits(c.riskFreeRate())).append('|').append(bits(c.dividendYield()))
                .append('|').append(c.contractMultiplier()).append('|').append(c.size()).append('\n');
        for (int i = 0; i < c.size(); i++) {
            sb.append(c.type(i)).append('|').append(c.expiration(i)).append('|').append(bits(c.strike(i)))
                    .append('|').append(bits(c.openInterest(i))).append('|').append(bits(c.impliedVolatility(i)))
                    .append('\n');
        }
        return sb.toString();
    }

    private static String bits(double x) {
        return x + "/" + Long.toHexString(Double.doubleToRawLongBits(x));
    }
}
