package org.parallax.core.compare.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.core.compare.text.TokenizedText;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.CancelledException;
import org.parallax.core.progress.Progress;

/**
 * The align stage: a progressive multiple alignment of passages. Articles are merged one by one, in input
 * order, into a growing list of rows. For each new article:
 * <ol>
 *   <li>each of its passages is scored against each row (the best similarity to any passage already in the
 *       row, from the candidate search), keeping scores ≥ {@code minSimilarity};</li>
 *   <li>the heaviest chain of matches increasing both in the article's reading order and in row order is
 *       taken (a weighted longest-common-subsequence, O(m log m) over the m scored pairs);</li>
 *   <li>passages left out whose best free row scores ≥ {@code moveSimilarity} join that row anyway: moved
 *       passages; a chained passage also moves when a free row beats its chained row by a clear margin;</li>
 *   <li>the rest open new rows placed after the row of the article's preceding chained passage, so rows keep
 *       reading order where the articles share one.</li>
 * </ol>
 */
final class ProgressiveAligner {

    private static final double MOVE_MARGIN = 0.25;

    /** A row under construction: the local passage index per article, or -1. */
    static final class Row {
        final int[] cells;
        int pos;

        Row(int articles) {
            cells = new int[articles];
            Arrays.fill(cells, -1);
        }
    }

    private ProgressiveAligner() {
    }

    static List<Row> align(TokenizedText[] texts, PassageVectors v, CandidateSearch.Neighbours nb,
                           double minSimilarity, double moveSimilarity, Progress progress, Cancellation cancel)
            throws CancelledException {
        int n = texts.length;
        List<Row> rows = new ArrayList<>();
        Row[] rowOf = new Row[v.size()];
        for (int a = 0; a < n; a++) {
            cancel.check();
            progress.update(a, n + 2, "Aligning passages");
            int count = texts[a].passageCount();
            if (rows.isEmpty()) {
                for (int p = 0; p < count; p++) {
                    Row r = new Row(n);
                    r.cells[a] = p;
                    rows.add(r);
                    rowOf[v.global(a, p)] = r;
                }
                continue;
            }
            rows = merge(a, count, rows, rowOf, v, nb, minSimilarity, moveSimilarity);
        }
        progress.update(n, n + 2, "Comparing words");
        return rows;
    }

    private static List<Row> merge(int a, int count, List<Row> rows, Row[] rowOf, PassageVectors v,
                                   CandidateSearch.Neighbours nb, double minSim, double moveSim) {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).pos = i;
        }
        // 1. scores: passage -> (row position -> best similarity)
        List<Map<Integer, Double>> score = new ArrayList<>(count);
        List<double[]> matches = new ArrayList<>(); // {p, pos, w}
        for (int p = 0; p < count; p++) {
            Map<Integer, Double> s = new HashMap<>();
            int g = v.global(a, p);
            int[] other = nb.of(g);
            float[] sims = nb.sims(g);
            for (int k = 0; k < other.length; k++) {
                Row r = rowOf[other[k]];
                if (r != null && v.articleOf[other[k]] < a) {
                    s.merge(r.pos, (double) sims[k], Math::max);
                }
            }
            score.add(s);
            for (Map.Entry<Integer, Double> e : s.entrySet()) {
                if (e.getValue() >= minSim) {
                    matches.add(new double[] {p, e.getKey(), e.getValue()});
                }
            }
        }
        // 2. heaviest chain increasing in p and row position
        int[] chained = chain(matches, count, rows.size());
        Row[] assigned = new Row[count];
        double[] assignedSim = new double[count];
        boolean[] inChain = new boolean[count];
        Map<Row, Boolean> taken = new IdentityHashMap<>();
        for (int p = 0; p < count; p++) {
            if (chained[p] >= 0) {
                assigned[p] = rows.get(chained[p]);
                assignedSim[p] = score.get(p).get(chained[p]);
                inChain[p] = true;
                taken.put(assigned[p], true);
            }
        }
        // 3. moves: strongest first
        List<double[]> moves = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            for (Map.Entry<Integer, Double> e : score.get(p).entrySet()) {
                double need = assigned[p] == null ? moveSim : Math.max(moveSim, assignedSim[p] + MOVE_MARGIN);
                if (e.getValue() >= need) {
                    moves.add(new double[] {p, e.getKey(), e.getValue()});
                }
            }
        }
        moves.sort((x, y) -> Double.compare(y[2], x[2]));
        boolean[] moved = new boolean[count];
        for (double[] m : moves) {
            int p = (int) m[0];
            Row r = rows.get((int) m[1]);
            if (moved[p] || taken.containsKey(r)) {
                continue;
            }
            if (assigned[p] != null && m[2] < assignedSim[p] + MOVE_MARGIN) {
                continue;
            }
            if (assigned[p] != null) {
                taken.remove(assigned[p]);
                inChain[p] = false;
            }
            assigned[p] = r;
            assignedSim[p] = m[2];
            moved[p] = true;
            taken.put(r, true);
        }
        // 4. new rows after the preceding chained passage's row (or before the next chained one)
        Map<Row, List<Row>> after = new IdentityHashMap<>();
        List<Row> atStart = new ArrayList<>();
        Row anchor = null;
        int nextChained = 0;
        for (int p = 0; p < count; p++) {
            int g = v.global(a, p);
            if (assigned[p] != null) {
                assigned[p].cells[a] = p;
                rowOf[g] = assigned[p];
                if (inChain[p]) {
                    anchor = assigned[p];
                }
                continue;
            }
            Row r = new Row(rows.get(0).cells.length);
            r.cells[a] = p;
            rowOf[g] = r;
            if (anchor != null) {
                after.computeIfAbsent(anchor, k -> new ArrayList<>()).add(r);
            } else {
                nextChained = Math.max(nextChained, p);
                while (nextChained < count && !inChain[nextChained]) {
                    nextChained++;
                }
                if (nextChained < count && assigned[nextChained].pos > 0) {
                    after.computeIfAbsent(rows.get(assigned[nextChained].pos - 1), k -> new ArrayList<>()).add(r);
                } else if (nextChained < count) {
                    atStart.add(r);
                } else {
                    after.computeIfAbsent(rows.get(rows.size() - 1), k -> new ArrayList<>()).add(r);
                }
            }
        }
        List<Row> out = new ArrayList<>(rows.size() + count);
        out.addAll(atStart);
        for (Row r : rows) {
            out.add(r);
            List<Row> follow = after.get(r);
            if (follow != null) {
                out.addAll(follow);
            }
        }
        return out;
    }

    /**
     * Maximum-weight chain of matches strictly increasing in passage and row: for each passage (in order)
     * the best chain ending at each of its matches is read from a Fenwick tree of prefix maxima over rows.
     *
     * @return for each passage the chained row position, or -1
     */
    static int[] chain(List<double[]> matches, int passages, int rowCount) {
        int[] result = new int[passages];
        Arrays.fill(result, -1);
        if (matches.isEmpty()) {
            return result;
        }
        matches.sort((x, y) -> x[0] != y[0] ? Double.compare(x[0], y[0]) : Double.compare(x[1], y[1]));
        int m = matches.size();
        double[] best = new double[m];
        int[] back = new int[m];
        double[] tree = new double[rowCount + 1];
        int[] treeArg = new int[rowCount + 1];
        Arrays.fill(treeArg, -1);
        int i = 0;
        while (i < m) {
            int j = i;
            while (j < m && matches.get(j)[0] == matches.get(i)[0]) {
                j++;
            }
            for (int k = i; k < j; k++) {
                int pos = (int) matches.get(k)[1];
                double bestPrev = 0;
                int arg = -1;
                for (int x = pos; x > 0; x -= x & -x) { // prefix max over rows < pos
                    if (tree[x] > bestPrev) {
                        bestPrev = tree[x];
                        arg = treeArg[x];
                    }
                }
                best[k] = bestPrev + matches.get(k)[2];
                back[k] = arg;
            }
            for (int k = i; k < j; k++) {
                int pos = (int) matches.get(k)[1];
                for (int x = pos + 1; x <= rowCount; x += x & -x) {
                    if (best[k] > tree[x]) {
                        tree[x] = best[k];
                        treeArg[x] = k;
                    }
                }
            }
            i = j;
        }
        int top = 0;
        for (int k = 1; k < m; k++) {
            if (best[k] > best[top]) {
                top = k;
            }
        }
        for (int k = top; k >= 0; k = back[k]) {
            result[(int) matches.get(k)[0]] = (int) matches.get(k)[1];
        }
        return result;
    }
}
