package org.parallax.core.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds publication dates written the common ways: "Nov 20, 2024", "Nov. 20, 2024", "November 20, 2024",
 * "20 November 2024", "2024-11-05" and ISO date-times ("2024-11-05T08:30:00Z"). A date without a year
 * ("17 November") is not a date here: it gives {@code null}, never a guessed year.
 */
final class Dates {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    /** What {@link #isLoneDate} takes away before asking whether anything is left. */
    private static final Pattern MONTH_WORD = Pattern.compile("(?i)\\b" + MONTH + "\\b\\.?");
    private static final Pattern WEEKDAY_WORD = Pattern.compile("(?i)\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b");
    private static final Pattern DATE_LABEL_WORD =
            Pattern.compile("(?i)\\b(published|updated|posted|on|at|am|pm|utc|gmt|[a-z]{2,4}t)\\b");
    private static final Pattern DATE_CHAR = Pattern.compile("[\\d\\s,.:+\\-/T]");
    /** A line that is nothing but a date (optionally a weekday, time and zone around it). */
    private static final Pattern LONE = Pattern.compile(
            "(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(?:published:?\\s*|updated:?\\s*|posted:?\\s*)?"
                    + "[\\w ,.:+\\-/]{6,40}$");

    private Dates() {
    }

    /** The first full date written in {@code text}, or null. */
    static LocalDate find(String text) {
        if (text == null) {
            return null;
        }
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            LocalDate d = of(m.group(1), month(m.group(2)), m.group(3));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = of(m.group(3), monthNumber(m.group(1)), m.group(2));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = of(m.group(3), monthNumber(m.group(2)), m.group(1));
            if (d != null) {
                best = d;
            }
        }
        return best;
    }

    /** True if {@code line} is a date and little else ("2024-11-05", "Tuesday, November 5, 2024 10:00"). */
    static boolean isLoneDate(String line) {
        if (line.length() > 48 || find(line) == null) {
            return false;
        }
        String rest = MONTH_WORD.matcher(line).replaceAll(" ");
        rest = WEEKDAY_WORD.matcher(rest).replaceAll(" ");
        rest = DATE_LABEL_WORD.matcher(rest).replaceAll(" ");
        rest = DATE_CHAR.matcher(rest).replaceAll("");
        return rest.isEmpty() && LONE.matcher(line).matches();
    }

    private static LocalDate of(String year, int month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2200 || month < 1) {
                return null;
            }
            return LocalDate.of(y, month, Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static int month(String digits) {
        return Integer.parseInt(digits);
    }

    private static int monthNumber(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (n.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        return -1;
    }
}
