package dev.exposure;

import java.util.SplittableRandom;

/**
 * Settings and helpers shared by the seeded fuzz tests: the number of cases per target and the master seed come
 * from system properties, so that CI runs a few seconds per target while a long run outside CI takes
 * {@code -Dexposure.fuzz.cases=1000000}.
 */
final class Fuzz {

    /** System property: cases per fuzz target. */
    static final String CASES_PROPERTY = "exposure.fuzz.cases";

    /** System property: master seed (decimal or 0x-hex); every case derives its own seed from it. */
    static final String SEED_PROPERTY = "exposure.fuzz.seed";

    private Fuzz() {
    }

    /** Cases per target: the system property, or the default sized for CI. */
    static int cases(int ciDefault) {
        String value = System.getProperty(CASES_PROPERTY);
        return value == null || value.isBlank() ? ciDefault : Integer.parseInt(value.strip());
    }

    /** The master seed: the system property, or the default of the target. */
    static long masterSeed(long dflt) {
        String value = System.getProperty(SEED_PROPERTY);
        if (value == null || value.isBlank()) {
            return dflt;
        }
        String v = value.strip();
        return v.startsWith("0x") ? Long.parseUnsignedLong(v.substring(2), 16) : Long.parseLong(v);
    }

    /** Blanks of every kind the symbol rule strips, for padding. */
    static final String[] BLANKS = {" ", "\t", "\n", "\r", "\u000b", "\u00a0", "\u2003", "\u3000", "\u2007",
        "\u202f", "\u200b", "\ufeff", "\u0000", "\u0085", "\u2028", "\u001f", "\u180e", "\udb40\udc01"};

    /** Characters that upper-case into something longer or unusual, and a character outside the BMP. */
    static final String[] ODD = {"\u00df", "\u0131", "\u0130", "\ufb01", "\u00e9", "\u01c5", "\ud83d\ude00",
        "\u0661", "\uff21", "\u0149"};

    /** A random blank run of 0 to 3 blanks. */
    static String blanks(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(4) == 0 ? random.nextInt(1, 4) : 0;
        for (int i = 0; i < n; i++) {
            b.append(BLANKS[random.nextInt(BLANKS.length)]);
        }
        return b.toString();
    }

    /** Java-escapes the non-printable characters of a string, for a failure message. */
    static String escape(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), 2000) + 16).append('"');
        for (int i = 0; i < s.length() && i < 2000; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                b.append(c);
            } else {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return b.append(s.length() > 2000 ? "\"…(" + s.length() + " chars)" : "\"").toString();
    }
}
