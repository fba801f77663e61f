package org.parallax.core.compare.story;

import com.carrotsearch.hppc.IntDoubleHashMap;
import com.carrotsearch.hppc.cursors.IntDoubleCursor;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.parallax.core.compare.text.ComparedText;
import org.parallax.core.compare.text.PassageSplitter;
import org.parallax.core.compare.text.Synonyms;
import org.parallax.core.compare.text.TokenizedText;
import org.parallax.core.compare.text.Vocabulary;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.CancelledException;
import org.parallax.core.progress.Progress;

/**
 * Tells which articles cover the same story. Each article becomes a tf-idf vector of its canonical content
 * words (stems and synonyms, names and numbers weighted up) and a set of names (capitalised words not
 * opening a sentence); two articles' similarity is the mean of the vectors' cosine and the names' overlap
 * (shared / geometric mean of the set sizes; weekday and month names left out), halved when both dates are known and lie more than {@code maxDayGap} days apart.
 * Articles are then clustered by average linkage until no two groups are similar above the threshold.
 *
 * <p>Up to {@value #EXACT_LIMIT} texts every pair is compared. Above that (a library of thousands of articles)
 * each text is compared only with its likely neighbours: the texts sharing its {@value #QUERY_TERMS} heaviest
 * terms or its {@value #QUERY_TERMS} rarest names, terms in more than {@code max(}{@value #MIN_POSTINGS}{@code , n/20)} texts left out (as
 * Lucene's MoreLikeThis picks query terms), the best {@value #NEIGHBOURS} of them by shared weight; pairs never
 * compared count as unrelated. Average linkage needs at least one pair above the threshold to merge two groups,
 * so a story is never split by this; a pair that shares only very common words can be missed.
 *
 * <p>Immutable and thread-safe.
 */
public final class StoryGrouper {

    /** Up to this many texts, every pair is compared. */
    public static final int EXACT_LIMIT = 600;
    static final int QUERY_TERMS = 30;
    static final int MIN_POSTINGS = 400;
    static final int NEIGHBOURS = 60;

    private final double threshold;
    private final int maxDayGap;
    private final int exactLimit;
    private final int minPostings;
    private final int neighbourCount;

    /** Groups with threshold 0.2 and a 21-day gap. */
    public StoryGrouper() {
        this(0.2, 21);
    }

    /**
     * @param threshold similarity (0..1) from which two groups merge
     * @param maxDayGap days apart from which two dated articles count as less likely the same story
     */
    public StoryGrouper(double threshold, int maxDayGap) {
        this(threshold, maxDayGap, EXACT_LIMIT, MIN_POSTINGS, NEIGHBOURS);
    }

    /** For tests: the bounds of the neighbour search (see the class comment). */
    StoryGrouper(double threshold, int maxDayGap, int exactLimit, int minPostings, int neighbourCount) {
        if (!(threshold >= 0 && threshold <= 1) || maxDayGap < 0) {
            throw new IllegalArgumentException("threshold in [0, 1] and maxDayGap >= 0 expected");
        }
        this.threshold = threshold;
        this.maxDayGap = maxDayGap;
        this.exactLimit = exactLimit;
        this.minPostings = minPostings;
        this.neighbourCount = neighbourCount;
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
        try {
            return groups(texts, dates, Progress.NONE, Cancellation.NEVER);
        } catch (CancelledException e) {
            throw new IllegalStateException("never cancelled", e);
        }
    }

    /**
     * As {@link #groups(List, List)}, reporting progress (one unit per text read, one per text compared) and
     * stopping when cancelled.
     */
    public List<List<Integer>> groups(List<ComparedText> texts, List<LocalDate> dates, Progress progress,
                                      Cancellation cancellation) throws CancelledException {
        checkDates(texts, dates);
        Vocabulary vocab = new Vocabulary(Synonyms.DEFAULT);
        List<Features> features = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            cancellation.check();
            features.add(Features.of(texts.get(i).body(), vocab));
            progress.update(i + 1, 2L * texts.size(), "Reading articles");
        }
        return groupFeatures(features, dates, progress, cancellation);
    }

    private static void checkDates(List<?> texts, List<LocalDate> dates) {
        if (dates != null && dates.size() != texts.size()) {
            throw new IllegalArgumentException("one date per text expected");
        }
    }

    /** Groups texts already read into {@link Features}; progress counts from {@code n} to {@code 2n}. */
    List<List<Integer>> groupFeatures(List<Features> features, List<LocalDate> dates, Progress progress,
                                      Cancellation cancellation) throws CancelledException {
        checkDates(features, dates);
        int n = features.size();
        Weighted w = weigh(features);
        // sums.get(i): cluster j -> the sum of the similarities of their members (only pairs compared)
        List<IntDoubleHashMap> sums = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sums.add(new IntDoubleHashMap());
        }
        Pairs pairs = new Pairs(w, dates);
        if (n <= exactLimit) {
            double[] row = new double[n];
            for (int i = 0; i < n; i++) {
                cancellation.check();
                pairs.row(i, row);
                for (int j = i + 1; j < n; j++) {
                    link(sums, i, j, row[j]);
                }
                progress.update(n + i + 1L, 2L * n, "Comparing articles");
            }
        } else {
            neighbours(w, pairs, sums, progress, cancellation);
        }
        return cluster(sums, n, cancellation);
    }

    private static void link(List<IntDoubleHashMap> sums, int i, int j, double s) {
        if (s > 0) {
            sums.get(i).put(j, s);
            sums.get(j).put(i, s);
        }
    }

    /** Compares each text with the texts sharing its heaviest rare-enough terms or names. */
    private void neighbours(Weighted w, Pairs pairs, List<IntDoubleHashMap> sums, Progress progress,
                            Cancellation cancellation) throws CancelledException {
        int n = w.vectors.size();
        int cap = Math.max(minPostings, n / 20);
        // postings of terms (weight > 0) and names in at most cap texts
        Map<Integer, List<int[]>> termPostings = new HashMap<>();
        Map<Integer, List<Integer>> namePostings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Vector v = w.vectors.get(i);
            for (int k = 0; k < v.terms.length; k++) {
                int d = w.df[v.terms[k]];
                if (v.weights[k] > 0 && d <= cap) {
                    termPostings.computeIfAbsent(v.terms[k], t -> new ArrayList<>()).add(new int[] {i, k});
                }
            }
            for (int name : w.features.get(i).names) {
                if (w.nameDf[name] >= 2 && w.nameDf[name] <= cap) {
                    namePostings.computeIfAbsent(name, t -> new ArrayList<>()).add(i);
                }
            }
        }
        double[] score = new double[n];
        int[] touched = new int[n];
        for (int i = 0; i < n; i++) {
            cancellation.check();
            Vector v = w.vectors.get(i);
            int count = 0;
            for (int k : v.heaviest(QUERY_TERMS)) {
                List<int[]> postings = termPostings.get(v.terms[k]);
                if (postings == null) {
                    continue;
                }
                for (int[] p : postings) {
                    if (p[0] != i) {
                        if (score[p[0]] == 0) {
                            touched[count++] = p[0];
                        }
                        score[p[0]] += v.weights[k] * w.vectors.get(p[0]).weights[p[1]];
                    }
                }
            }
            for (int name : rarest(w.features.get(i).names, w.nameDf, QUERY_TERMS)) {
                List<Integer> postings = namePostings.get(name);
                if (postings == null) {
                    continue;
                }
                for (int j : postings) {
                    if (j != i) {
                        if (score[j] == 0) {
                            touched[count++] = j;
                        }
                        score[j] += 1e-6 + 1.0 / postings.size();
                    }
                }
            }
            pairs.from(i);
            for (int j : best(touched, count, score, neighbourCount)) {
                if (!sums.get(i).containsKey(j)) {
                    link(sums, i, j, pairs.to(j));
                }
            }
            for (int c = 0; c < count; c++) {
                score[touched[c]] = 0;
            }
            progress.update(n + i + 1L, 2L * n, "Comparing articles");
        }
    }

    /** The (up to) {@code k} names in the fewest texts. */
    private static int[] rarest(int[] names, int[] df, int k) {
        if (names.length <= k) {
            return names;
        }
        return Arrays.stream(names).boxed().sorted(java.util.Comparator.comparingInt(name -> df[name])).limit(k)
                .mapToInt(Integer::intValue).toArray();
    }

    /** The (up to) {@code k} of {@code candidates[0..count)} with the highest scores, by a bounded heap. */
    static int[] best(int[] candidates, int count, double[] score, int k) {
        if (count <= k) {
            return Arrays.copyOf(candidates, count);
        }
        // a min-heap of size k on score
        int[] heap = new int[k];
        int size = 0;
        for (int c = 0; c < count; c++) {
            int x = candidates[c];
            if (size < k) {
                heap[size] = x;
                int i = size++;
                while (i > 0 && score[heap[(i - 1) / 2]] > score[heap[i]]) {
                    int p = (i - 1) / 2;
                    int t = heap[p];
                    heap[p] = heap[i];
                    heap[i] = t;
                    i = p;
                }
            } else if (score[x] > score[heap[0]]) {
                heap[0] = x;
                int i = 0;
                while (true) {
                    int l = 2 * i + 1;
                    int r = l + 1;
                    int m = i;
                    if (l < size && score[heap[l]] < score[heap[m]]) {
                        m = l;
                    }
                    if (r < size && score[heap[r]] < score[heap[m]]) {
                        m = r;
                    }
                    if (m == i) {
                        break;
                    }
                    int t = heap[m];
                    heap[m] = heap[i];
                    heap[i] = t;
                    i = m;
                }
            }
        }
        return heap;
    }

    /**
     * Average linkage over the pairs compared (others count as 0): repeatedly merges the two groups whose members'
     * mean similarity is highest, while it reaches the threshold.
     */
    private List<List<Integer>> cluster(List<IntDoubleHashMap> sums, int n, Cancellation cancellation)
            throws CancelledException {
        List<List<Integer>> members = new ArrayList<>(n);
        int[] version = new int[n];
        boolean[] alive = new boolean[n];
        // best first; ties: the lower indices first, so the result does not depend on hash order
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0])
                : a[1] != b[1] ? Double.compare(a[1], b[1]) : Double.compare(a[2], b[2]));
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
            alive[i] = true;
            for (IntDoubleCursor c : sums.get(i)) {
                if (c.key > i && c.value >= threshold) {
                    queue.add(new double[] {c.value, i, c.key, 0, 0});
                }
            }
        }
        int merges = 0;
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int a = (int) top[1];
            int b = (int) top[2];
            if (!alive[a] || !alive[b] || version[a] != (int) top[3] || version[b] != (int) top[4]) {
                continue;
            }
            if (++merges % 256 == 0) {
                cancellation.check();
            }
            // b joins a
            members.get(a).addAll(members.get(b));
            members.set(b, null);
            alive[b] = false;
            version[a]++;
            // the sums with other groups (primitive maps: boxed ones were most of the clustering's time); what
            // comes of them does not depend on the order they are visited in: the merges are taken best first,
            // ties by the groups' indices
            IntDoubleHashMap sa = sums.get(a);
            sa.remove(b);
            for (IntDoubleCursor c : sums.get(b)) {
                if (c.key == a) {
                    continue;
                }
                double sum = sa.addTo(c.key, c.value);
                sums.get(c.key).remove(b);
                sums.get(c.key).put(a, sum);
            }
            sums.set(b, null);
            int size = members.get(a).size();
            for (IntDoubleCursor c : sa) {
                int k = c.key;
                double linkage = c.value / ((double) size * members.get(k).size());
                if (linkage >= threshold) {
                    int lo = Math.min(a, k);
                    int hi = Math.max(a, k);
                    queue.add(new double[] {linkage, lo, hi, version[lo], version[hi]});
                }
            }
        }
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                List<Integer> c = members.get(i);
                c.sort(null);
                clusters.add(List.copyOf(c));
            }
        }
        clusters.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return clusters;
    }

    /** Pairwise story similarity of the texts (symmetric, 1 on the diagonal). */
    public double[][] similarities(List<ComparedText> texts, List<LocalDate> dates) {
        checkDates(texts, dates);
        Vocabulary vocab = new Vocabulary(Synonyms.DEFAULT);
        List<Features> features = new ArrayList<>(texts.size());
        for (ComparedText t : texts) {
            features.add(Features.of(t.body(), vocab));
        }
        Weighted w = weigh(features);
        int n = texts.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            sim[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                sim[i][j] = similarity(w, i, j, dates);
                sim[j][i] = sim[i][j];
            }
        }
        return sim;
    }

    /**
     * Every pair's similarity of texts already read, compared one pair at a time ({@link #similarity}), one text
     * with each other ({@link Pairs#to}) or one with all after it ({@link Pairs#row}; the pairs before it as
     * {@link Pairs#to}): for a test that they agree to the bit.
     */
    double[][] pairSimilarities(List<Features> features, List<LocalDate> dates, int how) {
        Weighted w = weigh(features);
        Pairs pairs = new Pairs(w, dates);
        int n = features.size();
        double[][] sim = new double[n][n];
        double[] row = new double[n];
        for (int i = 0; i < n; i++) {
            pairs.from(i);
            pairs.row(i, row);
            for (int j = 0; j < n; j++) {
                sim[i][j] = how == PAIR ? similarity(w, i, j, dates) : how == SPREAD || j <= i ? pairs.to(j) : row[j];
            }
        }
        return sim;
    }

    /** How {@link #pairSimilarities} compares: a pair at a time, one text with each other, a text with all after it. */
    static final int PAIR = 0;
    static final int SPREAD = 1;
    static final int ROW = 2;

    private double similarity(Weighted w, int i, int j, List<LocalDate> dates) {
        double cos = w.vectors.get(i).dot(w.vectors.get(j));
        int[] na = w.features.get(i).names;
        int[] nb = w.features.get(j).names;
        double overlap = na.length == 0 || nb.length == 0 ? 0
                : sharedCount(na, nb) / Math.sqrt((double) na.length * nb.length);
        double s = 0.5 * cos + 0.5 * overlap;
        if (dates != null && dates.get(i) != null && dates.get(j) != null
                && Math.abs(ChronoUnit.DAYS.between(dates.get(i), dates.get(j))) > maxDayGap) {
            s *= 0.5;
        }
        return s;
    }

    /**
     * {@link #similarity} of one text with others, faster when comparing one with many: the text's weights and
     * names are spread into arrays indexed by term, so each other text's are looked up instead of merged. The
     * same value to the bit: the products are the same ({@code a * b} of the same weights), added in the same
     * order (ascending term), the terms only one has adding nothing (every weight is 0 or more, so the sum is never
     * -0); the shared names are the same count; days apart are the epoch days' difference, as
     * {@link ChronoUnit#DAYS} counts them.
     */
    private final class Pairs {
        private final Weighted w;
        private final List<LocalDate> dates;
        /** Each text's terms of non-zero weight, ascending, and those weights. */
        private final int[][] terms;
        private final double[][] weights;
        private final long[] days;
        private final double[] spread;
        private final int[] named;
        private int from = -1;

        Pairs(Weighted w, List<LocalDate> dates) {
            this.w = w;
            this.dates = dates;
            int n = w.vectors.size();
            terms = new int[n][];
            weights = new double[n][];
            days = new long[n];
            int maxTerm = 0;
            int maxName = 0;
            for (int i = 0; i < n; i++) {
                Vector v = w.vectors.get(i);
                int nonZero = 0;
                for (double x : v.weights) {
                    if (x != 0) {
                        nonZero++;
                    }
                }
                int[] t = new int[nonZero];
                double[] x = new double[nonZero];
                for (int k = 0, m = 0; k < v.terms.length; k++) {
                    if (v.weights[k] != 0) {
                        t[m] = v.terms[k];
                        x[m++] = v.weights[k];
                    }
                }
                terms[i] = t;
                weights[i] = x;
                if (t.length > 0) {
                    maxTerm = Math.max(maxTerm, t[t.length - 1]);
                }
                int[] names = w.features.get(i).names;
                if (names.length > 0) {
                    maxName = Math.max(maxName, names[names.length - 1]);
                }
                LocalDate d = dates == null ? null : dates.get(i);
                days[i] = d == null ? Long.MIN_VALUE : d.toEpochDay();
            }
            spread = new double[maxTerm + 1];
            named = new int[maxName + 1];
        }

        /** Makes text {@code i} the one the next {@link #to} calls compare with. */
        void from(int i) {
            if (from >= 0) {
                for (int t : terms[from]) {
                    spread[t] = 0;
                }
                for (int name : w.features.get(from).names) {
                    named[name] = 0;
                }
            }
            from = i;
            int[] t = terms[i];
            double[] x = weights[i];
            for (int k = 0; k < t.length; k++) {
                spread[t[k]] = x[k];
            }
            for (int name : w.features.get(i).names) {
                named[name] = 1;
            }
        }

        /**
         * {@link #similarity} of text {@code i} with each text after it, into {@code out[j]} for {@code j > i}: by
         * the texts holding each of its terms (ascending), so only the terms two texts share are visited, each
         * text's products still added in ascending term order.
         */
        void row(int i, double[] out) {
            if (postings == null) {
                index();
            }
            int n = terms.length;
            for (int j = i + 1; j < n; j++) {
                out[j] = 0;
                sharedNames[j] = 0;
            }
            int[] t = terms[i];
            double[] x = weights[i];
            for (int k = 0; k < t.length; k++) {
                int[] texts = postings[t[k]];
                double[] ws = postingWeights[t[k]];
                double a = x[k];
                for (int p = after(texts, i); p < texts.length; p++) {
                    out[texts[p]] += a * ws[p];
                }
            }
            int[] na = w.features.get(i).names;
            for (int name : na) {
                int[] texts = namePostings[name];
                for (int p = after(texts, i); p < texts.length; p++) {
                    sharedNames[texts[p]]++;
                }
            }
            for (int j = i + 1; j < n; j++) {
                double cos = out[j];
                int[] nb = w.features.get(j).names;
                double overlap = na.length == 0 || nb.length == 0 ? 0
                        : sharedNames[j] / Math.sqrt((double) na.length * nb.length);
                double s = 0.5 * cos + 0.5 * overlap;
                if (dates != null && days[i] != Long.MIN_VALUE && days[j] != Long.MIN_VALUE
                        && Math.abs(days[j] - days[i]) > maxDayGap) {
                    s *= 0.5;
                }
                out[j] = s;
            }
        }

        /** The position of the first text after {@code i} in ascending {@code texts}. */
        private static int after(int[] texts, int i) {
            int p = Arrays.binarySearch(texts, i + 1);
            return p >= 0 ? p : -p - 1;
        }

        private int[][] postings;
        private double[][] postingWeights;
        private int[][] namePostings;
        private int[] sharedNames;

        /** For {@link #row}: the texts holding each term (non-zero weight) and each name, ascending. */
        private void index() {
            int n = terms.length;
            int[] count = new int[spread.length];
            int[] nameCount = new int[named.length];
            for (int i = 0; i < n; i++) {
                for (int t : terms[i]) {
                    count[t]++;
                }
                for (int name : w.features.get(i).names) {
                    nameCount[name]++;
                }
            }
            postings = new int[spread.length][];
            postingWeights = new double[spread.length][];
            for (int t = 0; t < count.length; t++) {
                postings[t] = new int[count[t]];
                postingWeights[t] = new double[count[t]];
            }
            namePostings = new int[named.length][];
            for (int name = 0; name < nameCount.length; name++) {
                namePostings[name] = new int[nameCount[name]];
            }
            java.util.Arrays.fill(count, 0);
            java.util.Arrays.fill(nameCount, 0);
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < terms[i].length; k++) {
                    int t = terms[i][k];
                    postings[t][count[t]] = i;
                    postingWeights[t][count[t]++] = weights[i][k];
                }
                for (int name : w.features.get(i).names) {
                    namePostings[name][nameCount[name]++] = i;
                }
            }
            sharedNames = new int[n];
        }

        /** {@link #similarity} of the text given to {@link #from} and text {@code j}. */
        double to(int j) {
            int i = from;
            double cos = 0;
            int[] t = terms[j];
            double[] x = weights[j];
            for (int k = 0; k < t.length; k++) {
                double a = spread[t[k]];
                if (a != 0) {
                    cos += a * x[k];
                }
            }
            int[] na = w.features.get(i).names;
            int[] nb = w.features.get(j).names;
            double overlap = 0;
            if (na.length != 0 && nb.length != 0) {
                int shared = 0;
                for (int name : nb) {
                    shared += named[name];
                }
                overlap = shared / Math.sqrt((double) na.length * nb.length);
            }
            double s = 0.5 * cos + 0.5 * overlap;
            if (dates != null && days[i] != Long.MIN_VALUE && days[j] != Long.MIN_VALUE
                    && Math.abs(days[j] - days[i]) > maxDayGap) {
                s *= 0.5;
            }
            return s;
        }
    }

    private static int sharedCount(int[] a, int[] b) {
        int shared = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] == b[y]) {
                shared++;
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return shared;
    }

    /**
     * Tf-idf vectors of the texts, normalised, with the document frequencies of terms and names (indexed by term:
     * the vocabulary's ids are dense).
     */
    private record Weighted(List<Features> features, List<Vector> vectors, int[] df, int[] nameDf) {
    }

    private static Weighted weigh(List<Features> features) {
        int n = features.size();
        int terms = 0;
        int names = 0;
        for (Features f : features) {
            // ascending
            terms = f.terms.length == 0 ? terms : Math.max(terms, f.terms[f.terms.length - 1] + 1);
            names = f.names.length == 0 ? names : Math.max(names, f.names[f.names.length - 1] + 1);
        }
        int[] df = new int[terms];
        int[] nameDf = new int[names];
        for (Features f : features) {
            for (int t : f.terms) {
                df[t]++;
            }
            for (int t : f.names) {
                nameDf[t]++;
            }
        }
        List<Vector> vectors = new ArrayList<>(n);
        for (Features f : features) {
            double[] x = new double[f.terms.length];
            double norm = 0;
            for (int k = 0; k < x.length; k++) {
                int d = df[f.terms[k]];
                x[k] = (1 + Math.log(f.counts[k])) * Math.log(1.0 + (double) n / Math.max(2, d));
                norm += x[k] * x[k];
            }
            // the norm is over every term, those in this text only included, weighed as a term in two: leaving
            // them out made a text's vector depend on which other texts are in the library (a word becoming shared
            // with another story's article changed the norm), so a story could split when unrelated articles
            // arrived; weighed as in two, a word that becomes shared leaves the norm as it was
            double nn = Math.sqrt(norm);
            for (int k = 0; k < x.length; k++) {
                // a term in one text only tells nothing about pairs (and stays out of the neighbour search)
                x[k] = nn == 0 || df[f.terms[k]] < 2 ? 0 : x[k] / nn;
            }
            vectors.add(new Vector(f.terms, x));
        }
        return new Weighted(features, vectors, df, nameDf);
    }

    /** A sparse vector: ascending term ids and their weights. */
    private record Vector(int[] terms, double[] weights) {

        double dot(Vector o) {
            double sum = 0;
            for (int x = 0, y = 0; x < terms.length && y < o.terms.length; ) {
                if (terms[x] == o.terms[y]) {
                    sum += weights[x] * o.weights[y];
                    x++;
                    y++;
                } else if (terms[x] < o.terms[y]) {
                    x++;
                } else {
                    y++;
                }
            }
            return sum;
        }

        /** Positions of the (up to) {@code k} heaviest non-zero weights. */
        int[] heaviest(int k) {
            Integer[] order = new Integer[terms.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(weights[b], weights[a]));
            int m = 0;
            while (m < Math.min(k, order.length) && weights[order[m]] > 0) {
                m++;
            }
            int[] out = new int[m];
            for (int i = 0; i < m; i++) {
                out[i] = order[i];
            }
            return out;
        }
    }

    /**
     * What story grouping reads from one text: its content terms with their (boosted) counts, and its names with
     * a surface form of each, for labels. Independent of the other texts, so it can be kept per article as long as
     * the same {@link Vocabulary} is used.
     */
    static final class Features {
        final int[] terms;
        final double[] counts;
        final int[] names;
        /** Runs of capitalised words ("North Korea", "Zelensky"), lower-cased, with their count. */
        final Map<String, Integer> phrases;
        /** The first surface form of each phrase. */
        final Map<String, String> phraseForms;

        private Features(int[] terms, double[] counts, int[] names, Map<String, Integer> phrases,
                         Map<String, String> phraseForms) {
            this.terms = terms;
            this.counts = counts;
            this.names = names;
            this.phrases = phrases;
            this.phraseForms = phraseForms;
        }

        static Features of(String body, Vocabulary vocab) {
            TokenizedText tok = TokenizedText.of(body, PassageSplitter.sentences().split(body), vocab);
            TreeMap<Integer, Double> counts = new TreeMap<>();
            TreeMap<Integer, Boolean> names = new TreeMap<>();
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
                    names.put(tok.canonical[k], Boolean.TRUE);
                }
            }
            int[] terms = new int[counts.size()];
            double[] c = new double[counts.size()];
            int i = 0;
            for (Map.Entry<Integer, Double> e : counts.entrySet()) {
                terms[i] = e.getKey();
                c[i++] = e.getValue();
            }
            int[] nm = new int[names.size()];
            i = 0;
            for (int name : names.keySet()) {
                nm[i++] = name;
            }
            Map<String, Integer> phrases = new HashMap<>();
            Map<String, String> forms = new HashMap<>();
            int k = 0;
            while (k < tok.tokenCount()) {
                if (!capitalised(tok, k)) {
                    k++;
                    continue;
                }
                int end = k + 1;
                while (end < tok.tokenCount() && capitalised(tok, end) && (tok.flags[end] & TokenizedText.FIRST) == 0
                        && tok.start[end] == tok.end[end - 1] + 1 && body.charAt(tok.end[end - 1]) == ' ') {
                    end++;
                }
                if (end - k >= 2 || (tok.flags[k] & TokenizedText.FIRST) == 0) {
                    String form = body.substring(tok.start[k], tok.end[end - 1]);
                    String key = form.toLowerCase(java.util.Locale.ROOT);
                    phrases.merge(key, 1, Integer::sum);
                    forms.putIfAbsent(key, form);
                }
                k = end;
            }
            return new Features(terms, c, nm, phrases, forms);
        }
    }

    private static boolean capitalised(TokenizedText tok, int k) {
        int f = tok.flags[k];
        return (f & TokenizedText.WORD) != 0 && (f & TokenizedText.CAPITAL) != 0 && (f & TokenizedText.STOP) == 0
                && (f & TokenizedText.NUMBER) == 0 && tok.end[k] - tok.start[k] >= 2;
    }

    @Override
    public String toString() {
        return "StoryGrouper[threshold=" + threshold + ", maxDayGap=" + maxDayGap + "]";
    }
}
