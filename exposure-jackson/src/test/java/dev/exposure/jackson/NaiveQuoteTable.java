package dev.exposure.jackson;

import dev.exposure.OptionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second, deliberately plain reader of the real Cboe files, for expected values: it loads the whole file, splits
 * data lines on every comma (the real files have no quotes in data rows; this is asserted), finds the call-side
 * columns with {@code indexOf} and the put-side ones with {@code lastIndexOf}, parses dates with
 * {@link DateTimeFormatter} and numbers with {@link Double#parseDouble}. It shares no code with the production
 * reader.
 */
final class NaiveQuoteTable {

    /** One expected contract. */
    static final class Contract {
        final OptionType type;
        final LocalDate expiration;
        final double strike;
        final double openInterest;
        final double impliedVolatility;

        Contract(OptionType type, LocalDate expiration, double strike, double openInterest, double iv) {
            this.type = type;
            this.expiration = expiration;
            this.strike = strike;
            this.openInterest = openInterest;
            this.impliedVolatility = iv;
        }
    }

    private static final Map<String, String> ROOTS = Map.of("SPXW", "SPX", "NDXP", "NDX");
    private static final Pattern ROOT = Pattern.compile("([A-Z]+)\\d{6}[CP]\\d{8}");
    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("EEE MMM dd yyyy", Locale.US);
    private static final DateTimeFormatter SLASHES = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    final String symbol;
    final double spot;
    final List<Contract> contracts = new ArrayList<>();

    private NaiveQuoteTable(String symbol, double spot) {
        this.symbol = symbol;
        this.spot = spot;
    }

    static NaiveQuoteTable read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int h = 0;
        while (!lines.get(h).startsWith("Expiration Date")) {
            h++;
        }
        String title = lines.get(0).isEmpty() ? lines.get(1) : lines.get(0);
        Matcher last = Pattern.compile("Last: ([0-9.]+)").matcher(title);
        double spot = last.find() ? Double.parseDouble(last.group(1)) : Double.parseDouble(title.split(",")[1]);
        List<String> header = Arrays.asList(lines.get(h).strip().split(","));
        int callIv = header.indexOf("IV");
        int putIv = header.lastIndexOf("IV");
        int callOi = header.contains("Open Interest") ? header.indexOf("Open Interest") : header.indexOf("Open Int");
        int putOi = header.contains("Open Interest") ? header.lastIndexOf("Open Interest")
                : header.lastIndexOf("Open Int");
        int strike = header.indexOf("Strike");
        NaiveQuoteTable t = null;
        for (String line : lines.subList(h + 1, lines.size())) {
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.contains("\"")) {
                throw new IllegalStateException("the naive reader cannot split quoted rows: " + line);
            }
            String[] f = line.split(",", -1);
            if (t == null) {
                Matcher m = ROOT.matcher(f[1]);
                if (!m.matches()) {
                    throw new IllegalStateException("no option symbol in " + line);
                }
                t = new NaiveQuoteTable(ROOTS.getOrDefault(m.group(1), m.group(1)), spot);
            }
            LocalDate exp = f[0].contains("/") ? LocalDate.parse(f[0], SLASHES) : LocalDate.parse(f[0], WORDS);
            double k = Double.parseDouble(f[strike]);
            t.contracts.add(new Contract(OptionType.CALL, exp, k, Double.parseDouble(f[callOi]),
                    Double.parseDouble(f[callIv])));
            t.contracts.add(new Contract(OptionType.PUT, exp, k, Double.parseDouble(f[putOi]),
                    Double.parseDouble(f[putIv])));
        }
        return t;
    }
}
