package org.parallax.core.compare.claim;

import java.util.List;

import org.parallax.core.extract.Figure;

/**
 * How two figures' values compare, by the judge's own rules ({@link Verdicts}): for views that arrange a group's
 * mentions by meaning (equal values side by side, values that can both be true bracketed). Reads only; the
 * grouping and the verdicts do not call it.
 */
public final class FigureValues {

    private FigureValues() {
    }

    /** The same number after unit normalisation, both plain numbers (what makes a group {@link Verdict#AGREE}). */
    public static boolean same(Figure a, Figure b) {
        return Verdicts.verdict(List.of(a, b)) == Verdict.AGREE;
    }

    /** Both can be true at once: their intervals (rounding, "about", "at least", a range…) share a value. */
    public static boolean compatible(Figure a, Figure b) {
        return Verdicts.compatible(a, b);
    }
}
