package dev.exposure.internal;

import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import dev.exposure.TimeBasis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A chain laid out for the exposure kernel: contracts classified once (live valid, skipped, expired) and the live
 * valid ones grouped by expiration in ascending order, so that every per-expiry constant is computed once.
 *
 * <p>Slot layout of the contract columns ({@link #strike}, {@link #openInterest}, {@link #volatility},
 * {@link #sign}, {@link #expiryIndex}), each of length {@link #size}:
 * <pre>
 *   [0, rowStart[rows])    live valid contracts, row by row (row = one expiration), by strike within a row
 *                          (equal strikes in add order)
 *   [rowStart[rows], size) skipped and expired contracts, in add order (never read by the kernel)
 * </pre>
 * {@link #slotOf} maps an add-order index to its slot ({@code null} when the mapping is the identity).
 *
 * <p>Instances are immutable by convention: the arrays are never written after construction and never exposed
 * outside this package's callers.
 */
public final class ChainColumns {

    /** Underlying symbol. */
    public final String symbol;
    /** Underlying price S, USD; may be invalid (then the chain has no data). */
    public final double spot;
    /** Valuation instant. */
    public final Instant asOf;
    /** Risk-free rate r, continuous annual. */
    public final double rate;
    /** Dividend yield q, continuous annual. */
    public final double yield;
    /** Contract multiplier M. */
    public final int multiplier;
    /** Number of contracts added, valid or not. */
    public final int size;

    /** Distinct expirations of all contracts, ascending. */
    public final LocalDate[] expirations;
    /** Per slot: index into {@link #expirations}. */
    public final int[] expiryIndex;
    /** Per slot: strike K, USD. */
    public final double[] strike;
    /** Per slot: open interest, contracts. */
    public final double[] openInterest;
    /** Per slot: implied volatility σ, annual fraction. */
    public final double[] volatility;
    /** Per slot: dealer sign, +1 for calls and −1 for puts. */
    public final double[] sign;
    /** Add-order index to slot, or {@code null} for the identity. */
    public final int[] slotOf;

    /** Number of rows: expirations with at least one live valid contract. */
    public final int rows;
    /** Per row: the expiration date. */
    public final LocalDate[] rowExpiration;
    /** Per row: τ in years (> 0). */
    public final double[] rowTau;
    /** Per row: days to expiry. */
    public final int[] rowDte;
    /** Row r holds slots [rowStart[r], rowStart[r + 1]); length rows + 1 (a view may start above 0). */
    public final int[] rowStart;
    /** Per row: index into {@link #expirations}. */
    public final int[] rowExpiry;
    /** Live contracts with bad market data. */
    public final int skipped;
    /** Contracts that expired at or before {@link #asOf} (under the time basis of {@link #timeBasis}). */
    public final int expired;
    /** Per expiration (index into {@link #expirations}): contracts with bad market data, live or not. */
    final int[] invalidPerExpiry;
    /** The time basis of {@link #rowTau}. */
    public final TimeBasis timeBasis;

    private ChainColumns(OptionChainHeader h, int size, LocalDate[] expirations, int[] expiryIndex, double[] strike,
            double[] openInterest, double[] volatility, double[] sign, int[] slotOf, int rows,
            LocalDate[] rowExpiration, double[] rowTau, int[] rowDte, int[] rowStart, int[] rowExpiry, int skipped,
            int expired, int[] invalidPerExpiry, TimeBasis timeBasis) {
        this.symbol = h.symbol;
        this.spot = h.spot;
        this.asOf = h.asOf;
        this.rate = h.rate;
        this.yield = h.yield;
        this.multiplier = h.multiplier;
        this.size = size;
        this.expirations = expirations;
        this.expiryIndex = expiryIndex;
        this.strike = strike;
        this.openInterest = openInterest;
        this.volatility = volatility;
        this.sign = sign;
        this.slotOf = slotOf;
        this.rows = rows;
        this.rowExpiration = rowExpiration;
        this.rowTau = rowTau;
        this.rowDte = rowDte;
        this.rowStart = rowStart;
        this.rowExpiry = rowExpiry;
        this.skipped = skipped;
        this.expired = expired;
        this.invalidPerExpiry = invalidPerExpiry;
        this.timeBasis = timeBasis;
    }

    /**
     * Returns this layout under another time basis: the same contract columns, with each expiration's τ measured
     * by {@code basis}; expirations that basis treats as expired leave the rows and the skipped count.
     *
     * @param basis the time basis
     * @return this layout when {@code basis} is its own, else a view sharing the contract columns
     */
    public ChainColumns under(TimeBasis basis) {
        Checks.notNull(basis, "timeBasis");
        if (basis.equals(timeBasis)) {
            return this;
        }
        int e = expirations.length;
        double[] tau = new double[e];
        for (int x = 0; x < e; x++) {
            tau[x] = basis.yearsToExpiry(asOf, expirations[x]);
        }
        // τ grows with the expiration date under every basis, so the rows that stay live are a suffix
        int first = 0;
        while (first < rows && !(tau[rowExpiry[first]] > 0)) {
            first++;
        }
        int n = rows - first;
        double[] newTau = new double[n];
        for (int r = 0; r < n; r++) {
            newTau[r] = tau[rowExpiry[first + r]];
            assert newTau[r] > 0 : "τ must not decrease with the expiration date";
        }
        int newSkipped = 0;
        int live = rowStart[rows] - rowStart[first];
        for (int x = 0; x < e; x++) {
            if (tau[x] > 0) {
                newSkipped += invalidPerExpiry[x];
            }
        }
        live += newSkipped;
        return new ChainColumns(new OptionChainHeader(symbol, spot, asOf, rate, yield, multiplier), size,
                expirations, expiryIndex, strike, openInterest, volatility, sign, slotOf, n,
                Arrays.copyOfRange(rowExpiration, first, rows), newTau, Arrays.copyOfRange(rowDte, first, rows),
                Arrays.copyOfRange(rowStart, first, rows + 1), Arrays.copyOfRange(rowExpiry, first, rows),
                newSkipped, size - live, invalidPerExpiry, basis);
    }

    /**
     * Returns the skipped contracts (live under this layout's time basis, bad market data) of the expirations that
     * satisfy a predicate.
     *
     * @param selected which expirations count
     * @return the number of skipped contracts among them
     */
    public int skipped(java.util.function.Predicate<LocalDate> selected) {
        int count = 0;
        for (int x = 0; x < expirations.length; x++) {
            if (invalidPerExpiry[x] > 0 && timeBasis.yearsToExpiry(asOf, expirations[x]) > 0
                    && selected.test(expirations[x])) {
                count += invalidPerExpiry[x];
            }
        }
        return count;
    }

    /** Chain-level values shared by every contract. */
    record OptionChainHeader(String symbol, double spot, Instant asOf, double rate, double yield, int multiplier) {
    }

    /**
     * Tells whether the chain has data: a finite positive underlying price and at least one live valid contract.
     *
     * @return {@code true} when exposures can be computed
     */
    public boolean hasData() {
        return Checks.isPositiveFinite(spot) && rows > 0;
    }

    /**
     * Says why the chain has no data.
     *
     * @return a message naming the symbol and the reason, for {@code ExposureError.NO_DATA}
     */
    public String noDataReason() {
        if (!Checks.isPositiveFinite(spot)) {
            return "chain " + symbol + " has no data: underlying price " + spot + " is not finite and positive";
        }
        return "chain " + symbol + " has no data: no live contract with valid market data (" + size
                + " contracts: " + expired + " expired, " + skipped + " skipped for bad market data)";
    }

    /**
     * Returns the slot of the contract added at {@code index}.
     *
     * @param index the add-order index
     * @return the slot in the contract columns
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    public int slot(int index) {
        java.util.Objects.checkIndex(index, size);
        return slotOf == null ? index : slotOf[index];
    }

    /**
     * Returns the columns of any chain: those of a chain made by the builder, or a copy read through the
     * accessors of another implementation.
     *
     * @param chain the chain
     * @return its kernel layout
     * @throws NullPointerException if the chain or one of its accessors returns null
     */
    public static ChainColumns of(OptionChain chain) {
        Checks.notNull(chain, "chain");
        if (chain instanceof ColumnarOptionChain) {
            return ((ColumnarOptionChain) chain).columns();
        }
        String symbol = Checks.notBlank(chain.symbol(), "symbol");
        Instant asOf = Checks.notNull(chain.asOf(), "asOf");
        int n = chain.size();
        Raw raw = new Raw(Math.max(n, 1));
        for (int i = 0; i < n; i++) {
            OptionType type = Checks.notNull(chain.type(i), "type of contract " + i);
            LocalDate expiration = Checks.notNull(chain.expiration(i), "expiration of contract " + i);
            raw.add(type, expiration, chain.strike(i), chain.openInterest(i), chain.impliedVolatility(i));
        }
        OptionChainHeader header = new OptionChainHeader(symbol, chain.underlyingPrice(), asOf,
                Checks.finite(chain.riskFreeRate(), "riskFreeRate"),
                Checks.finite(chain.dividendYield(), "dividendYield"),
                Checks.atLeast(chain.contractMultiplier(), 1, "contractMultiplier"));
        return raw.assemble(header);
    }

    /**
     * Contracts in add order, with expirations interned. Grows by doubling; not thread-safe.
     */
    static final class Raw {
        private final Map<LocalDate, Integer> expiryIds = new HashMap<>();
        private LocalDate[] distinct = new LocalDate[8];
        private LocalDate lastExpiration;
        private int lastId = -1;
        private int n;
        private int[] expiry;
        private double[] strike;
        private double[] openInterest;
        private double[] volatility;
        private double[] sign;

        Raw(int capacity) {
            expiry = new int[capacity];
            strike = new double[capacity];
            openInterest = new double[capacity];
            volatility = new double[capacity];
            sign = new double[capacity];
        }

        void add(OptionType type, LocalDate expiration, double k, double oi, double iv) {
            if (n == strike.length) {
                int capacity = n < (1 << 29) ? n * 2 : Integer.MAX_VALUE - 8;
                if (capacity <= n) {
                    throw new IllegalStateException("too many contracts in one chain: " + n);
                }
                expiry = Arrays.copyOf(expiry, capacity);
                strike = Arrays.copyOf(strike, capacity);
                openInterest = Arrays.copyOf(openInterest, capacity);
                volatility = Arrays.copyOf(volatility, capacity);
                sign = Arrays.copyOf(sign, capacity);
            }
            expiry[n] = intern(expiration);
            strike[n] = k;
            openInterest[n] = oi;
            volatility[n] = iv;
            sign[n] = type.sign();
            n++;
        }

        private int intern(LocalDate expiration) {
            // chains usually arrive grouped by expiration: the last one seen answers most look-ups
            if (expiration.equals(lastExpiration)) {
                return lastId;
            }
            Integer id = expiryIds.get(expiration);
            if (id == null) {
                id = expiryIds.size();
                if (id == distinct.length) {
                    distinct = Arrays.copyOf(distinct, id * 2);
                }
                distinct[id] = expiration;
                expiryIds.put(expiration, id);
            }
            lastExpiration = expiration;
            lastId = id;
            return id;
        }

        /**
         * Classifies and groups the contracts added so far. Leaves this object unchanged.
         */
        ChainColumns assemble(OptionChainHeader h) {
            int e = expiryIds.size();
            // rank the distinct expirations by date so rows come out ascending
            Integer[] order = new Integer[e];
            for (int i = 0; i < e; i++) {
                order[i] = i;
            }
            LocalDate[] firstSeen = distinct;
            Arrays.sort(order, (a, b) -> firstSeen[a].compareTo(firstSeen[b]));
            LocalDate[] sorted = new LocalDate[e];
            int[] rank = new int[e];
            for (int r = 0; r < e; r++) {
                sorted[r] = firstSeen[order[r]];
                rank[order[r]] = r;
            }
            double[] tau = new double[e];
            for (int r = 0; r < e; r++) {
                tau[r] = MarketTime.yearsToExpiry(h.asOf, sorted[r]);
            }

            // classify: count live valid contracts per expiration, skipped and expired overall
            int[] validPerExpiry = new int[e];
            int[] invalidPerExpiry = new int[e];
            int skipped = 0;
            int expired = 0;
            byte[] category = new byte[n];
            for (int i = 0; i < n; i++) {
                int r = rank[expiry[i]];
                boolean valid = Checks.isPositiveFinite(strike[i]) && Checks.isPositiveFinite(volatility[i])
                        && Checks.isNonNegativeFinite(openInterest[i]);
                if (!valid) {
                    invalidPerExpiry[r]++;
                }
                if (!(tau[r] > 0)) {
                    expired++;
                    category[i] = EXPIRED;
                } else if (valid) {
                    validPerExpiry[r]++;
                    category[i] = VALID;
                } else {
                    skipped++;
                    category[i] = SKIPPED;
                }
            }

            int rows = 0;
            for (int r = 0; r < e; r++) {
                if (validPerExpiry[r] > 0) {
                    rows++;
                }
            }
            LocalDate[] rowExpiration = new LocalDate[rows];
            double[] rowTau = new double[rows];
            int[] rowDte = new int[rows];
            int[] rowStart = new int[rows + 1];
            int[] rowExpiry = new int[rows];
            int[] cursor = new int[e];
            int row = 0;
            int start = 0;
            for (int r = 0; r < e; r++) {
                if (validPerExpiry[r] > 0) {
                    rowExpiration[row] = sorted[r];
                    rowTau[row] = tau[r];
                    rowDte[row] = MarketTime.daysToExpiry(h.asOf, sorted[r]);
                    rowStart[row] = start;
                    rowExpiry[row] = r;
                    cursor[r] = start;
                    start += validPerExpiry[r];
                    row++;
                }
            }
            rowStart[rows] = start;

            // the valid contracts' add-order indices, row by row, then ordered by strike within each row (stable:
            // equal strikes keep add order), so that a call and a put of one strike sit side by side whatever
            // order the chain was added in; the kernel then takes one logarithm per strike
            int[] byRow = new int[start];
            for (int i = 0; i < n; i++) {
                if (category[i] == VALID) {
                    byRow[cursor[rank[expiry[i]]]++] = i;
                }
            }
            int[] scratch = null;
            for (int r = 0; r < rows; r++) {
                if (!isOrderedByStrike(byRow, rowStart[r], rowStart[r + 1], strike)) {
                    if (scratch == null) {
                        scratch = new int[start];
                    }
                    sortByStrike(byRow, scratch, rowStart[r], rowStart[r + 1], strike);
                }
            }

            int[] slotOf = new int[n];
            int[] expiryIndex = new int[n];
            double[] k = new double[n];
            double[] oi = new double[n];
            double[] iv = new double[n];
            double[] s = new double[n];
            for (int slot = 0; slot < start; slot++) {
                place(byRow[slot], slot, rank, slotOf, expiryIndex, k, oi, iv, s);
            }
            int tail = start;
            for (int i = 0; i < n; i++) {
                if (category[i] != VALID) {
                    place(i, tail++, rank, slotOf, expiryIndex, k, oi, iv, s);
                }
            }
            boolean identity = true;
            for (int i = 0; i < n && identity; i++) {
                identity = slotOf[i] == i;
            }
            return new ChainColumns(h, n, sorted, expiryIndex, k, oi, iv, s, identity ? null : slotOf, rows,
                    rowExpiration, rowTau, rowDte, rowStart, rowExpiry, skipped, expired, invalidPerExpiry,
                    TimeBasis.calendar());
        }

        /** Copies contract {@code i} (add order) into {@code slot} of the columns. */
        private void place(int i, int slot, int[] rank, int[] slotOf, int[] expiryIndex, double[] k, double[] oi,
                double[] iv, double[] s) {
            slotOf[i] = slot;
            expiryIndex[slot] = rank[expiry[i]];
            k[slot] = strike[i];
            oi[slot] = openInterest[i];
            iv[slot] = volatility[i];
            s[slot] = sign[i];
        }

        /** Tells whether {@code key[a[from]] ≤ … ≤ key[a[to − 1]]}, the usual case for a chain listed by strike. */
        private static boolean isOrderedByStrike(int[] a, int from, int to, double[] key) {
            for (int i = from + 1; i < to; i++) {
                if (key[a[i - 1]] > key[a[i]]) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Sorts {@code a[from, to)} by {@code key[a[i]]}, stably (merge sort: equal keys keep their order).
         * {@code scratch} is at least as long as {@code to}.
         */
        private static void sortByStrike(int[] a, int[] scratch, int from, int to, double[] key) {
            if (to - from < 2) {
                return;
            }
            int mid = (from + to) >>> 1;
            sortByStrike(a, scratch, from, mid, key);
            sortByStrike(a, scratch, mid, to, key);
            if (key[a[mid - 1]] <= key[a[mid]]) {
                return; // the halves are already in order
            }
            System.arraycopy(a, from, scratch, from, to - from);
            int i = from;
            int j = mid;
            int out = from;
            while (i < mid && j < to) {
                // strictly smaller from the right half only: ties take the left (earlier) element first
                a[out++] = key[scratch[j]] < key[scratch[i]] ? scratch[j++] : scratch[i++];
            }
            while (i < mid) {
                a[out++] = scratch[i++];
            }
            while (j < to) {
                a[out++] = scratch[j++];
            }
        }

        private static final byte VALID = 0;
        private static final byte SKIPPED = 1;
        private static final byte EXPIRED = 2;
    }
}
