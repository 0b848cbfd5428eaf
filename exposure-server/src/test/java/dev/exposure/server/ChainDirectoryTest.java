package dev.exposure.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import dev.exposure.jackson.ChainFiles;
import dev.exposure.jackson.ExposureJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChainDirectoryTest {

    private static final ObjectMapper MAPPER = ExposureJson.newMapper();
    private static final Instant T1 = Instant.parse("2026-05-28T20:00:00Z");
    private static final Instant T2 = Instant.parse("2026-05-29T15:30:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-29T16:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** Last modification time handed out, so that every write gets a new one whatever the file system's clock. */
    private long mtime = 1_700_000_000_000L;

    static OptionChain chain(String symbol, double price, Instant asOf) {
        return OptionChain.builder(symbol, price, asOf)
                .add(OptionType.CALL, LocalDate.of(2026, 6, 18), Math.rint(price), 1000, 0.2)
                .add(OptionType.PUT, LocalDate.of(2026, 6, 18), Math.rint(price * 0.95), 2000, 0.25)
                .build();
    }

    private Path write(String name, OptionChain... chains) throws IOException {
        return writeText(name, MAPPER.writeValueAsString(List.of(chains)));
    }

    private Path writeText(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, FileTime.fromMillis(mtime += 1000));
        return f;
    }

    private ChainDirectory open() {
        return ChainDirectory.open(dir, ChainFiles::read, CLOCK);
    }

    private static double price(ChainDirectory d, String symbol) {
        return d.chain(symbol).orElseThrow(() -> new AssertionError("no " + symbol)).underlyingPrice();
    }

    private static String servedFile(ChainDirectory d, String symbol) {
        return d.snapshot().served.get(symbol).file;
    }

    @Test
    void open_severalFilesHoldOneSymbol_latestAsOfIsServedAndTheOthersShadowed() throws IOException {
        write("a.json", chain("SPY", 590, T1));
        write("b.json", chain("SPY", 597.5, T2), chain("QQQ", 521.3, T1));
        write("c.json", chain("spy", 580, T1));
        ChainDirectory d = open();
        assertThat(price(d, "SPY")).isEqualTo(597.5);
        assertThat(price(d, " spy ")).isEqualTo(597.5);
        assertThat(servedFile(d, "SPY")).isEqualTo("b.json");
        assertThat(d.snapshot().shadowed).extracting(s -> s.file + ":" + s.chain.symbol())
                .containsExactly("a.json:SPY", "c.json:spy");
        assertThat(d.snapshot().servedList).extracting(s -> s.chain.symbol()).containsExactly("QQQ", "SPY");
        assertThat(d.snapshot().failures).isEmpty();
        assertThat(d.snapshot().fileCount).isEqualTo(3);
    }

    @Test
    void open_equalAsOf_laterFileNameWins() throws IOException {
        write("2026-05-29b.json", chain("SPY", 597.5, T2));
        write("2026-05-29a.json", chain("SPY", 590, T2));
        write("2026-05-29c.json", chain("SPY", 600, T1));
        ChainDirectory d = open();
        assertThat(price(d, "SPY")).isEqualTo(597.5);
        assertThat(servedFile(d, "SPY")).isEqualTo("2026-05-29b.json");
        assertThat(d.snapshot().shadowed).extracting(s -> s.file)
                .containsExactly("2026-05-29a.json", "2026-05-29c.json");
    }

    @Test
    void open_aFileFails_othersServedAndTheFailureNamesFileLineAndColumn() throws IOException {
        write("good.json", chain("SPY", 597.5, T2));
        writeText("bad.json", "{\"symbol\":\"QQQ\",\n \"underlying_price\": \"abc\"}");
        ChainDirectory d = open();
        assertThat(price(d, "SPY")).isEqualTo(597.5);
        assertThat(d.chain("QQQ")).isEmpty();
        assertThat(d.snapshot().failures).hasSize(1);
        ChainDirectory.Failure f = d.snapshot().failures.get(0);
        assertThat(f.file).isEqualTo("bad.json");
        assertThat(f.line).isEqualTo(2);
        assertThat(f.column).isPositive();
        assertThat(f.message).contains("underlying_price").doesNotContain(dir.toString());
        assertThat(f.since).isEqualTo(CLOCK.instant());
    }

    @Test
    void refresh_fileBreaks_previousChainsStayUntilItReadsCleanlyAgain() throws IOException {
        write("spy.json", chain("SPY", 597.5, T2));
        ChainDirectory d = open();
        writeText("spy.json", "{\"symbol\":\"SPY\",");
        assertThat(d.refresh()).isFalse(); // seen changed: waits one refresh for it to settle
        assertThat(d.refresh()).isTrue();
        assertThat(price(d, "SPY")).isEqualTo(597.5);
        assertThat(d.snapshot().failures).extracting(f -> f.file).containsExactly("spy.json");
        assertThat(d.refresh()).isFalse(); // an unchanged broken file is not read again

        write("spy.json", chain("SPY", 601.25, T2));
        d.refresh();
        assertThat(d.refresh()).isTrue();
        assertThat(price(d, "SPY")).isEqualTo(601.25);
        assertThat(d.snapshot().failures).isEmpty();
    }

    @Test
    void refresh_newFileBrokenFromTheStart_isReportedAndServesNothing() throws IOException {
        write("spy.json", chain("SPY", 597.5, T2));
        ChainDirectory d = open();
        writeText("qqq.csv", "symbol,underlying_price\nQQQ,1\n");
        d.refresh();
        d.refresh();
        assertThat(d.chain("QQQ")).isEmpty();
        assertThat(d.snapshot().failures).extracting(f -> f.file).containsExactly("qqq.csv");
        assertThat(price(d, "SPY")).isEqualTo(597.5);
    }

    @Test
    void refresh_changedFile_isReadOnlyOnceItHasSettled() throws IOException {
        write("spy.json", chain("SPY", 597.5, T2));
        ChainDirectory d = open();
        write("spy.json", chain("SPY", 598, T2));
        d.refresh();
        assertThat(price(d, "SPY")).isEqualTo(597.5);
        write("spy.json", chain("SPY", 599, T2)); // still being written
        d.refresh();
        assertThat(price(d, "SPY")).isEqualTo(597.5);
        d.refresh();
        assertThat(price(d, "SPY")).isEqualTo(599);
    }

    @Test
    void refresh_fileWrittenWhileBeingRead_resultIsThrownAwayAndReadAgain() throws IOException {
        write("spy.json", chain("SPY", 597.5, T2));
        AtomicInteger reads = new AtomicInteger();
        Function<Path, List<OptionChain>> reader = f -> {
            List<OptionChain> chains = ChainFiles.read(f);
            if (reads.incrementAndGet() == 2) {
                try { // a writer replaces the file while this read is going on
                    write("spy.json", chain("SPY", 700, T2));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return chains;
        };
        ChainDirectory d = ChainDirectory.open(dir, reader, CLOCK);
        write("spy.json", chain("SPY", 650, T2));
        d.refresh();
        assertThat(d.refresh()).isFalse(); // read 650, but the file changed meanwhile
        assertThat(price(d, "SPY")).isEqualTo(597.5);
        assertThat(d.refresh()).isTrue();
        assertThat(price(d, "SPY")).isEqualTo(700);
        assertThat(reads.get()).isEqualTo(3);
    }

    @Test
    void refresh_deletedFile_takesItsChainsAway_andAShadowedChainComesBack() throws IOException {
        write("a.json", chain("SPY", 590, T1));
        Path b = write("b.json", chain("SPY", 597.5, T2), chain("QQQ", 521.3, T2));
        ChainDirectory d = open();
        Files.delete(b);
        assertThat(d.refresh()).isTrue();
        assertThat(price(d, "SPY")).isEqualTo(590);
        assertThat(d.chain("QQQ")).isEmpty();
        assertThat(d.snapshot().shadowed).isEmpty();
    }

    @Test
    void open_onlyJsonCsvDatFiles_notHiddenOrTemporaryOnesNorSubdirectories() throws IOException {
        write("spy.json", chain("SPY", 597.5, T2));
        write("iwm.JSON", chain("IWM", 209.85, T2));
        writeText("aapl.dat", "symbol,underlying_price,as_of,type,expiration,strike,open_interest,"
                + "implied_volatility\nAAPL,210.45,2026-05-29T15:30:00Z,call,2026-06-18,210,100,0.3\n");
        write(".qqq.json", chain("QQQ", 1, T2));
        write("qqq.json~", chain("QQQ", 2, T2));
        write("qqq.json.tmp", chain("QQQ", 3, T2));
        write("qqq.json.part", chain("QQQ", 4, T2));
        writeText("README.md", "notes");
        Files.createDirectory(dir.resolve("sub.json"));
        ChainDirectory d = open();
        assertThat(d.chain("QQQ")).isEmpty();
        assertThat(d.snapshot().servedList).extracting(s -> s.file).containsExactly("aapl.dat", "iwm.JSON",
                "spy.json");
        assertThat(d.snapshot().fileCount).isEqualTo(3);
        assertThat(d.snapshot().failures).isEmpty();
    }

    @Test
    void open_oneFile_servesItAndFollowsIt() throws IOException {
        Path f = write("spy.json", chain("SPY", 597.5, T2));
        write("other.json", chain("QQQ", 521.3, T2));
        ChainDirectory d = ChainDirectory.open(f, ChainFiles::read, CLOCK);
        assertThat(price(d, "SPY")).isEqualTo(597.5);
        assertThat(d.chain("QQQ")).isEmpty();
        write("spy.json", chain("SPY", 600, T2));
        d.refresh();
        d.refresh();
        assertThat(price(d, "SPY")).isEqualTo(600);
    }

    @Test
    void refresh_directoryGone_keepsServingAndReportsIt_thenRecovers() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("chains"));
        Path f = sub.resolve("spy.json");
        Files.writeString(f, MAPPER.writeValueAsString(chain("SPY", 597.5, T2)));
        ChainDirectory d = ChainDirectory.open(sub, ChainFiles::read, CLOCK);
        Path moved = dir.resolve("elsewhere");
        Files.move(sub, moved);
        assertThat(d.refresh()).isTrue();
        assertThat(price(d, "SPY")).isEqualTo(597.5);
        assertThat(d.snapshot().failures).singleElement()
                .satisfies(x -> assertThat(x.message).contains("cannot list"));
        Files.move(moved, sub);
        assertThat(d.refresh()).isTrue();
        assertThat(d.snapshot().failures).isEmpty();
        assertThat(price(d, "SPY")).isEqualTo(597.5);
    }

    @Test
    void refresh_readerThrowsUnexpectedly_isAFailureLikeAnyOther() throws IOException {
        write("spy.json", chain("SPY", 597.5, T2));
        AtomicInteger calls = new AtomicInteger();
        ChainDirectory d = ChainDirectory.open(dir, f -> {
            if (calls.incrementAndGet() > 1) {
                throw new ArrayIndexOutOfBoundsException("reader bug");
            }
            return ChainFiles.read(f);
        }, CLOCK);
        write("spy.json", chain("SPY", 600, T2));
        d.refresh();
        d.refresh();
        assertThat(price(d, "SPY")).isEqualTo(597.5);
        assertThat(d.snapshot().failures).singleElement()
                .satisfies(x -> assertThat(x.message).contains("reader bug"));
    }

    @Test
    void open_missingPath_isUncheckedIOException() {
        assertThatThrownBy(() -> ChainDirectory.open(dir.resolve("none"), ChainFiles::read, CLOCK))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("none");
    }

    /**
     * Random folders of files, each holding chains of a few symbols at a few as-of instants (ties likely), some
     * failing, changed over several refreshes: the served chain of every symbol is the one a naive reference picks
     * (the latest as-of, ties to the later file name, a failing file keeping what it last read).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void refresh_randomFolders_matchTheNaiveReference(long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<String, List<OptionChain>> content = new HashMap<>();     // what each file holds now (null: broken)
        Map<String, List<OptionChain>> lastGood = new TreeMap<>();    // the reference's memory of each file
        Function<Path, List<OptionChain>> reader = f -> {
            List<OptionChain> c = content.get(f.getFileName().toString());
            if (c == null) {
                throw new dev.exposure.jackson.ChainFormatException(f.toString(), 1, 1, null, "broken");
            }
            return c;
        };
        String[] symbols = {"SPY", "QQQ", "IWM", "AAPL"};
        Instant[] times = {T1, T2, T2.plusSeconds(60)};
        ChainDirectory d = null;
        for (int round = 0; round < 6; round++) {
            int changes = 1 + rnd.nextInt(4);
            for (int i = 0; i < changes; i++) {
                String name = "f" + rnd.nextInt(6) + ".csv";
                if (rnd.nextInt(8) == 0 && Files.exists(dir.resolve(name))) {
                    Files.delete(dir.resolve(name));
                    content.remove(name);
                    lastGood.remove(name);
                    continue;
                }
                List<OptionChain> chains = null;
                if (rnd.nextInt(5) != 0) {
                    chains = new ArrayList<>();
                    for (String s : symbols) {
                        if (rnd.nextBoolean()) {
                            chains.add(chain(s, 100 + rnd.nextInt(1000), times[rnd.nextInt(times.length)]));
                        }
                    }
                }
                content.put(name, chains);
                writeText(name, "v" + mtime); // content is what the fake reader says; the write changes the stamp
            }
            for (Map.Entry<String, List<OptionChain>> e : content.entrySet()) { // what the refreshes will read
                if (e.getValue() != null) {
                    lastGood.put(e.getKey(), e.getValue());
                } else {
                    lastGood.putIfAbsent(e.getKey(), List.of());
                }
            }
            if (d == null) {
                d = ChainDirectory.open(dir, reader, CLOCK);
            } else {
                d.refresh();
                d.refresh();
            }
            Map<String, String> expected = new TreeMap<>();
            Map<String, Instant> best = new HashMap<>();
            for (Map.Entry<String, List<OptionChain>> e : lastGood.entrySet()) { // names ascending
                for (OptionChain c : e.getValue()) {
                    Instant b = best.get(c.symbol());
                    if (b == null || !c.asOf().isBefore(b)) {
                        best.put(c.symbol(), c.asOf());
                        expected.put(c.symbol(), e.getKey() + "@" + c.underlyingPrice());
                    }
                }
            }
            Map<String, String> actual = new TreeMap<>();
            for (ChainDirectory.Served s : d.snapshot().servedList) {
                actual.put(s.chain.symbol(), s.file + "@" + s.chain.underlyingPrice());
            }
            assertThat(actual).as("seed %d round %d", seed, round).isEqualTo(expected);
            List<String> broken = content.entrySet().stream().filter(e -> e.getValue() == null)
                    .map(Map.Entry::getKey).sorted().collect(Collectors.toList());
            assertThat(d.snapshot().failures).extracting(f -> f.file).as("seed %d round %d", seed, round)
                    .isEqualTo(broken);
            int total = lastGood.values().stream().mapToInt(List::size).sum();
            assertThat(d.snapshot().servedList.size() + d.snapshot().shadowed.size()).isEqualTo(total);
        }
    }
}
