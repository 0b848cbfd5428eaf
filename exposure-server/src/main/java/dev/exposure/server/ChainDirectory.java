package dev.exposure.server;

import dev.exposure.MarketDataStore;
import dev.exposure.OptionChain;
import dev.exposure.jackson.ChainFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link MarketDataStore} over a directory of chain files (or one chain file), re-read file by file when the
 * files change.
 *
 * <h2>Which files</h2>
 * The files that {@link dev.exposure.jackson.ChainFiles} reads in a directory: regular files directly in it whose
 * names end in {@code .json}, {@code .csv} or {@code .dat} (in any letter case) and do not start with a dot; so a
 * file written under a temporary name ({@code spy.json.tmp}, {@code .spy.json}) is not read until it is renamed.
 * Each is read on its own with the reader given (by default {@link dev.exposure.jackson.ChainFiles#read(Path)},
 * which tells the format from the content). Subdirectories are not read. A file that the reader rejects is
 * reported (see below).
 *
 * <h2>Which chain is served</h2>
 * When several files hold a chain of one symbol (a folder of daily downloads), the chain with the latest as-of
 * instant is served; on equal instants, the one from the later file name (in {@link String#compareTo} order).
 * The others are listed as shadowed. Symbols are matched as {@link MarketDataStore#of} matches them (trimmed,
 * upper-cased with {@code Locale.ROOT}).
 *
 * <h2>Reloading</h2>
 * {@link #refresh()} lists the directory and compares each file's size and modification time with what was read
 * last. A new or changed file is read once it has kept the same size and modification time from one refresh to
 * the next (so a file still being written is not read), and its size and modification time are checked again
 * after reading: if the file changed meanwhile, the result is thrown away and the file read again later. Writers
 * that want a file picked up at once and never seen half-written write it under a temporary or hidden name and
 * rename it into place. A file that reads cleanly replaces, as a whole, the chains read from it before. A file
 * that fails to read keeps the chains it had before in service (none if it never read cleanly); the failure (file,
 * line, column, message) is kept in {@link #snapshot()} and logged until the file reads cleanly again. A deleted
 * file takes its chains away. Each refresh ends with one atomic swap of the whole served state, so a reader of the
 * store sees the state before or after a refresh, never a mixture.
 *
 * <p>{@link #chain(String)} is safe from any number of threads; {@link #refresh()} may be called from any thread
 * (calls are serialised).
 */
final class ChainDirectory implements MarketDataStore {

    private static final Logger LOG = LoggerFactory.getLogger(ChainDirectory.class);

    /** The directory, or the one file, being served. */
    private final Path path;
    /** Whether {@link #path} is one file rather than a directory. */
    private final boolean singleFile;
    /** Reads the chains of one file. */
    private final Function<Path, List<OptionChain>> reader;
    /** Time of the failures and scans. */
    private final Clock clock;

    /** What each file gave at its last read, by file name; guarded by {@code this}. */
    private final Map<String, FileState> files = new TreeMap<>();
    /** Files seen changed at the previous refresh and not read yet, with what was seen; guarded by {@code this}. */
    private final Map<String, Fingerprint> pending = new HashMap<>();
    /** A failure to list the directory, or null; guarded by {@code this}. */
    private Failure listingFailure;

    /** The state served; replaced as a whole. */
    private volatile Snapshot snapshot;

    private ChainDirectory(Path path, boolean singleFile, Function<Path, List<OptionChain>> reader, Clock clock) {
        this.path = path;
        this.singleFile = singleFile;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * Opens a directory (or one file) and reads every chain file in it now, without waiting for files to settle.
     *
     * @param path a directory of chain files, or one chain file
     * @param reader reads the chains of one file; it throws {@link ChainFormatException} or
     *     {@link UncheckedIOException} for a file it cannot read
     * @param clock the clock of the failure and scan times
     * @return the store
     * @throws UncheckedIOException if the path does not exist or the directory cannot be listed
     * @throws NullPointerException if an argument is null
     */
    static ChainDirectory open(Path path, Function<Path, List<OptionChain>> reader, Clock clock) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(clock, "clock");
        boolean single;
        if (Files.isDirectory(path)) {
            single = false;
        } else if (Files.isRegularFile(path)) {
            single = true;
        } else {
            throw new UncheckedIOException("no such file or directory: " + path,
                    new NoSuchFileException(path.toString()));
        }
        ChainDirectory d = new ChainDirectory(path, single, reader, clock);
        synchronized (d) {
            List<Path> listed = d.list();
            if (listed == null) {
                throw new UncheckedIOException("cannot list " + path, new IOException(d.listingFailure.message()));
            }
            d.scan(listed, true);
        }
        return d;
    }

    /**
     * Returns the chain served for a symbol.
     *
     * @param symbol the symbol (matched trimmed and upper-cased)
     * @return the chain, or empty when no file holds one
     * @throws NullPointerException if {@code symbol} is null
     */
    @Override
    public Optional<OptionChain> chain(String symbol) {
        return snapshot.chain(symbol);
    }

    /**
     * Returns the state served now: the chains, the shadowed chains and the failures.
     *
     * @return an immutable snapshot
     */
    Snapshot snapshot() {
        return snapshot;
    }

    /**
     * Returns the directory (or file) served.
     *
     * @return the path given at {@link #open}
     */
    Path path() {
        return path;
    }

    /**
     * Lists the directory, reads the files that changed and have settled, and swaps in the new state.
     *
     * @return true when the served state changed (chains, shadowed chains or failures)
     */
    synchronized boolean refresh() {
        List<Path> listed = list();
        if (listed == null) {
            // keep everything served; the failure shows in the snapshot
            Snapshot before = snapshot;
            snapshot = build();
            return !before.sameContent(snapshot);
        }
        boolean hadListingFailure = listingFailure != null;
        listingFailure = null;
        boolean changed = scan(listed, false);
        if (hadListingFailure && !changed) {
            snapshot = build(); // the listing failure is over
        }
        return changed || hadListingFailure;
    }

    /** Lists the chain files; on failure records it and returns null. */
    private List<Path> list() {
        if (singleFile) {
            return Files.isRegularFile(path) ? List.of(path) : List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(path)) {
            s.filter(ChainDirectory::isCandidate).filter(Files::isRegularFile).forEach(out::add);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            String message = "cannot list the directory: " + e;
            if (listingFailure == null) {
                LOG.warn("cannot list chain directory {}; serving what was read before: {}", path, e.toString());
            }
            listingFailure = new Failure(path.toString(), 0, 0, message, clock.instant());
            return null;
        }
        return out;
    }

    private static boolean isCandidate(Path file) {
        Path fileName = file.getFileName();
        if (fileName == null) {
            return false;
        }
        String name = fileName.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (lower.endsWith(".json") || lower.endsWith(".csv") || lower.endsWith(".dat"));
    }

    /** Reads new and changed files; returns whether the served state changed. Caller holds the lock. */
    private boolean scan(List<Path> listed, boolean initial) {
        boolean changed = false;
        Map<String, Path> byName = new TreeMap<>();
        for (Path f : listed) {
            byName.put(name(f), f);
        }
        for (var it = files.keySet().iterator(); it.hasNext();) {
            String name = it.next();
            if (!byName.containsKey(name)) {
                it.remove();
                LOG.info("chain file {} is gone; its chains are no longer served", name);
                changed = true;
            }
        }
        pending.keySet().retainAll(byName.keySet());
        for (Map.Entry<String, Path> e : byName.entrySet()) {
            String name = e.getKey();
            Path file = e.getValue();
            Fingerprint seen = Fingerprint.of(file);
            if (seen == null) {
                continue; // vanished between listing and stat: the next refresh sees it gone
            }
            FileState before = files.get(name);
            if (before != null && before.fingerprint.equals(seen)) {
                pending.remove(name);
                continue;
            }
            if (!initial && !seen.equals(pending.get(name))) {
                pending.put(name, seen); // changed since the last look: read it once it has settled
                continue;
            }
            changed |= read(name, file, seen, before);
        }
        if (changed || snapshot == null) {
            snapshot = build();
        }
        return changed;
    }

    /** Reads one file and records the outcome; returns whether anything changed. */
    private boolean read(String name, Path file, Fingerprint seen, FileState before) {
        List<OptionChain> chains = null;
        Failure failure = null;
        try {
            chains = List.copyOf(reader.apply(file));
        } catch (ChainFormatException e) {
            failure = new Failure(name, e.line(), e.column(), stripSource(e.getMessage(), e.source()),
                    clock.instant());
        } catch (UncheckedIOException e) {
            failure = new Failure(name, 0, 0, stripSource(e.getMessage(), file.toString())
                    + (e.getCause() == null ? "" : " (" + e.getCause() + ")"), clock.instant());
        } catch (RuntimeException e) {
            LOG.error("unexpected failure reading chain file {}", file, e);
            failure = new Failure(name, 0, 0, "unexpected failure: " + e, clock.instant());
        }
        Fingerprint after = Fingerprint.of(file);
        if (!seen.equals(after)) {
            // written to while being read: what was read may be half a file
            pending.put(name, after == null ? seen : after);
            LOG.debug("chain file {} changed while being read; reading it again later", name);
            return false;
        }
        pending.remove(name);
        if (failure == null) {
            files.put(name, new FileState(seen, chains, null));
            LOG.info("read {} chain(s) from {}", chains.size(), name);
            return true;
        }
        List<OptionChain> kept = before == null ? List.of() : before.chains;
        if (before != null && before.failure != null && before.failure.message.equals(failure.message)) {
            failure = before.failure; // the same failure as before: keep its time
        }
        files.put(name, new FileState(seen, kept, failure));
        LOG.warn("chain file {} failed to read; {} chain(s) read from it before stay in service: {}", name,
                kept.size(), failure.message);
        return true;
    }

    private static String stripSource(String message, String source) {
        if (message == null) {
            return "unreadable";
        }
        if (source != null && message.startsWith(source + ": ")) {
            return message.substring(source.length() + 2);
        }
        return message;
    }

    private String name(Path file) {
        Path fileName = file.getFileName();
        return fileName == null ? file.toString() : fileName.toString();
    }

    /** Builds the served state from the files' last outcomes. Caller holds the lock. */
    private Snapshot build() {
        Map<String, Served> served = new HashMap<>();
        List<Served> shadowed = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        if (listingFailure != null) {
            failures.add(listingFailure);
        }
        for (Map.Entry<String, FileState> e : files.entrySet()) { // in file-name order
            FileState state = e.getValue();
            if (state.failure != null) {
                failures.add(state.failure);
            }
            for (OptionChain c : state.chains) {
                Served candidate = new Served(c, e.getKey());
                String key = key(c.symbol());
                Served current = served.get(key);
                if (current == null) {
                    served.put(key, candidate);
                } else if (current.chain.asOf().isAfter(c.asOf())) {
                    shadowed.add(candidate);
                } else {
                    // later as-of, or the same as-of in a later file name (files come in name order)
                    shadowed.add(current);
                    served.put(key, candidate);
                }
            }
        }
        List<Served> servedList = new ArrayList<>(served.values());
        servedList.sort((a, b) -> key(a.chain.symbol()).compareTo(key(b.chain.symbol())));
        shadowed.sort((a, b) -> {
            int c = key(a.chain.symbol()).compareTo(key(b.chain.symbol()));
            return c != 0 ? c : a.file.compareTo(b.file);
        });
        Map<String, Served> index = new HashMap<>();
        for (Served s : servedList) {
            index.put(key(s.chain.symbol()), s);
        }
        return new Snapshot(Collections.unmodifiableMap(index), List.copyOf(servedList), List.copyOf(shadowed),
                List.copyOf(failures), files.size(), clock.instant());
    }

    static String key(String symbol) {
        return symbol.trim().toUpperCase(Locale.ROOT);
    }

    /** A file's size, modification time and identity, as seen by one look. */
    private static final class Fingerprint {
        final long size;
        final long modifiedNanos;
        final Object fileKey;

        private Fingerprint(long size, long modifiedNanos, Object fileKey) {
            this.size = size;
            this.modifiedNanos = modifiedNanos;
            this.fileKey = fileKey;
        }

        static Fingerprint of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                Instant m = a.lastModifiedTime().toInstant();
                long nanos = m.getEpochSecond() * 1_000_000_000L + m.getNano();
                return new Fingerprint(a.size(), nanos, a.fileKey());
            } catch (IOException | UncheckedIOException | SecurityException | ArithmeticException e) {
                return null;
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Fingerprint && ((Fingerprint) o).size == size
                    && ((Fingerprint) o).modifiedNanos == modifiedNanos
                    && Objects.equals(((Fingerprint) o).fileKey, fileKey);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(size) * 31 + Long.hashCode(modifiedNanos);
        }
    }

    /** What one file gave at its last read. */
    private static final class FileState {
        final Fingerprint fingerprint;
        final List<OptionChain> chains;
        final Failure failure;

        FileState(Fingerprint fingerprint, List<OptionChain> chains, Failure failure) {
            this.fingerprint = fingerprint;
            this.chains = chains;
            this.failure = failure;
        }
    }

    /** A chain and the file it was read from. */
    static final class Served {
        final OptionChain chain;
        final String file;

        Served(OptionChain chain, String file) {
            this.chain = chain;
            this.file = file;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Served && ((Served) o).chain == chain && ((Served) o).file.equals(file);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(chain) * 31 + file.hashCode();
        }
    }

    /** A file that failed to read. */
    static final class Failure {
        final String file;
        final int line;
        final int column;
        final String message;
        final Instant since;

        Failure(String file, int line, int column, String message, Instant since) {
            this.file = file;
            this.line = line;
            this.column = column;
            this.message = message;
            this.since = since;
        }

        String message() {
            return message;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Failure && ((Failure) o).file.equals(file) && ((Failure) o).line == line
                    && ((Failure) o).column == column && ((Failure) o).message.equals(message);
        }

        @Override
        public int hashCode() {
            return Objects.hash(file, line, column, message);
        }
    }

    /**
     * The served state: immutable, replaced as a whole by {@link #refresh()}. As a {@link MarketDataStore} it serves
     * its own chains, so that a request answered from one snapshot sees one state of the directory throughout.
     */
    static final class Snapshot implements MarketDataStore {
        /** The chain served per symbol key. */
        final Map<String, Served> served;
        /** The served chains, by symbol. */
        final List<Served> servedList;
        /** Chains not served because another file holds a later (or equally recent, later-named) one. */
        final List<Served> shadowed;
        /** Files that failed to read at their last read (and a failure to list the directory). */
        final List<Failure> failures;
        /** Number of files read (cleanly or not). */
        final int fileCount;
        /** When this state was built. */
        final Instant builtAt;

        Snapshot(Map<String, Served> served, List<Served> servedList, List<Served> shadowed, List<Failure> failures,
                int fileCount, Instant builtAt) {
            this.served = served;
            this.servedList = servedList;
            this.shadowed = shadowed;
            this.failures = failures;
            this.fileCount = fileCount;
            this.builtAt = builtAt;
        }

        @Override
        public Optional<OptionChain> chain(String symbol) {
            Objects.requireNonNull(symbol, "symbol");
            Served s = served.get(key(symbol));
            return s == null ? Optional.empty() : Optional.of(s.chain);
        }

        boolean sameContent(Snapshot o) {
            return servedList.equals(o.servedList) && shadowed.equals(o.shadowed) && failures.equals(o.failures);
        }
    }
}
