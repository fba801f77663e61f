package org.parallax.core.compare.align;

/** How text was reused. */
public enum ReuseKind {
    /** The same words in two articles (wire copy), allowing light edits (share of identical words ≥ 0.85). */
    VERBATIM,
    /** A passage repeated inside one article, word for word or nearly. */
    REPEATED,
    /**
     * A close copy in another article with at least two words swapped for synonyms ("said" → "stated",
     * "troops" → "troopers"), as article spinners and light rewrites do.
     */
    PARAPHRASE
}
