package org.parallax.core.compare.claim;

import java.util.List;

/**
 * One claim credited to different sources in different articles ("up to 100,000 troops": Zelensky in one
 * outlet, Bloomberg in another).
 *
 * @param claim    the claim, as one of the articles words it
 * @param mentions each article's credit, by article
 */
public record AttributionDifference(String claim, List<AttributionMention> mentions) {

    public AttributionDifference {
        mentions = List.copyOf(mentions);
    }
}
