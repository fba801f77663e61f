package org.parallax.core.compare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells which articles cover the same story. Each article becomes a tf-idf vector of its canonical content
 * words (stems and synonyms, names and numbers weighted up) and a set of names (capitalised words not
 * opening a sentence); two articles' similarity is the mean of the vectors' cosine and the names' overlap
 * (shared / geometric mean of the set sizes; weekday and month names left out), halved when both dates are known and lie more than {@code maxDayGap} days apart.
 * Articles are then clustered by average linkage until no two groups are similar above the threshold.
 *
 * <p>Immutable and thread-safe.
 */
public final class StoryGrouper {

    private final double threshold;
    private final int maxDayGap;

    /** Groups with threshold 0.2 and a 21-day gap. */
    public StoryGrouper() {
        this(0.2, 21);
    }

    /**
     * @param threshold similarity (0..1) from which two groups merge
     * @param maxDayGap days apart from which two dated articles count as less likely the same story
     */
    public StoryGrouper(double threshold, int maxDayGap) {
        if (!(threshold >= 0 && threshold <= 1) || maxDayGap < 0) {
            throw new IllegalArgumentException("threshold in [0, 1] and maxDayGap >= 0 expected");
        }
        this.threshold = threshold;
        this.maxDayGap = maxDayGap;
    }

    /** Groups of article indices, each ascending, ordered by their first index; every index in one group. */
    public List<List<Integer>> groups(List<ComparedText> texts) {
        return groups(texts, null);
    }

    /**
     * As {@link #groups(List)}, with publication dates.
     *
     * @param dates one per text, {@code null} entries (or a {@code null} list) where unknown
     */
    public List<List<Integer>> groups(List<ComparedText> texts, List<LocalDate> dates) {
        if (dates != null && dates.size() != texts.size()) {
            throw new IllegalArgumentException("one date per text expected");
        }
        double[][] sim = similarities(texts, dates);
        int n = texts.size();
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clusters.add(new ArrayList<>(List.of(i)));
        }
        while (clusters.size() > 1) {
            int bi = -1;
            int bj = -1;
            double best = threshold;
            for (int i = 0; i < clusters.size(); i++) {
                for (int j = i + 1; j < clusters.size(); j++) {
                    double s = linkage(sim, clusters.get(i), clusters.get(j));
                    if (s >= best) {
                        best = s;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            clusters.get(bi).addAll(clusters.remove(bj));
        }
        for (List<Integer> c : clusters) {
            c.sort(null);
        }
        clusters.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return clusters.stream().map(List::copyOf).toList();
    }

    /** Pairwise story similarity of the texts (symmetric, 1 on the diagonal). */
    public double[][] similarities(List<ComparedText> texts, List<LocalDate> dates) {
        int n = texts.size();
        Vocabulary vocab = new Vocabulary(Synonyms.DEFAULT);
        List<Map<Integer, Double>> tf = new ArrayList<>(n);
        List<Set<Integer>> names = new ArrayList<>(n);
        Map<Integer, Integer> df = new HashMap<>();
        for (ComparedText t : texts) {
            TokenizedText tok = TokenizedText.of(t.body(), PassageSplitter.sentences().split(t.body()), vocab);
            Map<Integer, Double> counts = new HashMap<>();
            Set<Integer> nm = new HashSet<>();
            for (int k = 0; k < tok.tokenCount(); k++) {
                int f = tok.flags[k];
                if ((f & TokenizedText.WORD) == 0 || (f & TokenizedText.STOP) != 0
                        || tok.end[k] - tok.start[k] < 2) {
                    continue;
                }
                boolean name = (f & TokenizedText.CAPITAL) != 0 && (f & TokenizedText.FIRST) == 0;
                double boost = (f & TokenizedText.NUMBER) != 0 ? 1.5 : name ? 2.0 : 1.0;
                counts.merge(tok.canonical[k], boost, Double::sum);
                if (name) {
                    nm.add(tok.canonical[k]);
                }
            }
            for (int term : counts.keySet()) {
                df.merge(term, 1, Integer::sum);
            }
            tf.add(counts);
            names.add(nm);
        }
        List<Map<Integer, Double>> vec = new ArrayList<>(n);
        for (Map<Integer, Double> counts : tf) {
            Map<Integer, Double> w = new HashMap<>();
            double norm = 0;
            for (Map.Entry<Integer, Double> e : counts.entrySet()) {
                int d = df.get(e.getKey());
                // a term in one text only tells nothing about pairs
                double x = d < 2 ? 0 : (1 + Math.log(e.getValue())) * Math.log(1.0 + (double) n / d);
                w.put(e.getKey(), x);
                norm += x * x;
            }
            double nn = Math.sqrt(norm);
            w.replaceAll((k, x) -> nn == 0 ? 0 : x / nn);
            vec.add(w);
        }
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            sim[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                double cos = 0;
                Map<Integer, Double> a = vec.get(i);
                Map<Integer, Double> b = vec.get(j);
                Map<Integer, Double> small = a.size() <= b.size() ? a : b;
                Map<Integer, Double> large = small == a ? b : a;
                for (Map.Entry<Integer, Double> e : small.entrySet()) {
                    Double o = large.get(e.getKey());
                    if (o != null) {
                        cos += e.getValue() * o;
                    }
                }
                Set<Integer> na = names.get(i);
                Set<Integer> nb = names.get(j);
                int shared = 0;
                for (int x : na.size() <= nb.size() ? na : nb) {
                    if ((na.size() <= nb.size() ? nb : na).contains(x)) {
                        shared++;
                    }
                }
                double overlap = na.isEmpty() || nb.isEmpty() ? 0 : shared / Math.sqrt((double) na.size() * nb.size());
                double s = 0.5 * cos + 0.5 * overlap;
                if (dates != null && dates.get(i) != null && dates.get(j) != null
                        && Math.abs(ChronoUnit.DAYS.between(dates.get(i), dates.get(j))) > maxDayGap) {
                    s *= 0.5;
                }
                sim[i][j] = s;
                sim[j][i] = s;
            }
        }
        return sim;
    }

    private static double linkage(double[][] sim, List<Integer> x, List<Integer> y) {
        double sum = 0;
        for (int i : x) {
            for (int j : y) {
                sum += sim[i][j];
            }
        }
        return sum / (x.size() * y.size());
    }

    @Override
    public String toString() {
        return "StoryGrouper[threshold=" + threshold + ", maxDayGap=" + maxDayGap + "]";
    }
}
