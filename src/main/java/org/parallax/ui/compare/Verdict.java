package org.parallax.ui.compare;

/** How one highlighted item compares with the other outlets' versions of it. */
public enum Verdict {
    /** the same value or wording everywhere it appears */
    AGREE,
    /** different but compatible (a range against its bound, vague against precise, unit conversion) */
    CONSISTENT,
    /** cannot all be right */
    DIFFER,
    /** only this outlet has it */
    SINGLE
}
