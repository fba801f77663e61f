package org.parallax.core.extract;

import org.parallax.core.article.Span;

/**
 * Who a claim is credited to: "Zelensky said", "Bloomberg reported", "according to the Pentagon".
 *
 * @param cue        where the cue stands ("said", "told reporters", "according to"), as written
 * @param cueText    the body text at {@code cue}
 * @param source     the source as named, resolved to a full name where the article gives one; a description
 *                   for anonymous sources ("a source close to the Russian defense ministry"); {@code null}
 *                   when no source is named ("amid reports")
 * @param sourceSpan where the source is named, or {@code null}
 * @param content    the attributed content (the reported speech or claim), or {@code null} when unknown
 * @param anonymous  true when the source is not named (unnamed officials, "sources familiar with…", none)
 * @param sourceRole the source's role or title as the article gives it ("NATO chief"), or {@code null}
 */
public record Attribution(Span cue, String cueText, String source, Span sourceSpan, Span content,
                          boolean anonymous, String sourceRole) {

    /** An attribution without a known role. */
    public Attribution(Span cue, String cueText, String source, Span sourceSpan, Span content, boolean anonymous) {
        this(cue, cueText, source, sourceSpan, content, anonymous, null);
    }

    public int start() {
        return cue.start();
    }

    public int end() {
        return cue.end();
    }
}
