package org.parallax.core.extract;

import org.parallax.core.article.Span;

/**
 * A direct quote: the words between one pair of quotation marks.
 *
 * @param span         the characters inside the marks (marks excluded)
 * @param text         the body text at {@code span}
 * @param speaker      who says it, as the article names them in full ("Volodymyr Zelensky"), pronouns
 *                     resolved; a description for anonymous speakers; {@code null} when unknown
 * @param speakerRole  the speaker's role or title as the article gives it ("NATO chief"), or {@code null}
 * @param speakerSpan  where the speaker is named for this quote (may be a pronoun's position), or {@code null}
 * @param attribution  index into {@link Extraction#attributions()} of the attribution introducing the quote, or -1
 */
public record Quote(Span span, String text, String speaker, String speakerRole, Span speakerSpan, int attribution) {

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public Quote withAttribution(int index) {
        return new Quote(span, text, speaker, speakerRole, speakerSpan, index);
    }
}
