package org.parallax.core.text;

import org.parallax.core.article.Span;

/**
 * A stretch of text between one pair of quotation marks, as found by {@link QuoteMarks}.
 *
 * @param inner     the characters inside the marks, surrounding white space trimmed
 * @param open      position of the opening mark
 * @param close     position of the closing mark, or -1 when the paragraph ends before it (a quote that goes
 *                  on in the next paragraph)
 * @param paragraph paragraph index (as in {@link Sentence#paragraph()})
 * @param single    true for single marks (‘…’ or '…')
 * @param depth     0 for an outermost quote, 1 for a quote inside another, and so on
 */
public record QuotedStretch(Span inner, int open, int close, int paragraph, boolean single, int depth) {

    public boolean closed() {
        return close >= 0;
    }

    /** From the opening mark to just after the closing mark (or to the end of {@code inner}). */
    public Span outer() {
        return new Span(open, closed() ? close + 1 : inner.end());
    }
}
