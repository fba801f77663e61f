package org.parallax.core.compare.claim;

import org.parallax.core.article.Part;
import org.parallax.core.article.Span;
import org.parallax.core.extract.Quote;

/**
 * One place where a quote, or a paraphrase of it, stands.
 *
 * @param article index of the article in the list given to {@link ClaimComparer#compare}
 * @param quote   the quote; for a paraphrase ({@code quoted == false}) {@code null}
 * @param span    where the words stand in the article's {@code part} (the quote's span, or the paraphrase)
 * @param text    the text at {@code span}
 * @param speaker who says it (the quote's speaker, or the paraphrase's attributed source), or {@code null}
 * @param quoted  true for words in quotation marks, false for a paraphrase
 * @param part    the text {@code span} indexes: the article's headline or its body
 */
public record QuoteMention(int article, Quote quote, Span span, String text, String speaker, boolean quoted,
                           Part part) {

    public QuoteMention {
        part = part == null ? Part.BODY : part;
    }

    /** A mention in the body. */
    public QuoteMention(int article, Quote quote, Span span, String text, String speaker, boolean quoted) {
        this(article, quote, span, text, speaker, quoted, Part.BODY);
    }
}
