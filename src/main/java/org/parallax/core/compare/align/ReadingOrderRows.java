package org.parallax.core.compare.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.parallax.core.article.Span;
import org.parallax.core.compare.text.Passage;

/**
 * How an {@link Alignment} reads as rows beside each other: the policy every view of it (the desktop screen's
 * side-by-side columns, a report's rows) follows, so that they show the same rows.
 *
 * <ul>
 *   <li>Rows: the alignment's rows holding passages of two or more articles. A passage the aligner matched out of
 *       order (a paragraph moved) would go backwards in its article's column: per article, only the longest run of
 *       rows whose passages go forwards keeps its cells; the others leave their row (the text is still shown, in
 *       order, between aligned rows). Rows left with fewer than two cells are dropped.</li>
 *   <li>Word changes: those of two aligned passages are worth showing only when at most
 *       {@link #MAX_CHANGED_SHARE} of either passage changed; past that a word diff is noise, not help.</li>
 * </ul>
 */
public final class ReadingOrderRows {

    /** Word changes of two passages are shown only when at most this share of either passage changed. */
    public static final double MAX_CHANGED_SHARE = 0.6;

    private ReadingOrderRows() {
    }

    /**
     * The rows of {@code alignment} over {@code articles} articles, in order: each a list with one cell per article
     * ({@code null} where that article has no passage in the row), every article's cells going forwards.
     */
    public static List<List<Span>> of(Alignment alignment, int articles) {
        List<Span[]> rows = new ArrayList<>();
        for (AlignedRow r : alignment.rows()) {
            if (r.size() < 2) {
                continue;
            }
            Span[] cells = new Span[articles];
            for (int a = 0; a < articles; a++) {
                Optional<Passage> p = a < r.cells().size() ? r.cell(a) : Optional.empty();
                cells[a] = p.map(Passage::span).orElse(null);
            }
            rows.add(cells);
        }
        for (int a = 0; a < articles; a++) {
            keepIncreasing(rows, a);
        }
        List<List<Span>> out = new ArrayList<>();
        for (Span[] cells : rows) {
            if (Arrays.stream(cells).filter(Objects::nonNull).count() >= 2) {
                out.add(Collections.unmodifiableList(Arrays.asList(cells)));
            }
        }
        return out;
    }

    /** True when the word changes of {@code diff} are worth showing: at most {@link #MAX_CHANGED_SHARE} changed. */
    public static boolean showsWordChanges(PassageDiff diff) {
        return !diff.changes().isEmpty() && changedShare(diff, true) <= MAX_CHANGED_SHARE
                && changedShare(diff, false) <= MAX_CHANGED_SHARE;
    }

    /** The share of one side's passage (characters) that its word changes cover. */
    static double changedShare(PassageDiff d, boolean a) {
        Passage p = a ? d.a() : d.b();
        int changed = 0;
        for (WordChange w : d.changes()) {
            changed += (a ? w.inA() : w.inB()).length();
        }
        return p.span().length() == 0 ? 0 : (double) changed / p.span().length();
    }

    /** Clears the cells of article {@code a} outside a longest run of rows with increasing, disjoint spans. */
    private static void keepIncreasing(List<Span[]> rows, int a) {
        List<Integer> at = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r)[a] != null) {
                at.add(r);
            }
        }
        int m = at.size();
        int[] length = new int[m];
        int[] previous = new int[m];
        int best = -1;
        for (int i = 0; i < m; i++) {
            length[i] = 1;
            previous[i] = -1;
            Span si = rows.get(at.get(i))[a];
            for (int j = 0; j < i; j++) {
                Span sj = rows.get(at.get(j))[a];
                if (sj.end() <= si.start() && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        boolean[] keep = new boolean[m];
        for (int i = best; i >= 0; i = previous[i]) {
            keep[i] = true;
        }
        for (int i = 0; i < m; i++) {
            if (!keep[i]) {
                rows.get(at.get(i))[a] = null;
            }
        }
    }
}
