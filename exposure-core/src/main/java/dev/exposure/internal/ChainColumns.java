package dev.exposure.internal;

import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import dev.exposure.TimeBasis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

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
     * @throws IllegalArgumentException naming the field if the chain breaks a rule of the builder (blank symbol,
     *     as-of instant or expiration outside the supported range, non-finite rate, multiplier below 1)
     */
    public static ChainColumns of(OptionChain chain) {
        Checks.notNull(chain, "chain");
        if (chain instanceof ColumnarOptionChain) {
            return ((ColumnarOptionChain) chain).columns();
        }
        String symbol = Symbols.require(chain.symbol(), "symbol");
        Instant asOf = Checks.supported(chain.asOf(), "asOf");
        int n = chain.size();
        Raw raw = new Raw(Math.max(n, 1), true);
        for (int i = 0; i < n; i++) {
            OptionType type = chain.type(i);
            LocalDate expiration = chain.expiration(i);
            if (type == null || expiration == null) { // the messages name the contract, built only on failure
                Checks.notNull(type, "type of contract " + i);
                Checks.notNull(expiration, "expiration of contract " + i);
            }
            raw.add(type, expiration, chain.strike(i), chain.openInterest(i), chain.impliedVolatility(i));
        }
        OptionChainHeader header = new OptionChainHeader(symbol, chain.underlyingPrice(), asOf,
                Checks.finite(chain.riskFreeRate(), "riskFreeRate"),
                Checks.finite(chain.dividendYield(), "dividendYield"),
                Checks.atLeast(chain.contractMultiplier(), 1, "contractMultiplier"));
        return raw.assemble(header);
    }

    /**
     * Lays out contracts given as primitive columns, element i of each array being contract i (add order); the
     * arrays are read, never kept. The result is the layout {@link Raw} gives for the same contracts added in the
     * same order (same slots, same values).
     *
     * @param h the chain-level values, checked
     * @param calls per contract: true for a call, false for a put
     * @param expirationEpochDays per contract: the expiration date as days since 1970-01-01
     * @param strikes per contract: strike
     * @param openInterest per contract: open interest
     * @param impliedVolatility per contract: σ
     * @return the layout
     * @throws NullPointerException naming the array if one is null
     * @throws IllegalArgumentException naming the array whose length differs from that of {@code calls}
     */
    static ChainColumns fromColumns(OptionChainHeader h, boolean[] calls, int[] expirationEpochDays,
            double[] strikes, double[] openInterest, double[] impliedVolatility) {
        Checks.notNull(calls, "calls");
        int n = calls.length;
        sameLength(Checks.notNull(expirationEpochDays, "expirationEpochDays").length, n, "expirationEpochDays");
        sameLength(Checks.notNull(strikes, "strikes").length, n, "strikes");
        sameLength(Checks.notNull(openInterest, "openInterest").length, n, "openInterest");
        sameLength(Checks.notNull(impliedVolatility, "impliedVolatility").length, n, "impliedVolatility");
        // one pass for the usual case, the vendor order: are the columns already the layout (days never decrease,
        // strikes never decrease within a day, every contract valid), and where does each day's run start?
        int[] runStart = new int[16];
        int runs = 0;
        boolean inOrder = true;
        int previousDay = 0;
        double previousStrike = 0;
        for (int i = 0; i < n && inOrder; i++) {
            int day = expirationEpochDays[i];
            double k = strikes[i];
            double iv = impliedVolatility[i];
            double oi = openInterest[i];
            if (i == 0 || day != previousDay) { // a new run: once per expiration in the vendor order
                inOrder = i == 0 || day > previousDay;
                if (runs == runStart.length) {
                    runStart = Arrays.copyOf(runStart, 2 * runs);
                }
                runStart[runs++] = i;
                previousStrike = 0;
            }
            // every test evaluated, combined without branches
            inOrder &= k > 0 & k < Double.POSITIVE_INFINITY & iv > 0 & iv < Double.POSITIVE_INFINITY & oi >= 0
                    & oi < Double.POSITIVE_INFINITY & k >= previousStrike;
            previousDay = day;
            previousStrike = k;
        }
        Expirations interned = new Expirations();
        if (inOrder) {
            for (int r = 0; r < runs; r++) {
                interned.id(expirationEpochDays[runStart[r]], null); // ids 0 … runs − 1 in date order
            }
            LocalDate[] dates = Arrays.copyOf(interned.dates, runs);
            if (runs == 0 || MarketTime.yearsToExpiry(h.asOf, dates[0]) > 0) { // then every expiration is live
                int[] expiryIndex = new int[n];
                int[] rowStart = Arrays.copyOf(runStart, runs + 1);
                rowStart[runs] = n;
                for (int r = 0; r < runs; r++) {
                    Arrays.fill(expiryIndex, rowStart[r], rowStart[r + 1], r);
                }
                return identity(h, new Columns(n, calls, expiryIndex, strikes, openInterest, impliedVolatility,
                        true), dates, rowStart);
            }
        }
        // otherwise intern every contract's expiration: one id per distinct date, in order of first appearance,
        // as the builder does (the last day answers most contracts), and lay out in general
        interned = new Expirations();
        int[] ids = new int[n];
        int lastDay = 0;
        int lastId = -1;
        for (int i = 0; i < n; i++) {
            int day = expirationEpochDays[i];
            if (day != lastDay || lastId < 0) {
                lastId = interned.id(day, null);
                lastDay = day;
            }
            ids[i] = lastId;
        }
        return assemble(h, new Columns(n, calls, ids, strikes, openInterest, impliedVolatility, true), interned);
    }

    private static void sameLength(int length, int expected, String name) {
        if (length != expected) {
            throw new IllegalArgumentException(name + " has " + length + " elements but calls has " + expected
                    + ": the columns must have one element per contract");
        }
    }

    /**
     * Contracts in add order as primitive columns, with expirations interned; not thread-safe. Stored in chunks of
     * {@value Columns#CHUNK} contracts (the first one grows by doubling up to that size), so adding never copies
     * what was added before, and no array is large enough to need the collector's slow path for big objects.
     */
    static final class Raw {
        private final Expirations interned = new Expirations();
        private final boolean nameContracts;
        private LocalDate lastExpiration;
        private int lastId = -1;
        private int n;
        private int pos;
        private int chunks = 1;
        private boolean[][] callChunks = new boolean[4][];
        private int[][] expiryChunks = new int[4][];
        private double[][] strikeChunks = new double[4][];
        private double[][] openInterestChunks = new double[4][];
        private double[][] volatilityChunks = new double[4][];
        // the chunk being filled
        private boolean[] call;
        private int[] expiry;
        private double[] strike;
        private double[] openInterest;
        private double[] volatility;

        /**
         * Creates an empty store.
         *
         * @param capacity the expected number of contracts (the first chunk's size, up to a chunk)
         * @param nameContracts whether an expiration outside the supported range is reported with the index of its
         *     contract ({@code "expiration of contract 7"}, for chains read through their accessors) or as the
         *     builder's argument ({@code "expiration"})
         */
        Raw(int capacity, boolean nameContracts) {
            this.nameContracts = nameContracts;
            int first = Math.max(1, Math.min(capacity, Columns.CHUNK));
            call = new boolean[first];
            expiry = new int[first];
            strike = new double[first];
            openInterest = new double[first];
            volatility = new double[first];
            store(0);
        }

        /**
         * Adds one contract; market data is stored as given.
         *
         * @throws IllegalArgumentException if {@code expiration} (not null) is outside the supported range
         */
        void add(OptionType type, LocalDate expiration, double k, double oi, double iv) {
            if (pos == strike.length) {
                next();
            }
            // chains usually arrive grouped by expiration, often with one LocalDate object per expiration: the
            // last one seen answers most look-ups without a hash, and its range was checked when it was first seen
            if (expiration != lastExpiration && !expiration.equals(lastExpiration)) {
                Checks.supported(expiration, nameContracts ? "expiration of contract " + n : "expiration");
                lastId = interned.id(expiration.toEpochDay(), expiration);
                lastExpiration = expiration;
            }
            int p = pos;
            call[p] = type == OptionType.CALL;
            expiry[p] = lastId;
            strike[p] = k;
            openInterest[p] = oi;
            volatility[p] = iv;
            pos = p + 1;
            n++;
        }

        /** Makes room: the first chunk doubles up to {@link Columns#CHUNK}, then a new full-size chunk starts. */
        private void next() {
            if (n == Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("too many contracts in one chain: " + n);
            }
            if (chunks == 1 && strike.length < Columns.CHUNK) {
                int capacity = Math.min(Columns.CHUNK, 2 * strike.length);
                call = Arrays.copyOf(call, capacity);
                expiry = Arrays.copyOf(expiry, capacity);
                strike = Arrays.copyOf(strike, capacity);
                openInterest = Arrays.copyOf(openInterest, capacity);
                volatility = Arrays.copyOf(volatility, capacity);
                store(0);
                return;
            }
            if (chunks == strikeChunks.length) {
                callChunks = Arrays.copyOf(callChunks, 2 * chunks);
                expiryChunks = Arrays.copyOf(expiryChunks, 2 * chunks);
                strikeChunks = Arrays.copyOf(strikeChunks, 2 * chunks);
                openInterestChunks = Arrays.copyOf(openInterestChunks, 2 * chunks);
                volatilityChunks = Arrays.copyOf(volatilityChunks, 2 * chunks);
            }
            call = new boolean[Columns.CHUNK];
            expiry = new int[Columns.CHUNK];
            strike = new double[Columns.CHUNK];
            openInterest = new double[Columns.CHUNK];
            volatility = new double[Columns.CHUNK];
            store(chunks++);
            pos = 0;
        }

        private void store(int chunk) {
            callChunks[chunk] = call;
            expiryChunks[chunk] = expiry;
            strikeChunks[chunk] = strike;
            openInterestChunks[chunk] = openInterest;
            volatilityChunks[chunk] = volatility;
        }

        /**
         * Classifies and groups the contracts added so far. Leaves this object unchanged (its arrays are read, not
         * kept: a later {@link #add} cannot change the chain).
         */
        ChainColumns assemble(OptionChainHeader h) {
            return ChainColumns.assemble(h, new Columns(n, chunks, callChunks, expiryChunks, strikeChunks,
                    openInterestChunks, volatilityChunks), interned);
        }
    }

    /**
     * Contracts in add order, read by {@link #assemble}: one run of arrays (the bulk path, the caller's arrays)
     * or chunks of {@value #CHUNK} contracts (the builder's).
     */
    static final class Columns {
        /** Contracts per chunk of the builder. */
        static final int CHUNK = 1 << 13;

        final int n;
        final int chunks;
        final boolean[][] call;
        final int[][] expiry;
        final double[][] strike;
        final double[][] openInterest;
        final double[][] volatility;
        /** Whether the expiry ids are an array made for this chain alone, which the layout may keep. */
        final boolean idsOwned;

        /** One run of {@code n} contracts. */
        Columns(int n, boolean[] call, int[] expiry, double[] strike, double[] openInterest, double[] volatility,
                boolean idsOwned) {
            this.n = n;
            this.chunks = 1;
            this.call = new boolean[][] {call};
            this.expiry = new int[][] {expiry};
            this.strike = new double[][] {strike};
            this.openInterest = new double[][] {openInterest};
            this.volatility = new double[][] {volatility};
            this.idsOwned = idsOwned;
        }

        /** Chunks: all full ({@value #CHUNK}) but the last, or one chunk of any size. */
        Columns(int n, int chunks, boolean[][] call, int[][] expiry, double[][] strike, double[][] openInterest,
                double[][] volatility) {
            this.n = n;
            this.chunks = chunks;
            this.call = call;
            this.expiry = expiry;
            this.strike = strike;
            this.openInterest = openInterest;
            this.volatility = volatility;
            this.idsOwned = false;
        }

        /** The number of contracts in chunk {@code c}. */
        int length(int c) {
            return c < chunks - 1 ? CHUNK : n - (chunks - 1) * CHUNK;
        }

        /** The whole column as one array of {@code n} or more elements: the run itself, or the chunks copied. */
        static double[] flat(double[][] chunks, int count, int n) {
            return count == 1 ? chunks[0] : concat(chunks, n, new double[n]);
        }

        /** See {@link #flat(double[][], int, int)}. */
        static int[] flat(int[][] chunks, int count, int n) {
            return count == 1 ? chunks[0] : concat(chunks, n, new int[n]);
        }

        /** See {@link #flat(double[][], int, int)}. */
        static boolean[] flat(boolean[][] chunks, int count, int n) {
            return count == 1 ? chunks[0] : concat(chunks, n, new boolean[n]);
        }

        /** Copies the first {@code n} elements of the chunks, {@value #CHUNK} a chunk, into {@code out}. */
        private static <A> A concat(A[] chunks, int n, A out) {
            for (int c = 0, at = 0; at < n; c++, at += CHUNK) {
                System.arraycopy(chunks[c], 0, out, at, Math.min(CHUNK, n - at));
            }
            return out;
        }

        /** A copy of {@code n} elements: {@link Arrays#copyOf} of a run (no zeroing), or the chunks concatenated. */
        static double[] copy(double[][] chunks, int count, int n) {
            return count == 1 ? Arrays.copyOf(chunks[0], n) : flat(chunks, count, n);
        }
    }

    /**
     * Distinct expirations, numbered in order of first appearance: epoch day to id in an open-addressing table of
     * primitive keys (no boxing), and the dates by id.
     */
    static final class Expirations {
        private long[] keys = new long[16];
        private int[] values = new int[16];
        private boolean[] used = new boolean[16];
        private long[] days = new long[8];
        private LocalDate[] dates = new LocalDate[8];
        private int count;

        /**
         * Returns the id of an expiration, numbering it if it is new.
         *
         * @param day its epoch day
         * @param date the same date, or null to make it from {@code day} if it is new
         */
        int id(long day, LocalDate date) {
            int mask = keys.length - 1;
            int slot = (int) (day * 0x9E3779B97F4A7C15L >>> 40) & mask; // Fibonacci hashing of the day
            while (used[slot]) {
                if (keys[slot] == day) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            int id = count++;
            if (id == days.length) {
                days = Arrays.copyOf(days, 2 * id);
                dates = Arrays.copyOf(dates, 2 * id);
            }
            days[id] = day;
            dates[id] = date != null ? date : LocalDate.ofEpochDay(day);
            used[slot] = true;
            keys[slot] = day;
            values[slot] = id;
            if (2 * count > keys.length) {
                rehash();
            }
            return id;
        }

        private void rehash() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            boolean[] oldUsed = used;
            keys = new long[2 * oldKeys.length];
            values = new int[keys.length];
            used = new boolean[keys.length];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldUsed[i]) {
                    int slot = (int) (oldKeys[i] * 0x9E3779B97F4A7C15L >>> 40) & mask;
                    while (used[slot]) {
                        slot = (slot + 1) & mask;
                    }
                    used[slot] = true;
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }
    }

    /**
     * Classifies and groups contracts given in add order (read and never kept, except an id array made for this
     * chain alone; expirations by id, see {@link Expirations}).
     *
     * <p>Fast path: when the ids never decrease and number the expirations in ascending date order (the contracts
     * are grouped by expiration, nearest first), every contract is live and valid and the strikes never decrease
     * within an expiration, the layout is the add order itself: each column is copied once, as a whole, and no
     * index array is made. Otherwise the contracts are grouped by expiration, ordered by strike within each (only
     * the expirations whose strikes are out of order are sorted), and each value is still copied once.
     */
    private static ChainColumns assemble(OptionChainHeader h, Columns columns, Expirations interned) {
        int n = columns.n;
        int e = interned.count;
        // rank the distinct expirations by date so rows come out ascending
        int[] order = sortByDay(interned.days, e);
        LocalDate[] sorted = new LocalDate[e];
        int[] rank = new int[e];
        boolean ascending = true;
        for (int r = 0; r < e; r++) {
            sorted[r] = interned.dates[order[r]];
            rank[order[r]] = r;
            ascending &= order[r] == r;
        }
        double[] tau = new double[e];
        for (int r = 0; r < e; r++) {
            tau[r] = MarketTime.yearsToExpiry(h.asOf, sorted[r]);
        }
        if (ascending && (e == 0 || tau[0] > 0) && inLayoutOrder(columns)) {
            return identity(h, columns, sorted, null);
        }
        // the general path reads contracts at random: one array per column
        boolean[] call = Columns.flat(columns.call, columns.chunks, n);
        int[] expiry = Columns.flat(columns.expiry, columns.chunks, n);
        double[] strike = Columns.flat(columns.strike, columns.chunks, n);
        double[] openInterest = Columns.flat(columns.openInterest, columns.chunks, n);
        double[] volatility = Columns.flat(columns.volatility, columns.chunks, n);

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
                StrikeSort.sort(byRow, scratch, rowStart[r], rowStart[r + 1], strike);
            }
        }

        int[] slotOf = new int[n];
        int[] expiryIndex = new int[n];
        double[] k = new double[n];
        double[] oi = new double[n];
        double[] iv = new double[n];
        double[] s = new double[n];
        boolean identity = true;
        for (int slot = 0; slot < start; slot++) {
            int i = byRow[slot];
            identity &= i == slot;
            slotOf[i] = slot;
            expiryIndex[slot] = rank[expiry[i]];
            k[slot] = strike[i];
            oi[slot] = openInterest[i];
            iv[slot] = volatility[i];
            s[slot] = call[i] ? 1.0 : -1.0;
        }
        int tail = start;
        for (int i = 0; i < n; i++) {
            if (category[i] != VALID) {
                int slot = tail++;
                identity &= i == slot;
                slotOf[i] = slot;
                expiryIndex[slot] = rank[expiry[i]];
                k[slot] = strike[i];
                oi[slot] = openInterest[i];
                iv[slot] = volatility[i];
                s[slot] = call[i] ? 1.0 : -1.0;
            }
        }
        return new ChainColumns(h, n, sorted, expiryIndex, k, oi, iv, s, identity ? null : slotOf, rows,
                rowExpiration, rowTau, rowDte, rowStart, rowExpiry, skipped, expired, invalidPerExpiry,
                TimeBasis.calendar());
    }

    /**
     * Tells whether contracts are already in layout order, given that their expirations are numbered in ascending
     * date order and all live: ids never decrease, every contract is valid, strikes never decrease within an id.
     */
    private static boolean inLayoutOrder(Columns columns) {
        int previousId = 0;
        double previousStrike = 0; // strikes are > 0: the first of each expiration always passes
        for (int c = 0; c < columns.chunks; c++) {
            int length = columns.length(c);
            int[] expiry = columns.expiry[c];
            double[] strike = columns.strike[c];
            double[] openInterest = columns.openInterest[c];
            double[] volatility = columns.volatility[c];
            for (int i = 0; i < length; i++) {
                int id = expiry[i];
                double k = strike[i];
                double iv = volatility[i];
                double oi = openInterest[i];
                // every test evaluated, combined without branches: the loop runs at the speed of its loads
                boolean valid = k > 0 & k < Double.POSITIVE_INFINITY & iv > 0 & iv < Double.POSITIVE_INFINITY
                        & oi >= 0 & oi < Double.POSITIVE_INFINITY;
                if (!valid | id < previousId | id == previousId & k < previousStrike) {
                    return false;
                }
                previousId = id;
                previousStrike = k;
            }
        }
        return true;
    }

    /**
     * The layout of contracts already in layout order (see {@link #inLayoutOrder}): the columns, copied once.
     *
     * @param sorted the expirations in date order, all live; the ids of {@code columns} are their indices
     * @param rowStart where each expiration's contracts start, and n at the end; null to find it from the ids
     */
    private static ChainColumns identity(OptionChainHeader h, Columns columns, LocalDate[] sorted, int[] rowStart) {
        int n = columns.n;
        int e = sorted.length;
        int[] rowDte = new int[e];
        int[] rowExpiry = new int[e];
        double[] s = new double[n];
        int[] expiryIndex = columns.idsOwned ? columns.expiry[0] : new int[n]; // ids are ranks: ascending dates
        for (int c = 0, at = 0; c < columns.chunks; c++) {
            int length = columns.length(c);
            boolean[] call = columns.call[c];
            for (int i = 0; i < length; i++) {
                s[at + i] = call[i] ? 1.0 : -1.0;
            }
            if (!columns.idsOwned) {
                System.arraycopy(columns.expiry[c], 0, expiryIndex, at, length);
            }
            at += length;
        }
        if (rowStart == null) {
            // every expiration has a contract (ids are numbered as they appear): row r is id r, starting where the
            // ids first reach r
            rowStart = new int[e + 1];
            for (int i = n - 1; i >= 0; i--) {
                rowStart[expiryIndex[i]] = i;
            }
            rowStart[e] = n;
        }
        double[] tau = new double[e];
        for (int r = 0; r < e; r++) {
            tau[r] = MarketTime.yearsToExpiry(h.asOf, sorted[r]);
            rowDte[r] = MarketTime.daysToExpiry(h.asOf, sorted[r]);
            rowExpiry[r] = r;
        }
        return new ChainColumns(h, n, sorted, expiryIndex, Columns.copy(columns.strike, columns.chunks, n),
                Columns.copy(columns.openInterest, columns.chunks, n),
                Columns.copy(columns.volatility, columns.chunks, n), s, null, e, sorted.clone(), tau, rowDte,
                rowStart, rowExpiry, 0, 0, new int[e], TimeBasis.calendar());
    }

    /** Returns the ids 0 … e − 1 ordered by {@code days[id]} (stable: ties keep id order, though days are distinct). */
    private static int[] sortByDay(long[] days, int e) {
        int[] order = new int[e];
        for (int i = 0; i < e; i++) {
            order[i] = i;
        }
        boolean ascending = true;
        for (int i = 1; i < e && ascending; i++) {
            ascending = days[i - 1] < days[i];
        }
        if (!ascending) {
            // insertion sort: a chain has at most a few hundred expirations
            for (int i = 1; i < e; i++) {
                int id = order[i];
                int j = i - 1;
                while (j >= 0 && days[order[j]] > days[id]) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = id;
            }
        }
        return order;
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

    private static final byte VALID = 0;
    private static final byte SKIPPED = 1;
    private static final byte EXPIRED = 2;
}
