package org.parallax.core.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

import org.parallax.core.article.Metadata;

/**
 * Infers metadata from the lines above an article's body (its header) and the start of its first paragraph:
 * <ul>
 *   <li>title: a headline-like line that is repeated, else the first headline-like line of 4+ words (not a
 *       section label in capitals, byline, dateline or date);</li>
 *   <li>byline: "by Thomas Maresca" → "Thomas Maresca";</li>
 *   <li>dateline, wire and date: "Washington DC (UPI) Nov 20, 2024" → "Washington DC", "UPI", 2024-11-20, also
 *       at the start of the first paragraph ("WASHINGTON (Reuters) - …");</li>
 *   <li>published: the dateline's date, else a lone date line, else a date on the byline line, else a date
 *       on another short header line ("Posted on March 3, 2023").</li>
 * </ul>
 * The outlet is never inferred from plain text: related links and masthead labels are too unreliable.
 */
final class HeaderInference {

    private HeaderInference() {
    }

    static Metadata infer(List<String> header, String firstParagraph) {
        String title = title(header);
        String byline = null;
        String dateline = null;
        String wire = null;
        LocalDate published = null;
        LocalDate loneDate = null;
        LocalDate bylineDate = null;
        LocalDate otherDate = null;
        for (String line : header) {
            if (byline == null && BodySplitter.isByline(line)) {
                Matcher m = BodySplitter.BYLINE.matcher(line);
                if (m.matches()) {
                    byline = cleanByline(m.group(1));
                    bylineDate = Dates.find(line);
                }
            } else if (dateline == null && BodySplitter.isDatelineLine(line)) {
                Matcher m = BodySplitter.DATELINE.matcher(line);
                if (m.matches()) {
                    dateline = trimPlace(m.group(1));
                    wire = m.group(2).trim();
                    published = Dates.find(m.group(3));
                }
            } else if (loneDate == null && Dates.isLoneDate(line)) {
                loneDate = Dates.find(line);
            } else if (otherDate == null && Lines.words(line) <= 12 && !line.equals(title)) {
                otherDate = Dates.find(line);
            }
        }
        if (dateline == null && firstParagraph != null) {
            Matcher m = BodySplitter.DATELINE.matcher(firstParagraph);
            if (m.matches() && Lines.words(m.group(1)) <= 4 && m.group(3).matches("^(?:[\\p{L}.]+ \\d{1,2}, \\d{4}\\s*)?[-–—:].*")) {
                dateline = trimPlace(m.group(1));
                wire = m.group(2).trim();
                String head = m.group(3);
                published = Dates.find(head.substring(0, Math.min(head.length(), 24)));
            }
        }
        if (published == null) {
            published = loneDate != null ? loneDate : bylineDate != null ? bylineDate : otherDate;
        }
        return new Metadata(title, null, byline, wire, dateline, published, null);
    }

    private static String title(List<String> header) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : header) {
            counts.merge(line.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        String firstCandidate = null;
        for (String line : header) {
            if (!headlineLike(line)) {
                continue;
            }
            if (counts.get(line.toLowerCase(Locale.ROOT)) > 1) {
                return line;
            }
            if (firstCandidate == null && Lines.words(line) >= 4) {
                firstCandidate = line;
            }
        }
        return firstCandidate;
    }

    private static boolean headlineLike(String line) {
        int words = Lines.words(line);
        return words >= 3 && words <= 30 && line.length() <= 250
                && !line.equals(line.toUpperCase(Locale.ROOT))
                && !BodySplitter.isByline(line) && !BodySplitter.isDatelineLine(line) && !Dates.isLoneDate(line)
                && !(words >= 8 && line.matches(".*\\.[\"'”’)]*$"));
    }

    private static String cleanByline(String raw) {
        String s = raw.split("\\s+[|–—]\\s+|\\s+-\\s+|,\\s*(?:published|updated|posted)\\b", 2)[0].trim();
        return s.replaceAll("[,;:]$", "").trim();
    }

    private static String trimPlace(String place) {
        return place.replaceAll("[\\s,\\-]+$", "").trim();
    }
}
