package org.parallax.core.compare.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.parallax.core.article.Span;
import org.parallax.core.compare.text.Passage;
import org.parallax.core.compare.text.TokenizedText;

/**
 * Finds reused text among the passage pairs the candidate search paired: word-for-word copies between
 * articles (VERBATIM), repeats inside one article (REPEATED) and copies with words swapped for synonyms or
 * other forms (PARAPHRASE). Pairs that continue each other (passage i+1 reused as j+1) merge into one run.
 * A pair whose words differ in a figure ("more than 1,200" / "more than 1,300") is never reuse: the changed
 * number is what a reader must see, and the alignment shows it as FIGURE_CHANGED.
 */
final class ReuseFinder {

    /** Thresholds, from the comparer's options. */
    record Thresholds(double verbatim, double repeated, double paraphrase, int minWords, double minSimilarity) {
    }

    private record Pair(ReuseKind kind, int ga, int gb, double score) {
    }

    /** Synonym swaps from which a close copy counts as a paraphrase rather than a lightly edited copy. */
    static final int MIN_SWAPS = 2;

    private ReuseFinder() {
    }

    static List<Reuse> find(TokenizedText[] texts, PassageVectors v, CandidateSearch.Neighbours nb,
                            BiFunction<Integer, Integer, TokenDiffer.Result> diffs, Thresholds th) {
        Map<Long, Pair> found = new HashMap<>();
        List<Long> keys = new ArrayList<>(nb.pairs().keySet());
        keys.sort(null);
        for (long key : keys) {
            int g = (int) (key >>> 32);
            int h = (int) key;
            double sim = nb.pairs().get(key);
            if (sim < th.minSimilarity()) {
                continue;
            }
            TokenDiffer.Result r = diffs.apply(g, h);
            if (numberChanged(texts, v, g, h, r)) {
                continue; // a copy with a number changed is the one difference that matters, never "the same words"
            }
            boolean sameArticle = v.articleOf[g] == v.articleOf[h];
            Pair pair = null;
            if (sameArticle) {
                if (r.surfaceRatio() >= th.repeated()) {
                    pair = new Pair(ReuseKind.REPEATED, g, h, r.surfaceRatio());
                }
            } else if (r.swaps() >= MIN_SWAPS && Math.max(r.canonicalRatio(), sim) >= th.paraphrase()) {
                pair = new Pair(ReuseKind.PARAPHRASE, g, h, r.canonicalRatio());
            } else if (r.surfaceRatio() >= th.verbatim()) {
                pair = new Pair(ReuseKind.VERBATIM, g, h, r.surfaceRatio());
            }
            if (pair != null) {
                found.put(key, pair);
            }
        }
        grow(texts, v, found, diffs, th);
        return merge(texts, v, found, th.minWords());
    }

    /**
     * Extends verbatim and repeated pairs to the neighbouring passage pairs that are copies too though too
     * short for the candidate search to pair them ("This is an escalation." inside a repeated quote).
     */
    private static void grow(TokenizedText[] texts, PassageVectors v, Map<Long, Pair> found,
                             BiFunction<Integer, Integer, TokenDiffer.Result> diffs, Thresholds th) {
        List<Pair> work = new ArrayList<>(found.values());
        work.sort((x, y) -> x.ga() != y.ga() ? Integer.compare(x.ga(), y.ga()) : Integer.compare(x.gb(), y.gb()));
        while (!work.isEmpty()) {
            Pair p = work.remove(work.size() - 1);
            if (p.kind() == ReuseKind.PARAPHRASE) {
                continue;
            }
            for (int step = -1; step <= 1; step += 2) {
                int ga = p.ga() + step;
                int gb = p.gb() + step;
                if (ga < 0 || gb >= v.size() || ga >= gb
                        || v.articleOf[ga] != v.articleOf[p.ga()] || v.articleOf[gb] != v.articleOf[p.gb()]
                        || found.containsKey(CandidateSearch.Neighbours.key(ga, gb))) {
                    continue;
                }
                double need = p.kind() == ReuseKind.REPEATED ? th.repeated() : th.verbatim();
                TokenDiffer.Result r = diffs.apply(ga, gb);
                if (r.surfaceRatio() >= need && v.words[ga] > 0 && !numberChanged(texts, v, ga, gb, r)) {
                    Pair q = new Pair(p.kind(), ga, gb, r.surfaceRatio());
                    found.put(CandidateSearch.Neighbours.key(ga, gb), q);
                    work.add(q);
                }
            }
        }
    }

    /** Does the diff of passages {@code g} and {@code h} change a figure or any number token? */
    static boolean numberChanged(TokenizedText[] texts, PassageVectors v, int g, int h, TokenDiffer.Result r) {
        if (r.kind() == DiffKind.FIGURE_CHANGED) {
            return true;
        }
        for (WordChange c : r.changes()) {
            if (hasNumber(texts[v.articleOf[g]], c.inA()) || hasNumber(texts[v.articleOf[h]], c.inB())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNumber(TokenizedText t, Span s) {
        int k = java.util.Arrays.binarySearch(t.start, s.start());
        for (k = k < 0 ? -k - 1 : k; k < t.start.length && t.start[k] < s.end(); k++) {
            if (t.end[k] <= s.end() && ((t.flags[k] & TokenizedText.NUMBER) != 0 || t.hasDigit(k))) {
                return true;
            }
        }
        return false;
    }

    /** Joins pairs (i, j), (i+1, j+1)… of the same kind and articles into runs. */
    private static List<Reuse> merge(TokenizedText[] texts, PassageVectors v, Map<Long, Pair> found, int minWords) {
        List<Reuse> out = new ArrayList<>();
        Set<Long> used = new HashSet<>();
        List<Long> keys = new ArrayList<>(found.keySet());
        keys.sort(null);
        for (long key : keys) {
            if (used.contains(key)) {
                continue;
            }
            Pair first = found.get(key);
            int length = 1;
            int words = Math.min(v.words[first.ga()], v.words[first.gb()]);
            double sum = first.score();
            used.add(key);
            Pair last = first;
            while (true) {
                Pair next = found.get(CandidateSearch.Neighbours.key(last.ga() + 1, last.gb() + 1));
                if (next == null || next.kind() != first.kind() || !sameArticles(v, first, next)
                        || !continues(v, last, next) || used.contains(CandidateSearch.Neighbours.key(next.ga(), next.gb()))
                        || v.articleOf[first.ga()] == v.articleOf[first.gb()] && next.ga() >= first.gb()) {
                    break;
                }
                used.add(CandidateSearch.Neighbours.key(next.ga(), next.gb()));
                sum += next.score();
                words += Math.min(v.words[next.ga()], v.words[next.gb()]);
                length++;
                last = next;
            }
            if (words < minWords) {
                continue;
            }
            out.add(new Reuse(first.kind(), sum / length, passage(texts, v, first.ga(), last.ga()),
                    passage(texts, v, first.gb(), last.gb())));
        }
        out.sort((x, y) -> x.a().article() != y.a().article() ? Integer.compare(x.a().article(), y.a().article())
                : x.a().span().compareTo(y.a().span()));
        return out;
    }

    private static boolean sameArticles(PassageVectors v, Pair x, Pair y) {
        return v.articleOf[x.ga()] == v.articleOf[y.ga()] && v.articleOf[x.gb()] == v.articleOf[y.gb()];
    }

    private static boolean continues(PassageVectors v, Pair x, Pair y) {
        return y.ga() == x.ga() + 1 && y.gb() == x.gb() + 1
                && v.articleOf[x.ga()] == v.articleOf[y.ga()] && v.articleOf[x.gb()] == v.articleOf[y.gb()];
    }

    private static Passage passage(TokenizedText[] texts, PassageVectors v, int gFirst, int gLast) {
        int article = v.articleOf[gFirst];
        Span s = texts[article].passages[v.localOf[gFirst]];
        Span e = texts[article].passages[v.localOf[gLast]];
        return new Passage(article, new Span(s.start(), e.end()));
    }
}
