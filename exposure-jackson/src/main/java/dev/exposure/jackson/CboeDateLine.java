package dev.exposure.jackson;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the as-of instant from the date line of a Cboe quote table (the line after the title), in every form seen
 * in real files, which the browser localises:
 * <pre>
 * "Date: February 5 2022, 8:09 PM EST"            month first, no comma after the day
 * "Date: January 9, 2022, 3:11 AM EST"            month first, comma after the day
 * "Date: February 7, 2023 at 5:34 PM EST"         "at"
 * Date: 12 June 2023, 4:35 PM EDT                 day first, unquoted (its commas split it into CSV fields)
 * May 13 2019 @ 04:47 ET                          2019-2020 .dat layout, 24-hour clock
 * Date: 9 декабря 2023 г. в 13:49 GMT-5           Russian, 24-hour clock, fixed offset
 * "Date: 11 de noviembre de 2024, 8:02 GMT-5"     Spanish, 24-hour clock, fixed offset
 * </pre>
 *
 * <p>The grammar behind them: an optional {@code Date:}, then, in any order, one day of the month (1 or 2 digits),
 * one month name, one four-digit year and one time {@code H:MM} or {@code H:MM:SS} (with {@code AM}/{@code PM} a
 * 12-hour clock, else a 24-hour one), separated by spaces, commas and the filler words {@code at}, {@code @},
 * {@code de}, {@code г.} and {@code в}; and last the time zone. Month names: English (full, three-letter and
 * {@code Sept}), Spanish, and Russian (genitive and nominative), in any letter case. Time zones: {@code ET},
 * {@code EST} and {@code EDT} all mean America/New_York (the label only picks the offset in the repeated hour
 * when clocks go back); {@code GMT} or {@code UTC} with an optional offset ({@code GMT-5}, {@code GMT+05:30}) is that
 * fixed offset. The date ends with its time zone: what follows must be the end of the quoted field or a comma. Any
 * other word, a missing or repeated part, or an impossible date or time makes the line unreadable.
 */
final class CboeDateLine {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{1,2})(?::?(\\d{2}))?");

    private static final Set<String> FILLERS = Set.of("at", "@", "de", "г", "в");

    static {
        String[][] names = {
            {"january", "jan", "enero", "января", "январь"},
            {"february", "feb", "febrero", "февраля", "февраль"},
            {"march", "mar", "marzo", "марта", "март"},
            {"april", "apr", "abril", "апреля", "апрель"},
            {"may", "mayo", "мая", "май"},
            {"june", "jun", "junio", "июня", "июнь"},
            {"july", "jul", "julio", "июля", "июль"},
            {"august", "aug", "agosto", "августа", "август"},
            {"september", "sep", "sept", "septiembre", "setiembre", "сентября", "сентябрь"},
            {"october", "oct", "octubre", "октября", "октябрь"},
            {"november", "nov", "noviembre", "ноября", "ноябрь"},
            {"december", "dec", "diciembre", "декабря", "декабрь"},
        };
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    private CboeDateLine() {
    }

    /**
     * Returns the date part of a raw date line, for messages: the quoted first field, or the line up to
     * {@code ,Bid}, at most 80 characters.
     *
     * @param rawLine the line as written
     * @return the text
     */
    static String text(String rawLine) {
        String s = rawLine.strip();
        if (s.startsWith("\"")) {
            int close = s.indexOf('"', 1);
            s = close < 0 ? s.substring(1) : s.substring(1, close);
        } else {
            int bid = s.indexOf(",Bid");
            s = bid < 0 ? s : s.substring(0, bid);
        }
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /**
     * Reads the as-of instant of a date line.
     *
     * @param rawLine the line as written in the file (quotes included)
     * @return the instant
     * @throws IllegalArgumentException saying what is missing or wrong, when the line cannot be read
     */
    static Instant parse(String rawLine) {
        String s = rawLine.strip();
        int i = 0;
        boolean quoted = s.startsWith("\"");
        if (quoted) {
            i = 1;
        }
        i = skipSpaces(s, i);
        if (s.regionMatches(true, i, "Date:", 0, 5)) {
            i += 5;
        }
        int day = -1;
        int month = -1;
        int year = -1;
        LocalTime time = null;
        String meridiem = null;
        ZoneId zone = null;
        String zoneLabel = null;
        while (zone == null) {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == ',' || s.charAt(i) == '\t'
                    || s.charAt(i) == '\u00A0')) {
                i++;
            }
            if (i >= s.length() || s.charAt(i) == '"') {
                break;
            }
            char c = s.charAt(i);
            int j = i;
            if (c >= '0' && c <= '9') {
                while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                if (j < s.length() && s.charAt(j) == ':') {
                    int k = j + 1;
                    while (k < s.length() && (s.charAt(k) >= '0' && s.charAt(k) <= '9' || s.charAt(k) == ':')) {
                        k++;
                    }
                    if (time != null) {
                        throw new IllegalArgumentException("two times of day");
                    }
                    time = time(s.substring(i, k));
                    j = k;
                } else if (j - i == 4) {
                    if (year >= 0) {
                        throw new IllegalArgumentException("two years");
                    }
                    year = Integer.parseInt(s.substring(i, j));
                } else if (j - i <= 2) {
                    if (day >= 0) {
                        throw new IllegalArgumentException("two day numbers (" + day + " and " + s.substring(i, j)
                                + ")" + (year < 0 ? " and no year" : ""));
                    }
                    day = Integer.parseInt(s.substring(i, j));
                } else {
                    throw new IllegalArgumentException("unexpected number " + s.substring(i, j));
                }
            } else if (c == '@') {
                j = i + 1;
            } else if (Character.isLetter(c)) {
                while (j < s.length() && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                String word = s.substring(i, j).toLowerCase(Locale.ROOT);
                if (j < s.length() && s.charAt(j) == '.') {
                    j++;
                }
                Integer m = MONTHS.get(word);
                if (m != null) {
                    if (month >= 0) {
                        throw new IllegalArgumentException("two month names");
                    }
                    month = m;
                } else if (word.equals("am") || word.equals("pm")) {
                    if (meridiem != null) {
                        throw new IllegalArgumentException("two AM/PM marks");
                    }
                    meridiem = word;
                } else if (word.equals("et") || word.equals("est") || word.equals("edt")) {
                    zone = NEW_YORK;
                    zoneLabel = word;
                } else if (word.equals("gmt") || word.equals("utc")) {
                    int k = j;
                    while (k < s.length() && (s.charAt(k) == '+' || s.charAt(k) == '-' || s.charAt(k) == ':'
                            || s.charAt(k) >= '0' && s.charAt(k) <= '9')) {
                        k++;
                    }
                    zone = offset(s.substring(j, k));
                    j = k;
                } else if (!FILLERS.contains(word)) {
                    throw new IllegalArgumentException("unexpected word '" + s.substring(i, j) + "'");
                }
            } else {
                throw new IllegalArgumentException("unexpected character '" + c + "'");
            }
            i = j;
        }
        if (zone == null) {
            throw new IllegalArgumentException(missing(day, month, year, time, "no time zone"));
        }
        i = skipSpaces(s, i);
        if (i < s.length() && s.charAt(i) != ',' && !(quoted && s.charAt(i) == '"')) {
            throw new IllegalArgumentException("unexpected text after the time zone");
        }
        if (day < 0 || month < 0 || year < 0 || time == null) {
            throw new IllegalArgumentException(missing(day, month, year, time, null));
        }
        if (meridiem != null) {
            int h = time.getHour();
            if (h < 1 || h > 12) {
                throw new IllegalArgumentException("hour " + h + " with " + meridiem.toUpperCase(Locale.ROOT));
            }
            time = time.withHour(h % 12 + (meridiem.equals("pm") ? 12 : 0));
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such date: " + e.getMessage());
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        if (zone instanceof ZoneOffset) {
            return local.toInstant((ZoneOffset) zone);
        }
        ZonedDateTime z = ZonedDateTime.of(local, zone);
        if ("est".equals(zoneLabel)) {
            z = z.withLaterOffsetAtOverlap();
        } else if ("edt".equals(zoneLabel)) {
            z = z.withEarlierOffsetAtOverlap();
        }
        return z.toInstant();
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static String missing(int day, int month, int year, LocalTime time, String more) {
        StringBuilder sb = new StringBuilder();
        if (year < 0) {
            sb.append("no year");
        }
        if (month < 0) {
            sb.append(sb.length() > 0 ? ", " : "").append("no month name");
        }
        if (day < 0) {
            sb.append(sb.length() > 0 ? ", " : "").append("no day of the month");
        }
        if (time == null) {
            sb.append(sb.length() > 0 ? ", " : "").append("no time of day");
        }
        if (more != null) {
            sb.append(sb.length() > 0 ? ", " : "").append(more);
        }
        return sb.toString();
    }

    private static LocalTime time(String t) {
        String[] parts = t.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("'" + t + "' is not a time H:MM or H:MM:SS");
        }
        int[] v = new int[3];
        for (int p = 0; p < parts.length; p++) {
            if (parts[p].isEmpty() || parts[p].length() > 2 || p > 0 && parts[p].length() != 2) {
                throw new IllegalArgumentException("'" + t + "' is not a time H:MM or H:MM:SS");
            }
            v[p] = Integer.parseInt(parts[p]);
        }
        if (v[0] > 23 || v[1] > 59 || v[2] > 59) {
            throw new IllegalArgumentException("'" + t + "' is not a time of day");
        }
        return LocalTime.of(v[0], v[1], v[2]);
    }

    private static ZoneOffset offset(String o) {
        if (o.isEmpty()) {
            return ZoneOffset.UTC;
        }
        Matcher m = OFFSET.matcher(o);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + o + "' is not a UTC offset such as -5 or +05:30");
        }
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hours > 18 || minutes > 59 || hours == 18 && minutes > 0) {
            throw new IllegalArgumentException("'" + o + "' is not a UTC offset such as -5 or +05:30");
        }
        int sign = m.group(1).equals("-") ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
