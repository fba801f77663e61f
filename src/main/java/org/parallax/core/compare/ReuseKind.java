package org.parallax.core.compare;

/** How text was reused. */
public enum ReuseKind {
    /** The same words in two articles (wire copy). */
    VERBATIM,
    /** A passage repeated inside one article, word for word or nearly. */
    REPEATED,
    /** A passage of another article with many words swapped for synonyms or other word forms. */
    PARAPHRASE
}
