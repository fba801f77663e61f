package org.parallax.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.core.article.Metadata;

/**
 * Plain text: every paragraph (a run of non-blank lines) is cut into blocks at its line breaks, except where a
 * line only continues the one before it. Hard-wrapped text (print and PDF copies, lines of a few words) is
 * re-joined before anything is judged: a line that does not end a sentence (nor with a colon) continues on the
 * next line when the next starts in lower case, or the line ends with a comma, hyphen or function word
 * ("the", "of", "and"…); in a run of three or more lines where at least two in five breaks are such
 * continuations, every break that does not end a sentence is one (not after a headline-like first line, not
 * before a bullet, a link marker, a byline or line furniture). A leading "date 2023-08-14 Headline…" line is
 * split into its date and the rest.
 */
final class PlainTextReader {

    /** A date glued before the first text of a page: "date 2023-08-14 ECB cuts rates", "Published: 3 May 2024 —". */
    private static final Pattern LEADING_DATE = Pattern.compile("(?i)^((?:date|published|updated|posted)?:?\\s*"
            + "(?:\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?)?"
            + "|\\p{L}{3,9}\\.? \\d{1,2},? \\d{4}|\\d{1,2} \\p{L}{3,9}\\.? \\d{4}))\\s*[-–—|:]?\\s+(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^(?:[-•*·–—▪◦‣●■]|\\d{1,2}[.)]|>>|»|►|▶)\\s");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for",
            "and", "or", "but", "nor", "with", "by", "from", "as", "that", "which", "who", "whom", "whose", "is",
            "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can",
            "may", "might", "its", "their", "his", "her", "our", "your", "my", "this", "these", "those", "than",
            "after", "before", "into", "about", "over", "under", "per", "between", "said", "says", "told", "not",
            "more", "most", "some", "all", "each", "every", "no", "so", "if", "when", "while", "where", "because",
            "since", "until", "up", "out", "off", "also", "it", "they", "he", "she", "we", "i", "you", "there",
            "did", "do", "does", "just", "only", "very", "new", "least", "nearly", "almost", "around");
    private static final double WRAPPED_SHARE = 0.4;

    private PlainTextReader() {
    }

    static Page read(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> run = new ArrayList<>();
        boolean first = true;
        for (String raw : Lines.split(text)) {
            String line = Lines.clean(raw);
            if (line.isEmpty()) {
                addRun(run, blocks);
                continue;
            }
            if (first) {
                first = false;
                Matcher m = LEADING_DATE.matcher(line);
                if (m.matches() && Dates.find(m.group(1)) != null) {
                    run.add(m.group(1).strip());
                    addRun(run, blocks);
                    line = m.group(2);
                }
            }
            run.add(line);
        }
        addRun(run, blocks);
        return new Page(blocks, Metadata.EMPTY, List.of());
    }

    /** Turns one paragraph's lines into blocks, re-joining wrapped lines; empties {@code run}. */
    private static void addRun(List<String> run, List<Block> blocks) {
        if (run.isEmpty()) {
            return;
        }
        int n = run.size();
        boolean[] join = new boolean[n];
        int open = 0;
        int continued = 0;
        for (int i = 1; i < n; i++) {
            if (breakable(run.get(i - 1), run.get(i))) {
                open++;
                if (continues(run.get(i - 1), run.get(i))) {
                    join[i] = true;
                    continued++;
                }
            }
        }
        if (n >= 3 && continued > 0 && continued >= WRAPPED_SHARE * open) {
            for (int i = 1; i < n; i++) {
                if (breakable(run.get(i - 1), run.get(i)) && !(i == 1 && headlineLike(run.get(0)))) {
                    join[i] = true;
                }
            }
        }
        StringBuilder current = new StringBuilder(run.get(0));
        for (int i = 1; i < n; i++) {
            if (join[i]) {
                current.append(' ').append(run.get(i));
            } else {
                blocks.add(Block.of(current.toString()));
                current = new StringBuilder(run.get(i));
            }
        }
        blocks.add(Block.of(current.toString()));
        run.clear();
    }

    /** A break that may be a wrap: the line does not end a sentence and the next is not a new item. */
    private static boolean breakable(String previous, String next) {
        return !Lines.endsSentence(previous) && !previous.endsWith(":") && !BULLET.matcher(next).find()
                && !BodySplitter.isByline(next) && !BodySplitter.isByline(previous)
                && !LineFurniture.isLineFurniture(next, Lines.words(next))
                && !LineFurniture.isLineFurniture(previous, Lines.words(previous));
    }

    /** The next line plainly continues the sentence: it starts in lower case, or the line stops mid-phrase. */
    private static boolean continues(String previous, String next) {
        if (Character.isLowerCase(next.codePointAt(0))) {
            return true;
        }
        char last = previous.charAt(previous.length() - 1);
        if (last == ',' || last == ';' || last == '-' || last == '–' || last == '—') {
            return true;
        }
        int space = previous.lastIndexOf(' ');
        String word = previous.substring(space + 1).toLowerCase(Locale.ROOT);
        return space >= 0 && FUNCTION_WORDS.contains(word);
    }

    /** A first line that reads as a headline: up to 14 words, not stopping mid-phrase. */
    private static boolean headlineLike(String line) {
        int space = line.lastIndexOf(' ');
        String word = line.substring(space + 1).toLowerCase(Locale.ROOT);
        return Lines.words(line) <= 14 && !FUNCTION_WORDS.contains(word) && !line.endsWith(",");
    }
}
