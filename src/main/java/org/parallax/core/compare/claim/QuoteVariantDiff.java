package org.parallax.core.compare.claim;

import java.util.List;

import org.parallax.core.article.Span;

/**
 * Word-level differences between two variants of one quote, as spans for highlighting.
 *
 * @param base    index into {@link QuoteGroup#mentions()} of the first variant (the group's longest quoted one)
 * @param variant index into {@link QuoteGroup#mentions()} of the other variant
 * @param removed spans in the base's article body: words of the base missing from the variant
 * @param added   spans in the variant's article body: words of the variant missing from the base
 */
public record QuoteVariantDiff(int base, int variant, List<Span> removed, List<Span> added) {

    public QuoteVariantDiff {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    /** True when the two variants have the same words (case and punctuation aside). */
    public boolean sameWords() {
        return removed.isEmpty() && added.isEmpty();
    }
}
