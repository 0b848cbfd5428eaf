package dev.exposure.cli.chart;

import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately small reader of one layout of the Cboe quote table (2022 on: a blank line, {@code NAME,Last: SPOT},
 * a date line {@code "Date: January 7, 2024 at 10:52 AM EST"}, the header, then one row per strike and expiry with
 * the call side between {@code Calls} and {@code Strike} and the put side after {@code Puts}). Enough for the real
 * file the chart tests draw; not a general reader.
 */
final class QuoteTable {

    private static final Pattern DATE = Pattern.compile(
            "\"?Date: (\\w+ \\d{1,2}, \\d{4}) at (\\d{1,2}:\\d{2} [AP]M) (EST|EDT)\"?.*");

    private QuoteTable() {
    }

    static OptionChain read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int first = lines.get(0).isBlank() ? 1 : 0;
        String[] name = lines.get(first).split(",");
        double spot = Double.parseDouble(name[1].replace("Last:", "").trim());
        Matcher m = DATE.matcher(lines.get(first + 1));
        if (!m.matches()) {
            throw new IllegalArgumentException("date line not understood: " + lines.get(first + 1));
        }
        LocalDateTime local = LocalDateTime.parse(m.group(1) + " " + m.group(2),
                DateTimeFormatter.ofPattern("MMMM d, yyyy h:mm a", Locale.ENGLISH));
        List<String> header = Arrays.asList(lines.get(first + 2).split(","));
        int calls = header.indexOf("Calls");
        int strikeCol = header.indexOf("Strike");
        int puts = header.indexOf("Puts");
        int callIv = indexBetween(header, "IV", calls, strikeCol);
        int callOi = indexBetween(header, "Open Interest", calls, strikeCol);
        int putIv = indexBetween(header, "IV", puts, header.size());
        int putOi = indexBetween(header, "Open Interest", puts, header.size());
        int expiry = header.indexOf("Expiration Date");
        String firstSymbol = lines.get(first + 3).split(",")[calls];
        String root = firstSymbol.replaceAll("\\d.*", "");
        String symbol = root.equals("SPXW") ? "SPX" : root;
        OptionChain.Builder b = OptionChain.builder(symbol, spot,
                local.atZone(ZoneId.of("America/New_York")).toInstant());
        DateTimeFormatter expiryFormat = DateTimeFormatter.ofPattern("EEE MMM dd yyyy", Locale.ENGLISH);
        for (String line : lines.subList(first + 3, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            LocalDate expiration = LocalDate.parse(f[expiry], expiryFormat);
            double strike = Double.parseDouble(f[strikeCol]);
            b.add(OptionType.CALL, expiration, strike, Double.parseDouble(f[callOi]), Double.parseDouble(f[callIv]));
            b.add(OptionType.PUT, expiration, strike, Double.parseDouble(f[putOi]), Double.parseDouble(f[putIv]));
        }
        return b.build();
    }

    private static int indexBetween(List<String> header, String name, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (header.get(i).equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name + " between " + from + " and " + to);
    }
}
