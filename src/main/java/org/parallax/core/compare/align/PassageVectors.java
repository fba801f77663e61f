package org.parallax.core.compare.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.parallax.core.compare.text.TokenizedText;

/**
 * Weighted term vectors of all passages of one comparison, numbered globally (article by article).
 * Terms are canonical ids of content words; the weight is (1 + ln tf) · ln(1 + P/df), doubled for numbers
 * and raised by half for capitalised words not starting their passage (names). Vectors are L2-normalised,
 * so a dot product is a cosine.
 */
final class PassageVectors {

    static final double NUMBER_BOOST = 2.0;
    static final double NAME_BOOST = 1.5;

    final int[] articleOf;
    final int[] localOf;
    final int[] offset;
    final int[][] terms;
    final float[][] weights;
    /** Word tokens per passage (content or not). */
    final int[] words;
    private final Map<Integer, Integer> df;

    private PassageVectors(int[] articleOf, int[] localOf, int[] offset, int[][] terms, float[][] weights,
                           int[] words, Map<Integer, Integer> df) {
        this.df = df;
        this.articleOf = articleOf;
        this.localOf = localOf;
        this.offset = offset;
        this.terms = terms;
        this.weights = weights;
        this.words = words;
    }

    int size() {
        return terms.length;
    }

    /** In how many passages a term occurs. */
    int df(int term) {
        return df.getOrDefault(term, 0);
    }

    int global(int article, int local) {
        return offset[article] + local;
    }

    static PassageVectors of(TokenizedText[] texts) {
        int n = texts.length;
        int[] offset = new int[n + 1];
        for (int a = 0; a < n; a++) {
            offset[a + 1] = offset[a] + texts[a].passageCount();
        }
        int total = offset[n];
        int[] articleOf = new int[total];
        int[] localOf = new int[total];
        int[][] terms = new int[total][];
        double[][] raw = new double[total][];
        int[] words = new int[total];
        Map<Integer, Integer> df = new HashMap<>();
        for (int a = 0; a < n; a++) {
            TokenizedText t = texts[a];
            for (int p = 0; p < t.passageCount(); p++) {
                int g = offset[a] + p;
                articleOf[g] = a;
                localOf[g] = p;
                Map<Integer, double[]> tf = new HashMap<>();
                for (int k = t.first(p); k < t.end(p); k++) {
                    int f = t.flags[k];
                    if ((f & TokenizedText.WORD) != 0) {
                        words[g]++;
                    }
                    if ((f & TokenizedText.WORD) == 0 || (f & TokenizedText.STOP) != 0
                            || (t.end[k] - t.start[k] < 2 && (f & TokenizedText.NUMBER) == 0)) {
                        continue;
                    }
                    double boost = (f & TokenizedText.NUMBER) != 0 ? NUMBER_BOOST
                            : (f & TokenizedText.CAPITAL) != 0 && (f & TokenizedText.FIRST) == 0 ? NAME_BOOST : 1.0;
                    double[] e = tf.computeIfAbsent(t.canonical[k], x -> new double[2]);
                    e[0]++;
                    e[1] = Math.max(e[1], boost);
                }
                int[] ids = new int[tf.size()];
                double[] w = new double[tf.size()];
                int i = 0;
                for (Map.Entry<Integer, double[]> e : tf.entrySet()) {
                    ids[i] = e.getKey();
                    w[i] = (1 + Math.log(e.getValue()[0])) * e.getValue()[1];
                    df.merge(ids[i], 1, Integer::sum);
                    i++;
                }
                sortTogether(ids, w);
                terms[g] = ids;
                raw[g] = w;
            }
        }
        float[][] weights = new float[total][];
        for (int g = 0; g < total; g++) {
            double norm = 0;
            double[] w = raw[g];
            for (int i = 0; i < w.length; i++) {
                w[i] *= Math.log(1.0 + (double) total / df.get(terms[g][i]));
                norm += w[i] * w[i];
            }
            norm = Math.sqrt(norm);
            weights[g] = new float[w.length];
            for (int i = 0; i < w.length; i++) {
                weights[g][i] = (float) (w[i] / norm);
            }
        }
        return new PassageVectors(articleOf, localOf, offset, terms, weights, words, df);
    }

    /** Shared terms from which a cosine counts in full; with fewer it is scaled down (one shared name is weak evidence). */
    static final int FULL_EVIDENCE = 3;

    /** The similarity the alignment uses: the cosine, scaled by shared terms / {@link #FULL_EVIDENCE} when fewer. */
    static double damped(double cosine, int shared) {
        return shared >= FULL_EVIDENCE ? cosine : cosine * shared / FULL_EVIDENCE;
    }

    /** Similarity of two passages, see {@link #damped}. */
    double similarity(int g1, int g2) {
        int[] a = terms[g1];
        int[] b = terms[g2];
        float[] wa = weights[g1];
        float[] wb = weights[g2];
        double dot = 0;
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                dot += wa[i++] * wb[j++];
                shared++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return damped(Math.min(1.0, dot), shared);
    }

    /** Cosine of two passages' vectors. */
    double cosine(int g1, int g2) {
        int[] a = terms[g1];
        int[] b = terms[g2];
        float[] wa = weights[g1];
        float[] wb = weights[g2];
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                dot += wa[i++] * wb[j++];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Math.min(1.0, dot);
    }

    private static void sortTogether(int[] ids, double[] w) {
        Integer[] idx = new Integer[ids.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (x, y) -> Integer.compare(ids[x], ids[y]));
        int[] ids2 = new int[ids.length];
        double[] w2 = new double[w.length];
        for (int i = 0; i < idx.length; i++) {
            ids2[i] = ids[idx[i]];
            w2[i] = w[idx[i]];
        }
        System.arraycopy(ids2, 0, ids, 0, ids.length);
        System.arraycopy(w2, 0, w, 0, w.length);
    }
}
