package org.parallax.core.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.core.article.Span;

/**
 * A small rule-based sentence splitter, kept private to the comparison until the shared one in
 * {@code core.text} replaces it (see {@link PassageSplitter}). Every line break ends a passage (news bodies
 * put paragraphs, headlines and crossheads on lines of their own); inside a line a sentence ends at
 * {@code . ! ?} (after any closing quotes or brackets) followed by white space and a capital, digit or
 * opening quote, unless the word before the period is a known abbreviation or a single letter (initials,
 * "U.S."). Spans are trimmed of white space and never empty.
 */
final class SentenceSplitter implements PassageSplitter {

    static final SentenceSplitter INSTANCE = new SentenceSplitter();

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "gov",
            "sen", "rep", "rev", "st", "sr", "jr", "no", "nos", "vs", "etc", "inc", "corp", "ltd", "co",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "approx", "est", "fig", "ft", "mt", "ave", "blvd", "dept", "univ", "pp", "vol", "al");

    private SentenceSplitter() {
    }

    @Override
    public List<Span> split(String body) {
        List<Span> out = new ArrayList<>();
        int n = body.length();
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || body.charAt(i) == '\n' || body.charAt(i) == '\r') {
                splitLine(body, lineStart, i, out);
                lineStart = i + 1;
            }
        }
        return out;
    }

    private static void splitLine(String s, int from, int to, List<Span> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int j = i + 1;
            while (j < to && isCloser(s.charAt(j))) {
                j++;
            }
            if (j >= to || !isSpace(s.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < to && isSpace(s.charAt(k))) {
                k++;
            }
            if (k >= to || !startsSentence(s.charAt(k))) {
                continue;
            }
            if (c == '.' && j == i + 1 && isAbbreviation(s, from, i)) {
                continue;
            }
            add(s, start, j, out);
            start = k;
            i = k - 1;
        }
        add(s, start, to, out);
    }

    /** White space including no-break and zero-width spaces, which web text is full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff'
                || c == '\u2060';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '\''
                || c == '‘' || c == '(' || c == '[' || c == '«' || c == '-' || c == '–' || c == '—';
    }

    /** Whether the word ending just before the period at {@code dot} is an abbreviation or an initial. */
    private static boolean isAbbreviation(String s, int lineStart, int dot) {
        int b = dot;
        while (b > lineStart && Character.isLetter(s.charAt(b - 1))) {
            b--;
        }
        int len = dot - b;
        if (len == 0) {
            return false;
        }
        if (len == 1) {
            return true; // an initial, "U.S.", "p.m."
        }
        return ABBREVIATIONS.contains(s.substring(b, dot).toLowerCase(Locale.ROOT));
    }

    private static void add(String s, int from, int to, List<Span> out) {
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Span(from, to));
        }
    }
}
