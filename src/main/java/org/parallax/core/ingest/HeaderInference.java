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

    /** What the text says about the article: its metadata and its dek (standfirst), or a null dek. */
    record Inferred(Metadata metadata, String dek) {
    }

    /** Metadata and dek of a split page: its header, the lines set aside inside it and its first paragraph. */
    static Inferred infer(BodySplitter.Split split) {
        List<String> header = split.before();
        String title = title(header, split.lineFurniture());
        Metadata m = infer(header, split.body().isEmpty() ? null : split.body().get(0), title);
        for (String line : split.inside()) {
            if (m.published() == null && (LineFurniture.isDateLine(line, Lines.words(line)) || Dates.isLoneDate(line))) {
                m = m.withPublished(Dates.find(line));
            }
            if (m.byline() == null && BodySplitter.isByline(line)) {
                Matcher b = BodySplitter.BYLINE.matcher(line);
                if (b.matches()) {
                    m = new Metadata(m.title(), m.outlet(), cleanByline(b.group(1)), m.wire(), m.dateline(),
                            m.published(), m.url());
                }
            }
        }
        if (m.outlet() == null) {
            m = m.withOutlet(outlet(split));
        }
        return new Inferred(m, dek(header, title, split.lineFurniture()));
    }

    /** "© 2024 Harbour Times", "Copyright 2023 Northline Media L.P." as a line of its own: the outlet. */
    private static final java.util.regex.Pattern COPYRIGHT_LINE = java.util.regex.Pattern.compile(
            "^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)"
                    + "(\\p{Lu}[\\p{L}\\p{N}&.'’ -]{1,50}?)[.,]?(?:\\s+all rights reserved\\.?)?$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static String outlet(BodySplitter.Split split) {
        List<String> lines = new java.util.ArrayList<>(split.after());
        lines.addAll(split.before());
        for (String line : lines) {
            if (Lines.words(line) > 10) {
                continue;
            }
            Matcher m = COPYRIGHT_LINE.matcher(line);
            if (m.matches()) {
                String name = m.group(1).strip().replaceAll("[,.]$", "");
                String lower = name.toLowerCase(Locale.ROOT);
                // "© 2024 All rights reserved." names no one
                if (Lines.words(name) <= 6 && !lower.startsWith("by ") && !lower.matches("(?:all|some) rights reserved")) {
                    return name;
                }
            }
        }
        return null;
    }

    /** The standfirst: the first header block after the title that reads as a sentence of 8 or more words. */
    private static String dek(List<String> header, String title, java.util.Set<String> lineFurniture) {
        if (title == null) {
            return null;
        }
        int at = header.indexOf(title);
        for (int i = at + 1; at >= 0 && i < header.size(); i++) {
            String line = header.get(i);
            if (line.equals(title) || lineFurniture.contains(line) || BodySplitter.isByline(line)
                    || BodySplitter.isDatelineLine(line) || Dates.isLoneDate(line) || Lines.words(line) < 8
                    || Lines.words(line) > 60 || glued(line)) {
                continue;
            }
            return line;
        }
        return null;
    }

    static Metadata infer(List<String> header, String firstParagraph) {
        return infer(header, firstParagraph, title(header, java.util.Set.of()));
    }

    private static Metadata infer(List<String> header, String firstParagraph, String title) {
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
            } else if (loneDate == null && (Dates.isLoneDate(line) || LineFurniture.isDateLine(line, Lines.words(line)))) {
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

    /**
     * The headline: a headline-like header line repeated (not a short label twice in a row, as an image's text
     * and its caption are), else the first headline-like line of 4+ words that is not glued from page labels
     * ("NewsCity council…"), else the first glued one; when a byline or date line follows, the last such line
     * of up to 14 words above it wins (a site's name stands higher, a dek is longer). Line furniture (captions, related links, navigation,
     * date lines) and agency leads ("(Agency) -- Here are…") are never the title.
     */
    private static String title(List<String> header, java.util.Set<String> lineFurniture) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : header) {
            counts.merge(line.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        String firstCandidate = null;
        String gluedCandidate = null;
        String aboveMarker = null;
        boolean markerSeen = false;
        for (int i = 0; i < header.size(); i++) {
            String line = header.get(i);
            if (BodySplitter.isByline(line) || Dates.isLoneDate(line) || BodySplitter.isDatelineLine(line)
                    || LineFurniture.isDateLine(line, Lines.words(line))) {
                markerSeen = true;
                break;
            }
            if (headlineLike(line) && !lineFurniture.contains(line) && !AGENCY_LEAD.matcher(line).find()
                    && Lines.words(line) >= 4 && Lines.words(line) <= 14 && !glued(line)) {
                aboveMarker = line;
            }
        }
        for (int i = 0; i < header.size(); i++) {
            String line = header.get(i);
            if (!headlineLike(line) || lineFurniture.contains(line) || AGENCY_LEAD.matcher(line).find()) {
                continue;
            }
            boolean adjacentTwin = (i + 1 < header.size() && header.get(i + 1).equalsIgnoreCase(line)
                    || i > 0 && header.get(i - 1).equalsIgnoreCase(line)) && Lines.words(line) < BodySplitter.SHORT_LABEL;
            if (counts.get(line.toLowerCase(Locale.ROOT)) > 1 && !adjacentTwin) {
                return line;
            }
            if (Lines.words(line) >= 4) {
                if (glued(line)) {
                    gluedCandidate = gluedCandidate == null ? line : gluedCandidate;
                } else if (firstCandidate == null) {
                    firstCandidate = line;
                }
            }
        }
        if (markerSeen && aboveMarker != null) {
            return aboveMarker; // the headline stands right above its byline or date, below a site's name
        }
        if (firstCandidate == null && gluedCandidate == null && !header.isEmpty()) {
            String first = header.get(0);
            if (headlineLike(first) && !lineFurniture.contains(first) && !AGENCY_LEAD.matcher(first).find()) {
                return first; // a short first line standing alone: "Regional election results"
            }
        }
        return firstCandidate != null ? firstCandidate : gluedCandidate;
    }

    /** An agency's lead: "(Agency) -- Here are…", "WASHINGTON (Agency) —". */
    private static final java.util.regex.Pattern AGENCY_LEAD = java.util.regex.Pattern.compile(
            "^(?:[\\p{Lu}][\\p{L} .,'-]{0,40})?\\(\\p{Lu}[\\p{L}.& ]{1,24}\\)\\s*(?:--|[-–—:])\\s*\\S");

    /** Page labels glued to a headline when a page was scraped: a lower-case letter then a capital in one word. */
    private static boolean glued(String line) {
        for (int i = 1; i + 1 < line.length(); i++) {
            if (Character.isLowerCase(line.charAt(i)) && Character.isUpperCase(line.charAt(i + 1))
                    && Character.isLowerCase(line.charAt(i - 1))) {
                return true;
            }
        }
        return false;
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
