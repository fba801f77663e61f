package org.parallax.core.compare.align;

/**
 * What a difference between two aligned passages (or one word change) amounts to. When several apply, a
 * {@link PassageDiff} takes the first in this order: {@link #FIGURE_CHANGED}, {@link #QUOTE_CHANGED},
 * {@link #ATTRIBUTION_CHANGED}, {@link #REWORDED}.
 */
public enum DiffKind {
    /** Same words (ignoring case and the style of quote marks, apostrophes and dashes). */
    IDENTICAL,
    /** Words differ, none of the changes below. */
    REWORDED,
    /** A changed word is a number ("11,000" → "12,000", "three" → "four"). */
    FIGURE_CHANGED,
    /** A change falls inside quotation marks. */
    QUOTE_CHANGED,
    /** A change replaces a name or pronoun near an attribution cue (said, according to, reported…). */
    ATTRIBUTION_CHANGED
}
