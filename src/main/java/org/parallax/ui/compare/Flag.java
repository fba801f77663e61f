package org.parallax.ui.compare;

/** Ways a quote or attribution differs from another outlet's version besides its verdict. */
public enum Flag {
    REWORDED,
    TRUNCATED,
    SPEAKER_DIFFERS,
    /** not in quotation marks: the outlet's paraphrase of words another place quotes */
    PARAPHRASE
}
