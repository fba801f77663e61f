package org.parallax.core.compare.claim;

import java.util.List;

/**
 * What a set of articles claims, grouped across them.
 *
 * @param figureGroups           figures that refer to the same real-world quantity, with a verdict
 * @param quoteGroups            the same quote (or a paraphrase of it) in several places
 * @param attributionDifferences the same claim credited to different sources
 */
public record Claims(List<FigureGroup> figureGroups, List<QuoteGroup> quoteGroups,
                     List<AttributionDifference> attributionDifferences) {

    public static final Claims EMPTY = new Claims(List.of(), List.of(), List.of());

    public Claims {
        figureGroups = List.copyOf(figureGroups);
        quoteGroups = List.copyOf(quoteGroups);
        attributionDifferences = List.copyOf(attributionDifferences);
    }
}
