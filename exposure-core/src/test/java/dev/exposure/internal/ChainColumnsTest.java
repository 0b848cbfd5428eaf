package dev.exposure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Checks the kernel layout of {@link ChainColumns}: valid contracts grouped by expiration and ordered by strike
 * within each, equal strikes in add order, while the chain's accessors keep answering in add order.
 */
class ChainColumnsTest {

    private static final Instant AS_OF = Instant.parse("2026-03-02T15:00:00Z");
    private static final LocalDate NEAR = LocalDate.of(2026, 3, 20);
    private static final LocalDate FAR = LocalDate.of(2026, 6, 18);
    private static final long SEED = 0xC011_2026L;

    /** One contract as added. */
    private record Added(OptionType type, LocalDate expiration, double strike, double openInterest, double vol) {
    }

    @Test
    void build_shuffledContracts_rowsOrderedByStrikeAndAccessorsInAddOrder() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Added> contracts = new ArrayList<>();
        for (LocalDate expiration : new LocalDate[] {FAR, NEAR}) {
            for (int j = 0; j < 40; j++) {
                double strike = 80 + j;
                contracts.add(new Added(OptionType.CALL, expiration, strike, j, 0.2 + j * 1e-3));
                contracts.add(new Added(OptionType.PUT, expiration, strike, 100 + j, 0.3 + j * 1e-3));
            }
        }
        contracts.add(new Added(OptionType.CALL, NEAR, Double.NaN, 1, 0.2)); // skipped: bad strike
        contracts.add(new Added(OptionType.PUT, LocalDate.of(2026, 2, 20), 90, 1, 0.2)); // expired
        for (int i = contracts.size() - 1; i > 0; i--) { // Fisher–Yates, seeded
            int j = random.nextInt(i + 1);
            contracts.set(i, contracts.set(j, contracts.get(i)));
        }
        OptionChain.Builder builder = OptionChain.builder("ORD", 100, AS_OF);
        for (Added a : contracts) {
            builder.add(a.type(), a.expiration(), a.strike(), a.openInterest(), a.vol());
        }
        OptionChain chain = builder.build();
        ChainColumns c = ChainColumns.of(chain);

        assertThat(c.rows).isEqualTo(2);
        assertThat(c.rowExpiration).containsExactly(NEAR, FAR);
        assertThat(c.skipped).isEqualTo(1);
        assertThat(c.expired).isEqualTo(1);
        for (int r = 0; r < c.rows; r++) {
            for (int slot = c.rowStart[r] + 1; slot < c.rowStart[r + 1]; slot++) {
                assertThat(c.strike[slot]).as("row " + r + " slot " + slot).isGreaterThanOrEqualTo(c.strike[slot - 1]);
            }
        }
        for (int i = 0; i < contracts.size(); i++) {
            Added a = contracts.get(i);
            assertThat(chain.type(i)).isEqualTo(a.type());
            assertThat(chain.expiration(i)).isEqualTo(a.expiration());
            assertThat(Double.valueOf(chain.strike(i))).isEqualTo(Double.valueOf(a.strike()));
            assertThat(chain.openInterest(i)).isEqualTo(a.openInterest());
            assertThat(chain.impliedVolatility(i)).isEqualTo(a.vol());
        }
    }

    @Test
    void build_equalStrikes_keepAddOrderWithinTheStrike() {
        OptionChain chain = OptionChain.builder("TIE", 100, AS_OF)
                .add(OptionType.PUT, NEAR, 105, 1, 0.21)
                .add(OptionType.CALL, NEAR, 95, 2, 0.22)
                .add(OptionType.CALL, NEAR, 105, 3, 0.23)
                .add(OptionType.PUT, NEAR, 95, 4, 0.24)
                .build();
        ChainColumns c = ChainColumns.of(chain);
        assertThat(c.strike).containsExactly(95, 95, 105, 105);
        assertThat(c.openInterest).containsExactly(2, 4, 1, 3);
        assertThat(c.slotOf).containsExactly(2, 0, 3, 1);
    }

    @Test
    void build_contractsAlreadyByExpirationAndStrike_keepTheIdentityLayout() {
        OptionChain chain = OptionChain.builder("ID", 100, AS_OF)
                .add(OptionType.CALL, NEAR, 95, 1, 0.2)
                .add(OptionType.PUT, NEAR, 95, 1, 0.2)
                .add(OptionType.CALL, NEAR, 105, 1, 0.2)
                .add(OptionType.CALL, FAR, 90, 1, 0.2)
                .build();
        assertThat(ChainColumns.of(chain).slotOf).isNull();
    }
}
