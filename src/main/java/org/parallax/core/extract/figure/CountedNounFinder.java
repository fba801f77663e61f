package org.parallax.core.extract.figure;

import java.util.List;
import java.util.Locale;

/**
 * Finds what a number counts: the noun phrase after it ("11,000 North Korean troops", "of its neighbours"),
 * or for a bare number the counted noun earlier in the sentence or the sentence before. Word lists:
 * {@code noun-phrases.txt}; lemmas and families: {@link Nouns}.
 */
final class CountedNounFinder {

    /** A noun phrase over tokens [first, head]; end = head + 1. */
    record NounPhrase(int first, int head) {
    }

    /** What the scan keeps of an emitted figure for look-back. */
    record Emitted(int startTok, String dimension, String unit, String subject, String subjectHead) {
    }

    private final String text;
    private final Tokens t;
    private final int n;

    CountedNounFinder(Tokens t) {
        this.text = t.text;
        this.t = t;
        this.n = t.size;
    }

    // ---- noun phrases ----

    int skipDeterminer(int k) {
        if (t.isWord(k)) {
            String w = t.lower[k];
            if (w.equals("the") || w.equals("its") || w.equals("their") || w.equals("his") || w.equals("her")
                    || w.equals("our") || w.equals("these") || w.equals("those") || w.equals("a")
                    || w.equals("an") || w.equals("my") || w.equals("your")) {
                return k + 1;
            }
        }
        return k;
    }



    private static boolean pluralLooking(String w) {
        int len = w.length();
        if (len < 3) {
            return false;
        }
        if (w.equals("people") || w.equals("personnel") || w.equals("children") || w.equals("men")
                || w.equals("women") || w.equals("police") || w.equals("staff") || w.equals("troops")) {
            return true;
        }
        return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("'s") && !w.endsWith("’s");
    }

    /**
     * The noun phrase starting at token k: modifiers and a head. {@code ofDet} allows "of its neighbors".
     */
    NounPhrase parseNounPhrase(int k, boolean ofDet, boolean afterOf) {
        int s = k;
        if (ofDet && t.is(s, "of")) {
            int d = skipDeterminer(s + 1);
            if (d == s + 1) {
                return null;
            }
            s = d;
        }
        if (s >= n || t.lineBreakBefore(s) && s != k) {
            return null;
        }
        if (s < n && t.lineBreakBefore(s)) {
            return null;
        }
        int head = -1;
        int words = 0;
        boolean sawPlural = false;
        int x = s;
        while (x < n && words < 7) {
            if (!t.isWord(x)) {
                break;
            }
            if (x > s && t.lineBreakBefore(x)) {
                break;
            }
            String w = t.lower[x];
            if (w.equals("and") && head >= 0 && t.capitalized(head) && t.capitalized(x + 1)) {
                x++;
                continue;
            }
                if (words > 0 && FigureWords.CASUALTY_WORDS.contains(w)) {
                    break; // "800 kinds of birds dead"
                }
            if (FigureWords.STOP.contains(w) && !(words > 0 && false)) {
                if (!(head < 0 && FigureWords.NOT_HEAD.contains(w) && !w.equals("only"))) {
                    break;
                }
            }
            if (FigureWords.MONTHS.contains(w) && t.capitalized(x) || FigureWords.WEEKDAYS.contains(w)) {
                break;
            }
            if (words > 0) {
                boolean ed = w.endsWith("ed");
                String prev = t.lower[head];
                if (sawPlural && !pluralLooking(w)) {
                    break;
                }
                if (ed && !prev.endsWith("ly")) {
                    break;
                }
                if (w.endsWith("ly") && !prev.endsWith("ly") && !FigureWords.FREQUENCY.contains(w) && !t.capitalized(x)) {
                    break;
                }
            }
            head = x;
            words++;
            if (pluralLooking(w) && !t.capitalized(x)) {
                sawPlural = true;
            }
            x++;
            // hyphenated compounds: long-range, self-propelled
            while (x + 1 < n && t.isPunct(x) && Tokens.isDash(t.firstChar(x)) && t.glued(x) && t.glued(x + 1)
                    && t.isWord(x + 1)) {
                head = x + 1;
                x += 2;
            }
        }
        if (head < 0) {
            return null;
        }
        String hw = t.lower[head];
        if (hw.length() < 2 || FigureWords.NOT_HEAD.contains(hw) || FigureWords.STOP.contains(hw)) {
            // "2,000 more troops": keep looking is done above; a bare modifier is no head
            return null;
        }
        if (t.capitalized(head) && !hw.endsWith("s") && !isAllCaps(head)) {
            return null;
        }
        if (hw.endsWith("ly") || hw.endsWith("ed") || hw.endsWith("ing")) {
            return null;
        }
        return new NounPhrase(s, head);
    }

    private boolean isAllCaps(int tok) {
        String raw = text.substring(t.start[tok], t.end[tok]);
        return raw.length() > 1 && raw.equals(raw.toUpperCase(Locale.ROOT));
    }

    // ---- look-back for bare counts ----

    private int sentenceStartTok(int tok) {
        int x = tok;
        int guard = 0;
        while (x > 0 && !t.sentenceStart(x) && guard < 300) {
            x--;
            guard++;
        }
        return x;
    }

    /** {unit, subject, subjectHead} of the counted noun for a bare number, or null. */
    Object[] inferCounted(int coreStart, List<Emitted> emitted) {
        int s1 = sentenceStartTok(coreStart);
        for (int x = coreStart - 1; x >= s1; x--) {
            if (!t.isWord(x)) {
                continue;
            }
            if (Nouns.COUNTS_OF.contains(t.lower[x]) && t.is(x + 1, "of")) {
                NounPhrase np = parseNounPhrase(skipDeterminer(x + 2), false, true);
                if (np != null && np.head < coreStart) {
                    return new Object[] {text.substring(t.start[np.head], t.end[np.head]),
                        span(np.first, np.head + 1), Nouns.lemma(t.lower[np.head])};
                }
            }
            String tallied = Nouns.TALLIES.get(t.lower[x]);
            if (tallied != null && !emittedBetween(emitted, x, coreStart)) {
                // "the death toll rose to 1,450": the number counts deaths
                return new Object[] {tallied, null, Nouns.lemma(tallied)};
            }
        }
        int p = s1 - 1;
        while (p > 0 && t.isPunct(p)) {
            p--;
        }
        int s0 = p > 0 ? sentenceStartTok(p) : 0;
        for (int f = emitted.size() - 1; f >= 0; f--) {
            Emitted e = emitted.get(f);
            if (e.startTok < s0) {
                break;
            }
            if ("count".equals(e.dimension) && e.unit != null) {
                return new Object[] {e.unit, e.subject, e.subjectHead};
            }
        }
        return null;
    }

    /** True when the word at k, glued after a hyphen, can be the counted noun of "27-nation", "4,000-person". */
    boolean isCompoundNoun(int k) {
        if (!t.isWord(k) || t.capitalized(k)) {
            return false;
        }
        String w = t.lower[k];
        if (w.length() < 3 || FigureWords.STOP.contains(w) || FigureWords.NOT_HEAD.contains(w) || w.endsWith("ed")
                || w.endsWith("ly") || w.endsWith("ing")) {
            return false;
        }
        // not a prefix of a longer compound ("2-year-old" is handled as an age, "3-for-1" is no noun)
        return !(t.isPunct(k + 1) && Tokens.isDash(t.firstChar(k + 1)) && t.glued(k + 1));
    }

    /**
     * "1,240 were gulls", "1,240 of those were gulls": the plural noun phrase after a
     * copula that ends the clause; null otherwise.
     */
    NounPhrase afterCopula(int k) {
        int x = k;
        if (t.isPunct(x) && Tokens.isDash(t.firstChar(x))) {
            x++;
        }
        if (t.is(x, "of") && (t.is(x + 1, "those") || t.is(x + 1, "them") || t.is(x + 1, "these"))) {
            x += 2;
        }
        if (!t.isWord(x) || !FigureWords.COPULAS.contains(t.lower[x]) || t.lineBreakBefore(x)) {
            return null;
        }
        NounPhrase np = parseNounPhrase(x + 1, false, false);
        if (np == null || !pluralLooking(t.lower[np.head]) || t.capitalized(np.first)) {
            return null;
        }
        int after = np.head + 1;
        return after >= n || t.isPunct(after) || t.lineBreakBefore(after) ? np : null;
    }

    /** For "other types of fish" (a classifier head, then "of"): the phrase after "of"; null otherwise. */
    NounPhrase classifiedNoun(NounPhrase np) {
        if (!FigureWords.CLASSIFIERS.contains(t.lower[np.head]) || !t.is(np.head + 1, "of")) {
            return null;
        }
        return parseNounPhrase(skipDeterminer(np.head + 2), false, true);
    }

    /**
     * True when the number over tokens [s, e) stands between commas right after a full name ("Tomas Berg,
     * 54, had walked"): an age in apposition.
     */
    boolean apposedToName(int s, int e) {
        if (!t.isPunct(s - 1, ',') || !t.glued(s - 1)) {
            return false;
        }
        if (!(t.isPunct(e, ',') || t.isPunct(e, ')'))) {
            return false;
        }
        int last = s - 2;
        return t.capitalized(last) && t.capitalized(last - 1) && !t.sentenceStart(last)
                && !FigureWords.MONTHS.contains(t.lower[last]) && !FigureWords.WEEKDAYS.contains(t.lower[last]);
    }

    /** True when a count figure was emitted between tokens from and to: it is closer than a tally word. */
    private static boolean emittedBetween(List<Emitted> emitted, int from, int to) {
        for (int f = emitted.size() - 1; f >= 0; f--) {
            Emitted e = emitted.get(f);
            if (e.startTok < from) {
                return false;
            }
            if (e.startTok < to && "count".equals(e.dimension) && e.unit != null) {
                return true;
            }
        }
        return false;
    }

    private String span(int fromTok, int toTokExclusive) {
        return text.substring(t.start[fromTok], t.end[toTokExclusive - 1]);
    }
}
