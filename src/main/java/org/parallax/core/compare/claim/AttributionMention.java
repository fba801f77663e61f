package org.parallax.core.compare.claim;

import org.parallax.core.article.Part;
import org.parallax.core.article.Span;

/**
 * Where one article credits a claim to a source.
 *
 * @param article index of the article in the list given to {@link ClaimComparer#compare}
 * @param source  the source as named there ({@code null} when the article names none)
 * @param span    where the claim stands in the article's {@code part}
 * @param part    the text {@code span} indexes: the article's headline or its body
 */
public record AttributionMention(int article, String source, Span span, Part part) {

    public AttributionMention {
        part = part == null ? Part.BODY : part;
    }

    /** A mention in the body. */
    public AttributionMention(int article, String source, Span span) {
        this(article, source, span, Part.BODY);
    }
}
