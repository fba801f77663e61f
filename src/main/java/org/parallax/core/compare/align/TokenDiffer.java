package org.parallax.core.compare.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.EqualDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parallax.core.article.Span;
import org.parallax.core.compare.text.TokenizedText;

/**
 * The judge stage for one pair of passages: a java-diff-utils Myers diff over canonical token ids (so a
 * synonym or another form of the same word lines up with its counterpart), then, inside the equal runs,
 * tokens whose surface differs become one-word changes (REWORDED). Changes are mapped back to character
 * spans and classified.
 */
final class TokenDiffer {

    /** Tokens on either side of an attribution cue within which a changed name counts as a changed source. */
    private static final int CUE_WINDOW = 6;

    /** Token pairs (length × length) above which two passages are not diffed word by word. */
    static final long MAX_CELLS = 250_000;

    /**
     * A diff and its word-overlap measures. A change is FIGURE_CHANGED when it holds a number the other
     * passage does not state anywhere (a number only moved is no changed figure).
     */
    record Result(DiffKind kind, List<WordChange> changes, double surfaceRatio, double canonicalRatio,
                  int swaps) {
        // swaps: words replaced by a synonym (equal canonical form, different stem), names excepted
    }

    private TokenDiffer() {
    }

    static Result diff(TokenizedText ta, int pa, TokenizedText tb, int pb) {
        int a0 = ta.first(pa);
        int a1 = ta.end(pa);
        int b0 = tb.first(pb);
        int b1 = tb.end(pb);
        List<AbstractDelta<Integer>> deltas;
        if ((long) (a1 - a0) * (b1 - b0) > MAX_CELLS
                && !Arrays.equals(ta.canonical, a0, a1, tb.canonical, b0, b1)) {
            // two huge passages (text without sentence ends): one change, rather than a slow Myers run
            Span inA = span(ta, a0, a1 - a0, a0, pa);
            Span inB = span(tb, b0, b1 - b0, b0, pb);
            ChangeType type = a1 == a0 ? ChangeType.INSERT : b1 == b0 ? ChangeType.DELETE : ChangeType.CHANGE;
            DiffKind kind = classify(ta, a0, a1, a0, a1, tb, b0, b1, b0, b1, false);
            return new Result(kind, List.of(new WordChange(type, inA, inB, kind)), 0, 0, 0);
        }
        if (Arrays.equals(ta.canonical, a0, a1, tb.canonical, b0, b1)) {
            // same words (wire copy, a repeat): one equal run, no Myers needed
            deltas = List.of(new EqualDelta<>(new Chunk<>(0, List.<Integer>of()), new Chunk<>(0, List.<Integer>of())));
        } else {
            List<Integer> la = ids(ta.canonical, a0, a1);
            List<Integer> lb = ids(tb.canonical, b0, b1);
            deltas = DiffUtils.diff(la, lb, new MyersDiff<Integer>(), null, true).getDeltas();
        }
        boolean allEqual = deltas.size() == 1 && deltas.get(0).getSource().size() == 0 && a1 > a0;
        List<WordChange> changes = new ArrayList<>();
        int equalCanonical = 0;
        int swaps = 0;
        int swapTokens = 0;
        for (AbstractDelta<Integer> d : deltas) {
            int sa = a0 + d.getSource().getPosition();
            int na = allEqual ? a1 - a0 : d.getSource().size();
            int sb = b0 + d.getTarget().getPosition();
            int nb = allEqual ? b1 - b0 : d.getTarget().size();
            if (d.getType() == DeltaType.EQUAL) {
                equalCanonical += na;
                int runStart = -1;
                for (int k = 0; k <= na; k++) {
                    boolean differs = k < na && ta.surface[sa + k] != tb.surface[sb + k];
                    if (differs) {
                        swapTokens++;
                        int fa = ta.flags[sa + k];
                        int fb = tb.flags[sb + k];
                        boolean bothNames = (fa & fb & TokenizedText.CAPITAL) != 0;
                        if ((fa & TokenizedText.WORD) != 0 && ta.stem[sa + k] != tb.stem[sb + k] && !bothNames) {
                            swaps++; // another word of the same meaning, not another form of the same word
                        }
                        if (runStart < 0) {
                            runStart = k;
                        }
                    } else if (runStart >= 0) {
                        Span inA = new Span(ta.start[sa + runStart], ta.end[sa + k - 1]);
                        Span inB = new Span(tb.start[sb + runStart], tb.end[sb + k - 1]);
                        changes.add(new WordChange(ChangeType.CHANGE, inA, inB,
                                classify(ta, sa + runStart, sa + k, a0, a1, tb, sb + runStart, sb + k, b0, b1,
                                        true)));
                        runStart = -1;
                    }
                }
                continue;
            }
            ChangeType type = switch (d.getType()) {
                case INSERT -> ChangeType.INSERT;
                case DELETE -> ChangeType.DELETE;
                default -> ChangeType.CHANGE;
            };
            Span inA = span(ta, sa, na, a0, pa);
            Span inB = span(tb, sb, nb, b0, pb);
            changes.add(new WordChange(type, inA, inB,
                    classify(ta, sa, sa + na, a0, a1, tb, sb, sb + nb, b0, b1, false)));
        }
        int total = (a1 - a0) + (b1 - b0);
        double canonicalRatio = total == 0 ? 1.0 : 2.0 * equalCanonical / total;
        double surfaceRatio = total == 0 ? 1.0 : 2.0 * (equalCanonical - swapTokens) / total;
        DiffKind kind = DiffKind.IDENTICAL;
        for (WordChange c : changes) {
            if (kind == DiffKind.IDENTICAL || rank(c.kind()) < rank(kind)) {
                kind = c.kind();
            }
        }
        return new Result(kind, changes, surfaceRatio, canonicalRatio, swaps);
    }

    static int rank(DiffKind k) {
        return switch (k) {
            case FIGURE_CHANGED -> 0;
            case QUOTE_CHANGED -> 1;
            case ATTRIBUTION_CHANGED -> 2;
            case REWORDED -> 3;
            case IDENTICAL -> 4;
        };
    }

    private static List<Integer> ids(int[] a, int from, int to) {
        List<Integer> l = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            l.add(a[i]);
        }
        return l;
    }

    /** The characters of tokens [s, s + n), or an empty span after the preceding token when n = 0. */
    private static Span span(TokenizedText t, int s, int n, int first, int passage) {
        if (n > 0) {
            return new Span(t.start[s], t.end[s + n - 1]);
        }
        int at = s > first ? t.end[s - 1] : t.passages[passage].start();
        return new Span(at, at);
    }

    private static DiffKind classify(TokenizedText ta, int sa, int ea, int a0, int a1,
                                     TokenizedText tb, int sb, int eb, int b0, int b1, boolean sameMeaning) {
        boolean figure = false;
        boolean quote = false;
        boolean attribution = false;
        for (int side = 0; side < 2; side++) {
            TokenizedText t = side == 0 ? ta : tb;
            int s = side == 0 ? sa : sb;
            int e = side == 0 ? ea : eb;
            int lo = side == 0 ? a0 : b0;
            int hi = side == 0 ? a1 : b1;
            for (int k = s; k < e; k++) {
                int f = t.flags[k];
                if ((f & TokenizedText.NUMBER) != 0 && !sameMeaning
                        && !hasNumber(side == 0 ? tb : ta, side == 0 ? b0 : a0, side == 0 ? b1 : a1, t.canonical[k])) {
                    figure = true; // a number the other passage does not state
                }
                if ((f & TokenizedText.QUOTED) != 0) {
                    quote = true;
                }
                if ((f & (TokenizedText.CAPITAL | TokenizedText.PRONOUN)) != 0 && (f & TokenizedText.QUOTED) == 0
                        && (f & TokenizedText.CUE) == 0 && !sameMeaning && nearCue(t, k, lo, hi)) {
                    attribution = true;
                }
            }
        }
        if (figure) {
            return DiffKind.FIGURE_CHANGED;
        }
        if (quote) {
            return DiffKind.QUOTE_CHANGED;
        }
        return attribution ? DiffKind.ATTRIBUTION_CHANGED : DiffKind.REWORDED;
    }

    private static boolean hasNumber(TokenizedText t, int from, int to, int canonical) {
        for (int i = from; i < to; i++) {
            if (t.canonical[i] == canonical && (t.flags[i] & TokenizedText.NUMBER) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearCue(TokenizedText t, int k, int lo, int hi) {
        int from = Math.max(lo, k - CUE_WINDOW);
        int to = Math.min(hi, k + CUE_WINDOW + 1);
        for (int i = from; i < to; i++) {
            if ((t.flags[i] & TokenizedText.CUE) != 0 && (t.flags[i] & TokenizedText.QUOTED) == 0) {
                return true;
            }
        }
        return false;
    }
}
