package org.parallax.core.compare.claim;

/** How the variants of one {@link QuoteGroup} differ. */
public enum QuoteFlag {
    /** The words differ beyond punctuation and case (or a variant is an unquoted paraphrase). */
    REWORDED,
    /** One variant is a cut of another: its words are a part of the other's. */
    TRUNCATED,
    /** The variants are credited to different speakers. */
    SPEAKER_DIFFERS
}
