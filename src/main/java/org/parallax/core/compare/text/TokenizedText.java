package org.parallax.core.compare.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.parallax.core.article.Span;
import org.parallax.core.text.TextSplitter;

/**
 * The tokenize stage: one body cut into passages and word/punctuation tokens, each with character offsets,
 * a surface id, a canonical id and flags. Built once per text and comparison; arrays for speed.
 */
public final class TokenizedText {

    public static final int WORD = 1;
    public static final int NUMBER = 1 << 1;
    static final int PUNCT = 1 << 2;
    /** Starts with a capital letter (weekday and month names excepted). */
    public static final int CAPITAL = 1 << 3;
    public static final int STOP = 1 << 4;
    public static final int QUOTED = 1 << 5;
    public static final int CUE = 1 << 6;
    public static final int PRONOUN = 1 << 7;
    public static final int FIRST = 1 << 8;

    final String body;
    public final Span[] passages;
    /** Token range of passage p: {@code [passageFirst[p], passageFirst[p + 1])}. */
    final int[] passageFirst;
    public final int[] start;
    public final int[] end;
    public final int[] surface;
    public final int[] canonical;
    /** Plain stem id of words, surface id of marks. */
    public final int[] stem;
    public final int[] flags;

    private TokenizedText(String body, Span[] passages, int[] passageFirst, int[] start, int[] end,
                          int[] surface, int[] canonical, int[] stem, int[] flags) {
        this.stem = stem;
        this.body = body;
        this.passages = passages;
        this.passageFirst = passageFirst;
        this.start = start;
        this.end = end;
        this.surface = surface;
        this.canonical = canonical;
        this.flags = flags;
    }

    public int passageCount() {
        return passages.length;
    }

    public int tokenCount() {
        return start.length;
    }

    public int first(int passage) {
        return passageFirst[passage];
    }

    public int end(int passage) {
        return passageFirst[passage + 1];
    }

    /** Does token {@code token} hold a digit anywhere ("6.8", "magnitude-6.8", "M7")? */
    public boolean hasDigit(int token) {
        for (int i = start[token]; i < end[token]; i++) {
            if (Character.isDigit(body.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    boolean has(int token, int flag) {
        return (flags[token] & flag) != 0;
    }

    public static TokenizedText of(String body, List<Span> rawPassages, Vocabulary vocab) {
        Span[] passages = repair(body, rawPassages);
        BitSet quoted = quotedChars(body);
        IntList st = new IntList();
        IntList en = new IntList();
        int[] first = new int[passages.length + 1];
        for (int p = 0; p < passages.length; p++) {
            first[p] = st.size;
            scan(body, passages[p].start(), passages[p].end(), st, en);
        }
        first[passages.length] = st.size;
        int n = st.size;
        int[] sur = new int[n];
        int[] can = new int[n];
        int[] stm = new int[n];
        int[] fl = new int[n];
        String[] lower = new String[n];
        for (int p = 0; p < passages.length; p++) {
            boolean firstWord = true;
            for (int t = first[p]; t < first[p + 1]; t++) {
                String text = body.substring(st.a[t], en.a[t]);
                String s = Vocabulary.surface(text);
                lower[t] = s;
                sur[t] = vocab.id(s);
                char c0 = text.charAt(0);
                int f = 0;
                if (Character.isLetterOrDigit(c0)) {
                    f |= WORD;
                    can[t] = Character.isUpperCase(c0) ? vocab.canonicalName(s) : vocab.canonical(s);
                    stm[t] = vocab.stemId(s);
                    if (Character.isDigit(c0) || Vocabulary.isNumberWord(s)) {
                        f |= NUMBER;
                    }
                    if (Character.isUpperCase(c0) && !Vocabulary.CALENDAR.contains(s)) {
                        f |= CAPITAL;
                    }
                    if (Vocabulary.STOPWORDS.contains(s)) {
                        f |= STOP;
                    }
                    if (Vocabulary.CUES.contains(s)) {
                        f |= CUE;
                    }
                    if (Vocabulary.PRONOUNS.contains(s)) {
                        f |= PRONOUN;
                    }
                    if (firstWord) {
                        f |= FIRST;
                        firstWord = false;
                    }
                } else {
                    f |= PUNCT;
                    can[t] = sur[t];
                    stm[t] = sur[t];
                }
                if (quoted.get(st.a[t])) {
                    f |= QUOTED;
                }
                fl[t] = f;
            }
            applyPhrases(vocab, first[p], first[p + 1], lower, can, fl);
        }
        return new TokenizedText(body, passages, first, st.toArray(), en.toArray(), sur, can, stm, fl);
    }

    /** Multi-word synonyms: a variant phrase takes, word by word, the canonical ids of the group's head phrase. */
    private static void applyPhrases(Vocabulary vocab, int from, int to, String[] lower, int[] can, int[] fl) {
        Synonyms syn = vocab.synonyms();
        if (!syn.hasPhrases()) {
            return;
        }
        for (int t = from; t < to; t++) {
            if ((fl[t] & WORD) == 0) {
                continue;
            }
            for (Synonyms.Phrase ph : syn.phrasesStartingWith(lower[t])) {
                int len = ph.words().length;
                if (t + len > to) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < len && match; k++) {
                    match = (fl[t + k] & WORD) != 0 && lower[t + k].equals(ph.words()[k]);
                }
                if (match) {
                    for (int k = 0; k < len; k++) {
                        can[t + k] = vocab.canonical(ph.targets()[k]);
                    }
                    t += len - 1;
                    break;
                }
            }
        }
    }

    /** Words (letters/digits joined by inner apostrophes, hyphens, and number separators) and single marks. */
    private static void scan(String s, int from, int to, IntList st, IntList en) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (TextSplitter.isBlank(c) || Character.isISOControl(c) || Character.isSurrogate(c)
                    && !Character.isLetterOrDigit(s.codePointAt(i))) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = s.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if (j + 1 < to && Character.isLetterOrDigit(s.charAt(j + 1))
                            && (d == '\'' || d == '’' || d == '-' || d == '‐' || d == '‑')) {
                        j += 2;
                    } else if (j + 1 < to && (d == ',' || d == '.') && Character.isDigit(s.charAt(j - 1))
                            && Character.isDigit(s.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                st.add(i);
                en.add(j);
                i = j;
            } else {
                int j = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                st.add(i);
                en.add(j);
                i = j;
            }
        }
    }

    /** Sorted, clipped, non-overlapping, non-empty spans. */
    public static Span[] repair(String body, List<Span> raw) {
        List<Span> sorted = new ArrayList<>(raw);
        sorted.sort(null);
        List<Span> out = new ArrayList<>();
        int lastEnd = 0;
        for (Span s : sorted) {
            int a = Math.max(s.start(), lastEnd);
            int b = Math.min(s.end(), body.length());
            if (b > a) {
                out.add(new Span(a, b));
                lastEnd = b;
            }
        }
        return out.toArray(new Span[0]);
    }

    /**
     * Characters inside quotation marks. Curly quotes open and close; straight double quotes toggle; single
     * quotes count only where they cannot be apostrophes. A double quote left open runs to the end of its
     * line, as news paragraphs do when a quotation continues; an unclosed single quote marks nothing.
     */
    static BitSet quotedChars(String s) {
        BitSet q = new BitSet(s.length());
        int openDouble = -1;
        int openSingle = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                if (openDouble >= 0) {
                    q.set(openDouble, i);
                }
                openDouble = -1;
                openSingle = -1;
                continue;
            }
            switch (c) {
                case '“', '«', '„' -> {
                    if (openDouble < 0) {
                        openDouble = i;
                    }
                }
                case '”', '»' -> {
                    if (openDouble >= 0) {
                        q.set(openDouble, i + 1);
                        openDouble = -1;
                    }
                }
                case '"' -> {
                    if (openDouble >= 0) {
                        q.set(openDouble, i + 1);
                        openDouble = -1;
                    } else {
                        openDouble = i;
                    }
                }
                case '‘', '\'', '’' -> {
                    boolean letterBefore = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
                    boolean letterAfter = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
                    if (openSingle < 0 && !letterBefore && letterAfter && c != '’') {
                        openSingle = i;
                    } else if (openSingle >= 0 && letterBefore != letterAfter && !letterAfter) {
                        q.set(openSingle, i + 1);
                        openSingle = -1;
                    }
                }
                default -> {
                }
            }
        }
        if (openDouble >= 0) {
            q.set(openDouble, s.length());
        }
        return q;
    }

    /** A growable int array. */
    public static final class IntList {
        public int[] a = new int[64];
        public int size;

        public void add(int v) {
            if (size == a.length) {
                a = java.util.Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, size);
        }
    }
}
