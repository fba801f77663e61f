package org.parallax.core.compare.claim;

import java.util.List;
import java.util.Set;

/**
 * The same quote in several places (across articles or inside one), with its paraphrases.
 *
 * @param mentions the places, by article then position; at least two, at least one quoted
 * @param flags    how the variants differ (empty when all say the same words, credited to one speaker)
 * @param diffs    word-level differences of every other mention against the first quoted, longest one
 */
public record QuoteGroup(List<QuoteMention> mentions, Set<QuoteFlag> flags, List<QuoteVariantDiff> diffs) {

    public QuoteGroup {
        mentions = List.copyOf(mentions);
        flags = Set.copyOf(flags);
        diffs = List.copyOf(diffs);
    }
}
