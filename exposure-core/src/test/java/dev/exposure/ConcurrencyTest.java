package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One shared {@link BasketAggregator} and {@link TermStructureBuilder}, used by 8 threads, give the single-threaded
 * results.
 */
class ConcurrencyTest {

    @Test
    void sharedInstances_eightThreads_giveSingleThreadedResults() throws Exception {
        SplittableRandom random = new SplittableRandom(8_8_8);
        List<OptionChain> chains = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            chains.add(RandomChains.chain(random, "C" + i, random.nextInt(5, 60), false));
        }
        MarketDataStore store = MarketDataStore.of(chains);
        ExecutorService inner = Executors.newFixedThreadPool(2);
        BasketAggregator aggregator = new BasketAggregator(store, inner);
        TermStructureBuilder builder = new TermStructureBuilder();
        String[] requests = new String[50];
        for (int i = 0; i < requests.length; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < 1 + i % 12; k++) {
                s.append("C").append(random.nextInt(0, 25)).append(',');
            }
            requests[i] = s.toString();
        }
        List<Object> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            expected.add(call(aggregator, builder, chains, requests, i));
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Object>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t * 125;
                Callable<List<Object>> task = () -> {
                    start.await();
                    List<Object> out = new ArrayList<>();
                    for (int k = 0; k < 1000; k++) {
                        out.add(call(aggregator, builder, chains, requests, (k + offset) % 1000));
                    }
                    return out;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (int t = 0; t < 8; t++) {
                List<Object> got = futures.get(t).get();
                for (int k = 0; k < 1000; k++) {
                    assertThat(got.get(k)).as("thread %d call %d", t, k).isEqualTo(expected.get((k + t * 125) % 1000));
                }
            }
        } finally {
            pool.shutdownNow();
            inner.shutdownNow();
        }
    }

    /** Call i: a basket for even i, a term structure for odd i; an exception's code stands for its outcome. */
    private static Object call(BasketAggregator aggregator, TermStructureBuilder builder, List<OptionChain> chains,
            String[] requests, int i) {
        try {
            if (i % 2 == 0) {
                return aggregator.aggregate(requests[i % requests.length], null);
            }
            return builder.build(chains.get(i % chains.size()));
        } catch (ExposureException e) {
            return e.error() + " " + e.missingSymbols();
        }
    }
}
