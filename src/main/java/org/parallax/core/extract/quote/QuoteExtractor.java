package org.parallax.core.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parallax.core.article.Span;
import org.parallax.core.extract.Attribution;
import org.parallax.core.extract.Quote;
import org.parallax.core.extract.attribution.AttributionExtractor;
import org.parallax.core.text.Names;
import org.parallax.core.text.QuoteMarks;
import org.parallax.core.text.QuotedStretch;
import org.parallax.core.text.Sentence;

/**
 * Finds direct quotes and their speakers.
 *
 * <p>A quote is an outermost quoted stretch ({@link QuoteMarks}) of {@value #MIN_WORDS} or more words; shorter
 * ones ("soon", 'today', "grave escalation") are scare quotes or terms, not quotes. Nested quotes stay inside
 * their outer quote. A short quoted stretch in a line of capitals is a term, not a quote. A paragraph that opens a quote without closing it gives a quote up to its end, and the next
 * paragraph's quote is a quote of its own.
 *
 * <p>The speaker comes from the attribution that introduces the quote, tried in this order:
 * <ol>
 *   <li>a cue after the closing mark in the same sentence ('"…," Zelensky said', '"…," said Rutte');</li>
 *   <li>a cue before the opening mark in the same sentence ('Pat Ryder stated, "…"', 'called on Moscow to
 *       "…"'), or in the previous paragraph when it ends with a colon;</li>
 *   <li>the speaker of the previous quote of the same paragraph, or of the previous paragraph when the quote
 *       opens its paragraph (the same speech going on); else the source of the previous paragraph's last
 *       attribution;</li>
 *   <li>in a heading-like line (short, no final punctuation), the speaker of another quote of the article
 *       that holds the same words.</li>
 * </ol>
 * Pronouns, surnames and role nouns in the source are resolved by {@link AttributionExtractor}.
 *
 * <p>Thread-safe and stateless.
 */
public final class QuoteExtractor {

    /** Fewest words for a quoted stretch to count as a quote. */
    public static final int MIN_WORDS = 3;

    private final AttributionExtractor attributions = new AttributionExtractor();

    /** Folded key for comparing person names: "Zelensky", "Zelenskyy" and "Zelenskiy" are equal. */
    public static String personKey(String name) {
        return Names.personKey(name);
    }

    public List<Quote> extract(String body, List<Sentence> sentences) {
        List<QuotedStretch> marks = QuoteMarks.find(body);
        return extract(body, sentences, marks, attributions.extract(body, sentences, marks));
    }

    /**
     * Quotes of {@code body}, with {@link Quote#attribution()} an index into {@code atts} (the attributions found
     * in the same body), or -1.
     */
    public List<Quote> extract(String body, List<Sentence> sentences, List<QuotedStretch> marks,
                               List<Attribution> atts) {
        List<QuotedStretch> found = new ArrayList<>();
        for (QuotedStretch q : marks) {
            if (q.depth() == 0 && QuoteMarks.words(body, q.inner()) >= MIN_WORDS && !shoutedTerm(body, q)) {
                found.add(q);
            }
        }
        int n = found.size();
        Paragraphs paras = new Paragraphs(sentences);
        int[] att = new int[n];
        boolean[] own = new boolean[n];
        for (int i = 0; i < n; i++) {
            att[i] = -1;
        }
        // passes 1 and 2: a cue in the same sentence
        for (int i = 0; i < n; i++) {
            QuotedStretch q = found.get(i);
            int a = cueAfter(body, sentences, found, i, atts);
            if (a < 0) {
                a = cueBefore(body, sentences, paras, q, atts);
            }
            if (a >= 0) {
                att[i] = a;
                own[i] = true;
            }
        }
        String[] speaker = new String[n];
        boolean[] heading = new boolean[n];
        // pass 3: the same speech going on
        for (int i = 0; i < n; i++) {
            QuotedStretch q = found.get(i);
            heading[i] = headingLike(body, q, paras);
            if (own[i] || heading[i]) {
                continue;
            }
            boolean samePara = i > 0 && found.get(i - 1).paragraph() == q.paragraph();
            int closer = closerBefore(body, paras, atts, q, samePara ? found.get(i - 1).close() + 1 : -1);
            if (closer >= 0) {
                att[i] = closer; // '"Too short," Ann Cole said. "And then…"': the credit between goes on
                continue;
            }
            if (samePara) {
                if (!creditBetween(atts, att[i - 1], q)) {
                    att[i] = att[i - 1];
                }
                continue;
            }
            if (opensParagraph(body, q) && i > 0 && found.get(i - 1).paragraph() == q.paragraph() - 1) {
                att[i] = att[i - 1];
                continue;
            }
            if (opensParagraph(body, q)) {
                int last = lastInParagraph(paras, atts, q.paragraph() - 1);
                if (last >= 0) {
                    att[i] = last;
                }
            }
        }
        // pass 4: headings echo another quote of the article
        String[] folded = new String[n];
        for (int i = 0; i < n; i++) {
            if (own[i] || !heading[i]) {
                continue;
            }
            int j = sameWords(body, found, i, att, heading, folded);
            if (j >= 0) {
                att[i] = att[j];
            }
        }
        List<Quote> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            QuotedStretch q = found.get(i);
            Attribution a = att[i] >= 0 ? atts.get(att[i]) : null;
            speaker[i] = a == null ? null : a.source();
            out.add(new Quote(q.inner(), q.inner().of(body), speaker[i], a == null ? null : a.sourceRole(),
                    a == null ? null : a.sourceSpan(), a == null || a.source() == null ? -1 : att[i]));
        }
        return out;
    }

    private static int cueAfter(String body, List<Sentence> sentences, List<QuotedStretch> found, int i,
                                List<Attribution> atts) {
        QuotedStretch q = found.get(i);
        if (!q.closed()) {
            return -1;
        }
        int from = q.close() + 1;
        int nextQuote = i + 1 < found.size() ? found.get(i + 1).open() : Integer.MAX_VALUE;
        int lineEnd = body.indexOf('\n', from);
        if (lineEnd < 0) {
            lineEnd = body.length();
        }
        // a quote that ends its sentence inside the marks ('…100,000."') takes no cue after it
        char last = body.charAt(q.inner().end() - 1);
        boolean closedSentence = last == '.' || last == '!' || last == '?' || last == '…';
        for (int k = firstCueAtOrAfter(atts, from); k < atts.size(); k++) {
            Attribution a = atts.get(k);
            if (a.start() >= lineEnd || a.start() >= nextQuote || a.start() - from > 120) {
                return -1;
            }
            String between = body.substring(from, a.start());
            if (hasSentenceEnd(between) || opensWithConjunction(between)) {
                return -1; // '"…," but he said that…': a new clause, not the quote's credit
            }
            boolean credit = a.cueText().equals("―") || a.cueText().equals("—"); // '"…." ― Ana Ruiz'
            if (closedSentence && !credit && !startsLower(body, from, a.start())
                    && !((last == '?' || last == '!') && closesSpeech(body, a, from))) {
                return -1;
            }
            return a.source() == null && !a.cueText().toLowerCase(Locale.ROOT).startsWith("accord") ? -1 : k;
        }
        return -1;
    }

    /**
     * True when attribution {@code a}, a few words after a quote that ends in '?' or '!', has no content of its own
     * after the cue: '"Why now?" Ann Cole asked.', '"Enough!" the mayor shouted to the crowd.'
     */
    private static boolean closesSpeech(String body, Attribution a, int from) {
        if (QuoteMarks.words(body, new Span(from, a.start())) > QUESTION_CREDIT_WORDS) {
            return false;
        }
        return a.content() == null || a.content().end() <= a.start();
    }

    /** Most words between a quote ending in '?' or '!' and the cue that credits it. */
    private static final int QUESTION_CREDIT_WORDS = 8;

    /**
     * The last sourced attribution of the quote's paragraph between {@code from} (the paragraph's start when
     * negative) and the opening mark that closes its sentence and says what comes before it ("…," Ann Cole
     * said.), or -1.
     */
    private static int closerBefore(String body, Paragraphs paras, List<Attribution> atts, QuotedStretch q,
                                    int from) {
        int p = q.paragraph();
        if (p < 0 || p >= paras.size() || paras.start(p) < 0) {
            return -1;
        }
        int lo = from >= 0 ? from : paras.start(p);
        for (int k = firstCueAtOrAfter(atts, q.open()) - 1; k >= 0; k--) {
            Attribution a = atts.get(k);
            if (a.start() < lo) {
                break;
            }
            if (a.end() > q.open() || a.source() == null || a.content() == null || a.content().end() > a.start()) {
                continue;
            }
            String after = body.substring(a.end(), q.open());
            if (quoteBefore(body, a, lo) && hasSentenceEnd(after)) {
                return k;
            }
            return -1;
        }
        return -1;
    }

    /** True when a closing quotation mark stands within a few characters before the cue or its source. */
    private static boolean quoteBefore(String body, Attribution a, int lo) {
        int at = a.sourceSpan() != null ? Math.min(a.sourceSpan().start(), a.start()) : a.start();
        for (int k = at - 1; k >= lo && at - k <= 4; k--) {
            char c = body.charAt(k);
            if (c == '"' || c == '”' || c == '\'' || c == '’') {
                return true;
            }
        }
        return false;
    }

    /** True when the first word of {@code text} joins a new clause: "but", "and", "while", "though". */
    private static boolean opensWithConjunction(String text) {
        int k = 0;
        while (k < text.length() && !Character.isLetter(text.charAt(k))) {
            k++;
        }
        int e = k;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return CONJUNCTIONS.contains(text.substring(k, e).toLowerCase(Locale.ROOT));
    }

    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("but", "and", "while", "though",
            "although", "because", "yet", "so", "whereas");

    /** True when attribution {@code a} is a dash credit standing before quote {@code q}: it closed another quote. */
    private static boolean creditBetween(List<Attribution> atts, int a, QuotedStretch q) {
        if (a < 0) {
            return false;
        }
        Attribution at = atts.get(a);
        return (at.cueText().equals("―") || at.cueText().equals("—")) && at.start() < q.open();
    }

    private static boolean startsLower(String body, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = body.charAt(k);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    private static int cueBefore(String body, List<Sentence> sentences, Paragraphs paras, QuotedStretch q,
                                 List<Attribution> atts) {
        int at = Sentence.indexAt(sentences, q.open());
        Sentence s = at < 0 ? null : sentences.get(at);
        int k = firstCueAtOrAfter(atts, q.open()) - 1;
        for (; k >= 0; k--) {
            Attribution a = atts.get(k);
            if (a.end() > q.open()) {
                continue;
            }
            if (s != null && a.start() >= s.start()) {
                return a.source() == null || creditBetween(atts, k, q) ? -1 : k;
            }
            break;
        }
        // the previous paragraph ends with a colon: 'Caddell continued:'
        if (s != null && opensParagraph(body, q)) {
            int p = s.paragraph() - 1;
            if (p >= 0 && p < paras.size() && paras.end(p) > 0 && body.charAt(paras.end(p) - 1) == ':') {
                int lastStart = paras.lastSentenceStart(p);
                for (int j = firstCueAtOrAfter(atts, paras.end(p)) - 1; j >= 0; j--) {
                    Attribution a = atts.get(j);
                    if (a.start() < lastStart) {
                        break;
                    }
                    if (a.source() != null) {
                        return j;
                    }
                }
            }
        }
        return -1;
    }

    private static int lastInParagraph(Paragraphs paras, List<Attribution> atts, int paragraph) {
        if (paragraph < 0 || paragraph >= paras.size()) {
            return -1;
        }
        int from = paras.start(paragraph);
        for (int k = firstCueAtOrAfter(atts, paras.end(paragraph)) - 1; k >= 0; k--) {
            Attribution a = atts.get(k);
            if (a.start() < from) {
                break;
            }
            if (a.source() != null && a.end() <= paras.end(paragraph)) {
                return k;
            }
        }
        return -1;
    }

    /** Start and end of each paragraph, and the start of its last sentence. */
    private static final class Paragraphs {
        private final int[] start;
        private final int[] end;
        private final int[] lastSentence;

        Paragraphs(List<Sentence> sentences) {
            int n = sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).paragraph() + 1;
            start = new int[n];
            end = new int[n];
            lastSentence = new int[n];
            java.util.Arrays.fill(start, -1);
            for (Sentence s : sentences) {
                int p = s.paragraph();
                if (start[p] < 0) {
                    start[p] = s.start();
                }
                end[p] = s.end();
                lastSentence[p] = s.start();
            }
        }

        int size() {
            return start.length;
        }

        int start(int p) {
            return start[p];
        }

        int end(int p) {
            return end[p];
        }

        int lastSentenceStart(int p) {
            return lastSentence[p];
        }
    }

    private static boolean hasSentenceEnd(String between) {
        for (int k = 0; k < between.length(); k++) {
            char c = between.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == ';') {
                // "U.S." inside a source name is no sentence end
                boolean inWord = k > 0 && Character.isLetter(between.charAt(k - 1)) && k + 1 < between.length()
                        && Character.isLetter(between.charAt(k + 1));
                boolean abbrev = k > 0 && Character.isUpperCase(between.charAt(k - 1)) || c == '.' && title(between, k);
                // a party and state tag ends in a dot before a comma or bracket: "(D-Wis.) said", ", R-Ky., said"
                boolean tag = c == '.' && k + 1 < between.length()
                        && (between.charAt(k + 1) == ',' || between.charAt(k + 1) == ')');
                if (!inWord && !abbrev && !tag) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the '.' at {@code k} ends a title before a name: "Mr.", "Ms.", "Sen.", "Gov.", "Dr.". */
    private static boolean title(String text, int k) {
        int w = k;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        if (w == k || !Character.isUpperCase(text.charAt(w))) {
            return false;
        }
        return Names.ROLE_WORDS.contains(text.substring(w, k + 1).toLowerCase(Locale.ROOT));
    }

    private static int firstCueAtOrAfter(List<Attribution> atts, int pos) {
        int lo = 0;
        int hi = atts.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (atts.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** True when only blanks, dashes or bullets stand between the paragraph's start and the opening mark. */
    private static boolean opensParagraph(String body, QuotedStretch q) {
        for (int k = q.open() - 1; k >= 0; k--) {
            char c = body.charAt(k);
            if (c == '\n') {
                return true;
            }
            boolean blank = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (!blank && c != '-' && c != '—' && c != '–' && c != '•') {
                return false;
            }
        }
        return true;
    }

    /** A short line that does not end like a sentence: a headline or crosshead. */
    private static boolean headingLike(String body, QuotedStretch q, Paragraphs paras) {
        int p = q.paragraph();
        if (p < 0 || p >= paras.size() || paras.start(p) < 0) {
            return false;
        }
        int ls = paras.start(p);
        int le = paras.end(p);
        if (le - ls > 160 || le <= ls) {
            return false;
        }
        char last = body.charAt(le - 1);
        return last != '.' && last != '"' && last != '”' && last != '!' && last != '?' && last != ':';
    }

    /** Index of another quote (with its own cue) that holds the same words as quote {@code i}, or -1. */
    private static int sameWords(String body, List<QuotedStretch> found, int i, int[] att, boolean[] heading,
                                 String[] folded) {
        String needle = folded(body, found, i, folded);
        if (needle.length() < 8) {
            return -1;
        }
        int from = Math.max(0, i - 300);
        int to = Math.min(found.size(), i + 300);
        for (int j = from; j < to; j++) {
            if (j != i && att[j] >= 0 && !heading[j] && folded(body, found, j, folded).contains(needle)) {
                return j;
            }
        }
        return -1;
    }

    private static String folded(String body, List<QuotedStretch> found, int i, String[] cache) {
        if (cache[i] == null) {
            cache[i] = fold(found.get(i).inner().of(body));
        }
        return cache[i];
    }

    private static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        return b.toString().trim();
    }

    /**
     * A short quoted stretch on a line with no lower-case letter at all ("… SCRAPPING ‘DAYS OF REST’ FROM …"):
     * a link or kicker in capitals quoting a term, not a quotation.
     */
    private static boolean shoutedTerm(String body, QuotedStretch q) {
        if (QuoteMarks.words(body, q.inner()) > SHOUTED_TERM_WORDS) {
            return false;
        }
        int from = body.lastIndexOf('\n', q.open()) + 1;
        int to = body.indexOf('\n', q.open());
        if (to < 0) {
            to = body.length();
        }
        boolean letters = false;
        for (int k = from; k < to; k++) {
            char c = body.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /** Most words of a quoted term in a line of capitals. */
    private static final int SHOUTED_TERM_WORDS = 4;

    /** The span inside the marks, for callers that need it. */
    static Span inner(QuotedStretch q) {
        return q.inner();
    }
}
