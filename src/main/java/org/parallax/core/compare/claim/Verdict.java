package org.parallax.core.compare.claim;

/** How the figures of one {@link FigureGroup} compare. */
public enum Verdict {
    /** The same number (after unit normalisation), whatever the qualifiers. */
    AGREE,
    /** Different numbers that can all be true: a value inside a range, under "up to", against a vague amount… */
    CONSISTENT,
    /** Numbers that cannot all be true at once. */
    DIFFER,
    /** One mention only: nothing to compare. */
    SINGLE
}
