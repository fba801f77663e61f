package org.parallax.core.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines a reader skips wherever they stand, judged one line at a time (the word lists are in
 * {@code line-furniture.txt} beside this class, one pattern a line under a section name):
 * <ul>
 *   <li>link lines: a related-link label with a headline after it ("RELATED: …", "Read more: …"), a line that
 *       starts with a link marker ("&gt;&gt; …", "► …"), a headline in capitals of four or more words;</li>
 *   <li>captions and credits: a lone credit ("(AP/Jane Roe)", "REUTERS/John Doe", "Getty Images",
 *       "Photo: …"), a caption that ends with one, a social embed's label ("… | Twitter");</li>
 *   <li>date lines: a short line that labels a date ("Updated: Saturday, 9 September 2023, 12:56");</li>
 *   <li>widget labels: "✕ Close", "Skip to content", "Loading…".</li>
 * </ul>
 * A sentence of the article is never one of these: the patterns need a label, a marker or a credit's shape.
 */
final class LineFurniture {

    /** "a.m." / "p.m." closing a line: its stop ends no sentence. */
    private static final Pattern CLOCK_STOP = Pattern.compile("(?i)\\b(?:a\\.m|p\\.m)\\.$");

    private static final Rules RULES = Rules.load("line-furniture.txt");
    private static final List<Pattern> LINK_LINES = RULES.patterns("link");
    private static final List<Pattern> CREDIT_LINES = RULES.patterns("credit");
    private static final List<Pattern> CAPTION_ENDS = RULES.patterns("caption-end");
    private static final List<Pattern> CAPTION_STARTS = RULES.patterns("caption-start");
    private static final List<Pattern> WIDGETS = RULES.patterns("widget");
    private static final Pattern DATE_LABEL = Pattern.compile("(?i)\\b(?:published|updated|posted|last modified"
            + "|first published|date)\\b");

    private LineFurniture() {
    }

    static boolean isLineFurniture(String line, int words) {
        if (line.isEmpty()) {
            return false;
        }
        // cheap looks first: most lines of a page are prose that no pattern can match, and the patterns are
        // many; each test below is a necessary condition of the patterns it guards
        String head = line.substring(0, Math.min(line.length(), 32));
        boolean labelled = head.indexOf(':') >= 0 || head.indexOf('|') >= 0 || head.indexOf('-') >= 0
                || head.indexOf('–') >= 0 || head.indexOf('—') >= 0;
        boolean marker = !Character.isLetterOrDigit(line.charAt(0)) && line.charAt(0) != '"'
                && line.charAt(0) != '“' && line.charAt(0) != '\'';
        if (words <= 12 && any(WIDGETS, line) || words <= 40 && (labelled || marker) && any(LINK_LINES, line)
                || capitalsHeadline(line, words)) {
            return true;
        }
        if (words <= 12 && any(CREDIT_LINES, line)) {
            return true;
        }
        String tail = line.substring(Math.max(0, line.length() - 80)).toLowerCase(java.util.Locale.ROOT);
        if ((tail.indexOf(')') >= 0 || tail.indexOf('/') >= 0 || tail.indexOf('|') >= 0
                || tail.contains("photo") || tail.contains("image") || tail.contains("picture"))
                && any(CAPTION_ENDS, line)) {
            return true;
        }
        if (head.indexOf(':') >= 0 && any(CAPTION_STARTS, line)) {
            return true;
        }
        return isDateLine(line, words);
    }

    /** A lone photo or video credit: "(AP/Jane Roe)", "Getty Images", "Photo: Jane Roe". */
    static boolean isCredit(String line) {
        int words = Lines.words(line);
        return words > 0 && words <= 12 && any(CREDIT_LINES, line);
    }

    /** A short line that labels a date: "Published 3 March 2023, updated 4 March", "date 2023-08-14". */
    static boolean isDateLine(String line, int words) {
        return words <= 14 && DATE_LABEL.matcher(line).find() && Dates.find(line) != null
                && !Lines.endsSentence(CLOCK_STOP.matcher(line).replaceAll(""));
    }

    /** "ELON SCRAPS THE OLD PLAN: REPORT": four or more words, every letter a capital, no closing stop. */
    private static boolean capitalsHeadline(String line, int words) {
        if (words < 4 || Lines.endsSentence(line)) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 12 && !line.toUpperCase(Locale.ROOT).matches("^[\\p{Lu} .,'’\\-]{0,60}\\([\\p{Lu} .&]+\\).*");
    }

    /**
     * True if a pattern matches: one anchored with {@code ^} is tried at the line's start only
     * ({@link java.util.regex.Matcher#lookingAt()}), any other is searched in the line's last
     * {@link #TAIL} characters (the unanchored patterns describe how a line ends), so a long paragraph costs
     * no more than a short one.
     */
    private static boolean any(List<Pattern> patterns, String line) {
        for (Pattern p : patterns) {
            java.util.regex.Matcher m = p.matcher(line);
            if (p.pattern().startsWith("^")) {
                if (m.lookingAt()) {
                    return true;
                }
            } else if (m.region(Math.max(0, line.length() - TAIL), line.length()).find()) {
                return true;
            }
        }
        return false;
    }

    /** How much of a line's end the unanchored patterns look at. */
    private static final int TAIL = 160;
}
