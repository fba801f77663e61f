package org.parallax.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parallax.core.article.Span;

/**
 * Splits an article body into sentences and tokens with character offsets, by hand-written rules.
 *
 * <p>Paragraphs are lines: every line break ends a sentence, and every non-blank line is a new paragraph, so
 * bodies with "\n\n" between paragraphs and bodies with one paragraph a line both work, and headline-like lines
 * without final punctuation are sentences of their own. Inside a line a sentence ends at {@code . ! ? …} (plus
 * any closing quotation marks or brackets) followed by white space and a word that does not start in lower case,
 * unless the period closes an abbreviation (titles such as "Gen." or "Rep.", "No. 5", "Nov. 20", initials as in
 * "Donald J. Trump"; dotted acronyms such as "U.S." end a sentence only before a typical sentence opener).
 *
 * <p>Runs in one linear pass without regular expressions. Thread-safe and stateless.
 */
public final class TextSplitter {

    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr",
            "brig", "rep", "reps", "sen", "sens", "gov", "pres", "prof", "rev", "hon", "st", "mt", "ft", "jr", "sr",
            "messrs", "mme", "gov't", "lieut", "supt", "insp", "det", "atty", "amb", "sec", "secy", "dept",
            "univ", "assn", "bros", "inc", "corp", "co", "ltd", "vs", "v", "cf", "e.g", "i.e", "al", "approx",
            "est", "fig", "figs", "ave", "blvd", "rd", "mass", "calif", "fla", "ill", "penn", "conn", "wash", "ariz",
            "colo", "mich", "minn", "tenn", "okla", "nev", "wis", "ky", "va", "md", "del");
    private static final Set<String> BEFORE_NUMBER = Set.of(
            "no", "nos", "vol", "art", "p", "pp", "ch", "sec", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "op", "para");
    private static final Set<String> MONTHS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> OPENERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "this",
            "that", "these", "those", "there", "his", "her", "their", "its", "our", "as", "if", "when", "while",
            "after", "before", "for", "so", "yet", "however", "meanwhile", "still", "also", "some", "many",
            "most", "officials", "president");

    /** Sentences of {@code body} in reading order; they do not overlap and hold every non-blank character. */
    public List<Sentence> sentences(String body) {
        List<Sentence> out = new ArrayList<>();
        int n = body.length();
        int paragraph = -1;
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int s = skipBlank(body, lineStart, lineEnd);
            if (s < lineEnd) {
                paragraph++;
                splitLine(body, s, lineEnd, paragraph, out);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static void splitLine(String body, int from, int lineEnd, int paragraph, List<Sentence> out) {
        int start = from;
        int i = from;
        while (i < lineEnd) {
            char c = body.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < lineEnd && (body.charAt(j) == '.' || body.charAt(j) == '!' || body.charAt(j) == '?'
                        || body.charAt(j) == '…')) {
                    j++;
                }
                int punctEnd = j;
                while (j < lineEnd && isCloser(body.charAt(j))) {
                    j++;
                }
                if (j < lineEnd && isBlank(body.charAt(j))) {
                    int k = skipBlank(body, j, lineEnd);
                    if (k < lineEnd && endsSentence(body, from, i, punctEnd, k, lineEnd)) {
                        add(body, start, j, paragraph, out);
                        start = k;
                    }
                    i = k;
                    continue;
                }
                i = j;
                continue;
            }
            i++;
        }
        add(body, start, lineEnd, paragraph, out);
    }

    private static boolean endsSentence(String body, int lineStart, int punct, int punctEnd, int next, int lineEnd) {
        char n = body.charAt(next);
        if (Character.isLowerCase(n) || n == ',' || n == ';' || n == ':' || n == ')' || n == ']') {
            return false;
        }
        if (body.charAt(punct) != '.' || punctEnd - punct > 1) {
            return true;
        }
        // a single period: is it an abbreviation?
        int w = punct;
        while (w > lineStart && (Character.isLetter(body.charAt(w - 1)) || body.charAt(w - 1) == '.'
                || body.charAt(w - 1) == '\'' || body.charAt(w - 1) == '’')) {
            w--;
        }
        if (w == punct) {
            return true;
        }
        String word = body.substring(w, punct);
        String lower = word.toLowerCase(Locale.ROOT);
        String nextWord = wordAt(body, next, lineEnd);
        boolean nextIsDigit = Character.isDigit(n);
        if (TITLES.contains(lower)) {
            return false;
        }
        if (BEFORE_NUMBER.contains(lower) && nextIsDigit) {
            return false;
        }
        if (MONTHS.contains(lower) && !OPENERS.contains(nextWord.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "Donald J. Trump"
        }
        if (word.indexOf('.') > 0) {
            // dotted acronym: "U.S." ends a sentence only before a typical opener
            return OPENERS.contains(nextWord.toLowerCase(Locale.ROOT));
        }
        return true;
    }

    private static String wordAt(String body, int from, int end) {
        int k = from;
        while (k < end && Character.isLetter(body.charAt(k))) {
            k++;
        }
        return body.substring(from, k);
    }

    /**
     * The longest sentence: a run of text without a sentence end that is longer (a pasted table, a page
     * without punctuation, a hostile file of megabytes on one line) is cut at white space into pieces of at
     * most this many characters, so that work per sentence stays bounded.
     */
    public static final int MAX_SENTENCE = 2_000;

    private static void add(String body, int start, int end, int paragraph, List<Sentence> out) {
        int e = end;
        while (e > start && isBlank(body.charAt(e - 1))) {
            e--;
        }
        int s = skipBlank(body, start, e);
        while (e - s > MAX_SENTENCE) {
            int cut = s + MAX_SENTENCE;
            int space = cut;
            while (space > s + MAX_SENTENCE / 2 && !isBlank(body.charAt(space))) {
                space--;
            }
            if (isBlank(body.charAt(space))) {
                cut = space;
            }
            int pieceEnd = cut;
            while (pieceEnd > s && isBlank(body.charAt(pieceEnd - 1))) {
                pieceEnd--;
            }
            out.add(new Sentence(new Span(s, pieceEnd), paragraph));
            s = skipBlank(body, cut, e);
        }
        if (s < e) {
            out.add(new Sentence(new Span(s, e), paragraph));
        }
    }

    static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»' || c == '›';
    }

    /** White space, including no-break spaces and invisible format characters (zero-width, bidi controls). */
    public static boolean isBlank(char c) {
        if (c < 128) {
            return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B' || c < 32 && c >= 28;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    private static int skipBlank(String body, int from, int end) {
        int k = from;
        while (k < end && isBlank(body.charAt(k))) {
            k++;
        }
        return k;
    }

    /** Tokens of {@code body} inside {@code range}, in reading order. */
    public List<Token> tokens(String body, Span range) {
        List<Token> out = new ArrayList<>();
        int end = Math.min(range.end(), body.length());
        int i = range.start();
        while (i < end) {
            char c = body.charAt(i);
            if (isBlank(c)) {
                i++;
            } else if (Character.isLetter(c)) {
                int j = wordEnd(body, i, end);
                out.add(new Token(new Span(i, j), body.substring(i, j), Token.Kind.WORD));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < end && (Character.isDigit(body.charAt(j))
                        || ((body.charAt(j) == '.' || body.charAt(j) == ',') && j + 1 < end
                        && Character.isDigit(body.charAt(j + 1))))) {
                    j++;
                }
                out.add(new Token(new Span(i, j), body.substring(i, j), Token.Kind.NUMBER));
                i = j;
            } else {
                int j = Character.isHighSurrogate(c) && i + 1 < end ? i + 2 : i + 1;
                out.add(new Token(new Span(i, j), body.substring(i, j), Token.Kind.PUNCT));
                i = j;
            }
        }
        return out;
    }

    /** End of the word starting at {@code i}: letters and digits, inner apostrophes, hyphens and dots. */
    static int wordEnd(String body, int i, int end) {
        int j = i + 1;
        while (j < end) {
            char d = body.charAt(j);
            if (Character.isLetterOrDigit(d)) {
                j++;
            } else if ((d == '\'' || d == '’' || d == '-' || d == '.') && j + 1 < end
                    && Character.isLetter(body.charAt(j + 1))) {
                j++;
            } else if (d == '.' && j - 1 >= i && Character.isLetter(body.charAt(j - 1))
                    && j - 2 >= i && body.charAt(j - 2) == '.') {
                j++; // the final dot of "U.S."
                break;
            } else {
                break;
            }
        }
        return j;
    }
}
