package dev.exposure;

import dev.exposure.internal.ChainColumns;
import dev.exposure.internal.Checks;
import dev.exposure.internal.CompensatedSum;
import dev.exposure.internal.ExposureKernel;
import dev.exposure.internal.Shares;
import dev.exposure.internal.Weights;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Aggregates dealer exposure across a weighted basket of symbols.
 *
 * <p>For each requested symbol the chain is looked up in the {@link MarketDataStore}; a symbol that is absent, or
 * whose chain has no data, is reported in {@link BasketResult#missingSymbols()}. The weights of the surviving
 * symbols are renormalised to sum to 1 (a zero-weight survivor stays, with weight 0). Then:
 * <ul>
 *   <li>each constituent's {@code exposure} is its own chain total, unweighted;</li>
 *   <li>{@code aggregate} = Σ wᵢ·exposureᵢ per greek;</li>
 *   <li>{@code contributionPct} = 100·|wᵢ·gexᵢ| / Σⱼ|wⱼ·gexⱼ|, or 0 for all when that sum is 0;</li>
 *   <li>{@code regime} is positive gamma when the constituent's own net GEX ≥ 0;</li>
 *   <li>{@code asOf} is the earliest as-of among the constituents.</li>
 * </ul>
 * Constituents keep request order. Units and signs are those of {@link Exposure}.
 *
 * <p>With an {@link Executor}, constituents are computed concurrently; the result is identical to the sequential
 * one. Immutable and safe to share between threads (as long as the store is).
 */
public final class BasketAggregator {

    private final MarketDataStore store;
    private final Conventions conventions;
    private final Executor executor;

    /**
     * Creates an aggregator with the default conventions that computes constituents one after another on the
     * calling thread.
     *
     * @param store where chains are looked up
     * @throws NullPointerException if {@code store} is null
     */
    public BasketAggregator(MarketDataStore store) {
        this(store, Conventions.defaults());
    }

    /**
     * Creates an aggregator with the default conventions that computes constituents concurrently on an executor.
     *
     * @param store where chains are looked up
     * @param executor runs one task per requested symbol
     * @throws NullPointerException if {@code store} or {@code executor} is null
     */
    public BasketAggregator(MarketDataStore store, Executor executor) {
        this(store, Conventions.defaults(), executor);
    }

    /**
     * Creates an aggregator with the given conventions (time basis and GEX unit of every constituent) that computes
     * constituents one after another on the calling thread.
     *
     * @param store where chains are looked up
     * @param conventions the conventions
     * @throws NullPointerException if an argument is null
     */
    public BasketAggregator(MarketDataStore store, Conventions conventions) {
        this.store = Checks.notNull(store, "store");
        this.conventions = Checks.notNull(conventions, "conventions");
        this.executor = null;
    }

    /**
     * Creates an aggregator with the given conventions that computes constituents concurrently on an executor.
     *
     * @param store where chains are looked up
     * @param conventions the conventions
     * @param executor runs one task per requested symbol
     * @throws NullPointerException if an argument is null
     */
    public BasketAggregator(MarketDataStore store, Conventions conventions, Executor executor) {
        this.store = Checks.notNull(store, "store");
        this.conventions = Checks.notNull(conventions, "conventions");
        this.executor = Checks.notNull(executor, "executor");
    }

    /**
     * Parses a request and aggregates it: {@code aggregate(BasketRequest.parse(symbols, weights))}.
     *
     * @param symbols comma-separated symbols
     * @param weights comma-separated weights, or null/blank for equal weights
     * @return the basket result
     * @throws ExposureException for an invalid request (see {@link BasketRequest}) or
     *     {@link ExposureError#NO_DATA} when no symbol with positive weight has data
     */
    public BasketResult aggregate(String symbols, String weights) {
        return aggregate(BasketRequest.parse(symbols, weights));
    }

    /**
     * Aggregates a basket.
     *
     * @param request the symbols and their weights
     * @return the weighted aggregate, the constituents and the missing symbols
     * @throws NullPointerException if {@code request} is null, or the store answers null
     * @throws ExposureException with {@link ExposureError#NO_DATA}, listing the missing symbols, when no
     *     requested symbol has data or the surviving weights sum to 0
     * @throws IllegalArgumentException if an exposure exceeds the double range
     */
    public BasketResult aggregate(BasketRequest request) {
        Checks.notNull(request, "request");
        List<String> symbols = request.symbols();
        Evaluation[] evaluations = evaluateAll(symbols);

        List<String> missing = new ArrayList<>();
        int survivors = 0;
        for (int i = 0; i < evaluations.length; i++) {
            if (evaluations[i] == null) {
                missing.add(symbols.get(i));
            } else {
                survivors++;
            }
        }
        if (survivors == 0) {
            throw new ExposureException(ExposureError.NO_DATA,
                    "no data for any requested symbol: " + String.join(",", missing), missing);
        }
        double[] raw = new double[survivors];
        Evaluation[] alive = new Evaluation[survivors];
        for (int i = 0, k = 0; i < evaluations.length; i++) {
            if (evaluations[i] != null) {
                raw[k] = request.weights().get(i);
                alive[k++] = evaluations[i];
            }
        }
        double[] weights = Weights.normalise(raw);
        if (weights == null) {
            throw new ExposureException(ExposureError.NO_DATA,
                    "every symbol with data has weight 0; missing: " + String.join(",", missing), missing);
        }

        double[] weightedGex = new double[survivors];
        CompensatedSum g = new CompensatedSum();
        CompensatedSum d = new CompensatedSum();
        CompensatedSum v = new CompensatedSum();
        CompensatedSum ch = new CompensatedSum();
        Instant asOf = alive[0].asOf;
        for (int k = 0; k < survivors; k++) {
            Exposure x = alive[k].exposure;
            double w = weights[k];
            weightedGex[k] = w * x.netGex();
            g.add(weightedGex[k]);
            d.add(w * x.netDex());
            v.add(w * x.netVex());
            ch.add(w * x.netChex());
            if (alive[k].asOf.isBefore(asOf)) {
                asOf = alive[k].asOf;
            }
        }
        double[] pct = Shares.percentOfAbsoluteTotal(weightedGex);
        List<Constituent> constituents = new ArrayList<>(survivors);
        for (int k = 0; k < survivors; k++) {
            Evaluation e = alive[k];
            constituents.add(new Constituent(e.symbol, weights[k], e.spot, e.exposure, pct[k],
                    Regime.of(e.exposure.netGex())));
        }
        Exposure aggregate = new Exposure(g.value(), d.value(), v.value(), ch.value());
        return new BasketResult(asOf, survivors, missing, aggregate, constituents);
    }

    /** A symbol with data: its chain totals. */
    private static final class Evaluation {
        final String symbol;
        final double spot;
        final Instant asOf;
        final Exposure exposure;

        Evaluation(String symbol, double spot, Instant asOf, Exposure exposure) {
            this.symbol = symbol;
            this.spot = spot;
            this.asOf = asOf;
            this.exposure = exposure;
        }
    }

    private Evaluation[] evaluateAll(List<String> symbols) {
        Evaluation[] out = new Evaluation[symbols.size()];
        if (executor == null || symbols.size() == 1) {
            for (int i = 0; i < out.length; i++) {
                out[i] = evaluate(symbols.get(i));
            }
            return out;
        }
        List<CompletableFuture<Evaluation>> futures = new ArrayList<>(symbols.size());
        for (String symbol : symbols) {
            futures.add(CompletableFuture.supplyAsync(() -> evaluate(symbol), executor));
        }
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = futures.get(i).join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                if (cause instanceof Error) {
                    throw (Error) cause;
                }
                throw e;
            }
        }
        return out;
    }

    /** Returns the symbol's totals, or null when the store has no chain for it or the chain has no data. */
    private Evaluation evaluate(String symbol) {
        Optional<OptionChain> found = store.chain(symbol);
        if (found == null) {
            throw new NullPointerException("the market data store answered null for " + symbol);
        }
        if (found.isEmpty()) {
            return null;
        }
        ChainColumns c = ChainColumns.of(found.get()).under(conventions.timeBasis());
        if (!c.hasData()) {
            return null;
        }
        return new Evaluation(symbol, c.spot, c.asOf, ExposureKernel.compute(c, conventions.gexUnit()).total());
    }

    @Override
    public String toString() {
        return "BasketAggregator[" + store + ", " + conventions + (executor == null ? "" : ", concurrent") + "]";
    }
}
