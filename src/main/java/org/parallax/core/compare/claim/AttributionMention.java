package org.parallax.core.compare.claim;

import org.parallax.core.article.Span;

/**
 * Where one article credits a claim to a source.
 *
 * @param article index of the article in the list given to {@link ClaimComparer#compare}
 * @param source  the source as named there ({@code null} when the article names none)
 * @param span    where the claim stands in that article's body
 */
public record AttributionMention(int article, String source, Span span) {
}
