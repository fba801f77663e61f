package org.parallax.core.compare.align;

import java.util.Objects;
import org.parallax.core.compare.text.Passage;

/**
 * A passage, or a run of consecutive passages, reused elsewhere.
 *
 * @param kind  how
 * @param score 0..1: for VERBATIM and REPEATED the share of identical words, for PARAPHRASE the share of
 *              words equal after stemming and synonyms; the mean over a merged run
 * @param a     the first occurrence (lower article index; for REPEATED the earlier one)
 * @param b     the other occurrence
 */
public record Reuse(ReuseKind kind, double score, Passage a, Passage b) {

    public Reuse {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }
}
