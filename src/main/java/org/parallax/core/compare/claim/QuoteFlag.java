package org.parallax.core.compare.claim;

/** How the variants of one {@link QuoteGroup} differ. */
public enum QuoteFlag {
    /** The words differ beyond punctuation and case (or a variant is an unquoted paraphrase). */
    REWORDED,
    /** One variant is a cut of another: its words are a part of the other's. */
    TRUNCATED,
    /**
     * The variants are credited to different speakers: two names or two offices that differ, or a speaker in one
     * article and nobody in another (an unattributed quote of words another outlet credits). A name against a bare
     * role ("a spokeswoman") or a medium ("reports") is not a difference. See {@code QuoteGrouper#speakerDiffers}.
     */
    SPEAKER_DIFFERS
}
